using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Layout;

/// <summary>A block while the layout stage decides what it is.</summary>
internal sealed class BlockDraft(string text, TextSpan span, int firstLine, int lastLine, int chunk)
{
    /// <summary>Long enough for every test the layout rules make on a whole block; longer blocks are prose.</summary>
    public const int HeadLength = 300;

    private string? _head;

    public TextSpan Span => span;

    public int Chunk => chunk;

    public bool IsWhole => span.Length <= HeadLength;

    public bool IsSingleLine => firstLine == lastLine;

    /// <summary>The block's text (hard wraps folded) up to <see cref="HeadLength"/> characters; made on first use.</summary>
    public string Head => _head ??= text.Substring(span.Start, Math.Min(span.Length, HeadLength));

    public BlockKind? Kind { get; private set; }

    public string? Reason { get; private set; }

    public bool IsOpen => Kind is null;

    public ReadOnlySpan<char> PrefixSpan(int length) => text.AsSpan(span.Start, Math.Min(span.Length, length));

    public void Mark(BlockKind kind, string? reason = null)
    {
        Kind = kind;
        Reason = reason;
    }
}
