using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Quotes;

/// <summary>A document's mentions and sentences ordered by position, for quick look-ups around a quote.</summary>
public sealed class MentionIndex
{
    private readonly ArticleDocument _document;
    private readonly List<ActorMention> _mentions;
    private readonly int[] _mentionStarts;
    private readonly int[] _sentenceStarts;

    public MentionIndex(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _document = document;
        _mentions = [.. document.Mentions.OrderBy(m => m.Span.Start)];
        _mentionStarts = [.. _mentions.Select(m => m.Span.Start)];
        _sentenceStarts = [.. document.Sentences.Select(s => s.Span.Start)];
    }

    public IEnumerable<ActorMention> Within(TextSpan span)
    {
        var index = LowerBound(_mentionStarts, span.Start);
        for (var i = index; i < _mentions.Count && _mentions[i].Span.Start < span.End; i++)
        {
            if (_mentions[i].Span.End <= span.End)
            {
                yield return _mentions[i];
            }
        }
    }

    /// <summary>An antecedent further back than this is not looked for: it keeps pronoun resolution local and its cost bounded.</summary>
    private const int MaxLookBack = 64;

    /// <summary>The nearest mention ending at or before a position that satisfies a condition, among the last few mentions.</summary>
    public ActorMention? LastBefore(int position, Func<ActorMention, bool> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var first = LowerBound(_mentionStarts, position) - 1;
        for (var i = first; i >= 0 && i > first - MaxLookBack; i--)
        {
            if (_mentions[i].Span.End <= position && condition(_mentions[i]))
            {
                return _mentions[i];
            }
        }

        return null;
    }

    public bool IsPerson(ActorMention mention) =>
        _document.Actors.TryGetValue(mention.ActorName, out var actor) && actor.Type == ActorType.Person;

    public ArticleActor? ActorOf(ActorMention mention) => _document.Actors.GetValueOrDefault(mention.ActorName);

    /// <summary>The sentence holding a position, or null outside every sentence.</summary>
    public Sentence? SentenceAt(int position)
    {
        var index = LowerBound(_sentenceStarts, position + 1) - 1;
        return index >= 0 && _document.Sentences[index].Span.End > position ? _document.Sentences[index] : null;
    }

    /// <summary>The sentence that starts at or before a position, then up to <paramref name="count"/> sentences before it, nearest first.</summary>
    public IEnumerable<Sentence> SentencesBackFrom(int position, int count)
    {
        var index = LowerBound(_sentenceStarts, position + 1) - 1;
        for (var i = index; i >= 0 && i >= index - count; i--)
        {
            yield return _document.Sentences[i];
        }
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }

        return index;
    }
}
