using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Data.Import;

/// <summary>Finds the sentence around a position by binary search, and gives its span in the text as read.</summary>
internal sealed class SentenceLocator(ArticleDocument document)
{
    private readonly int[] _starts = [.. document.Sentences.Select(s => s.Span.Start)];

    public (int? Start, int? End) SourceSpanAt(int position)
    {
        var index = Array.BinarySearch(_starts, position);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && document.Sentences[index].Span.Contains(position) ? ToSource(document.Sentences[index].Span) : (null, null);
    }

    public (int? Start, int? End) SourceSpanOf(int sentenceIndex) =>
        sentenceIndex >= 0 && sentenceIndex < document.Sentences.Count ? ToSource(document.Sentences[sentenceIndex].Span) : (null, null);

    private (int? Start, int? End) ToSource(TextSpan span)
    {
        var source = document.ToSource(span);
        return (source.Start, source.End);
    }
}
