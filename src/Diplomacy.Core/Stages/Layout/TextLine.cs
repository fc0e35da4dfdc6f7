namespace Diplomacy.Core.Stages.Layout;

/// <summary>One line of the text with surrounding spaces trimmed; a blank line has no length.</summary>
internal readonly record struct TextLine(int Start, int End)
{
    public int Length => End - Start;

    public bool IsBlank => End == Start;
}
