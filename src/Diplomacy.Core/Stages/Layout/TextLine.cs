namespace Diplomacy.Core.Stages.Layout;

/// <summary>One line of the text with surrounding spaces trimmed; a blank line has no length.</summary>
/// <param name="Indent">How many spaces and tabs the line opened with.</param>
internal readonly record struct TextLine(int Start, int End, int Indent)
{
    public int Length => End - Start;

    public bool IsBlank => End == Start;
}
