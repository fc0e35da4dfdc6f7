namespace Diplomacy.Core.Text;

/// <summary>A word (a run of letters and digits) or a single punctuation character.</summary>
public readonly record struct Token(int Start, int End, bool IsWord)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;
}
