namespace Diplomacy.Core.Model;

/// <summary>A person's grammatical gender, which "he" and "she" must agree with.</summary>
public enum Gender
{
    Unknown,
    Female,
    Male,
}
