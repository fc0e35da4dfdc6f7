namespace Diplomacy.Core.Model;

/// <summary>How a mention was recognised, from most to least certain.</summary>
public enum MentionKind
{
    FullName,
    Alias,
    TitledSurname,
    Surname,
    FirstName,
    Office,
    Metonym,
    Misspelling,

    /// <summary>A person the knowledge file does not know, found by an appositive pattern.</summary>
    Discovered,
}
