namespace Diplomacy.Core.Stages.Dates;

/// <summary>A run of letters or a run of digits in a text; punctuation and spaces fall between tokens.</summary>
internal readonly record struct RunToken(int Start, int End, bool IsNumber)
{
    public int Length => End - Start;
}
