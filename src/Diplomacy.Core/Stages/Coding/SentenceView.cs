using Diplomacy.Core.Model;

namespace Diplomacy.Core.Stages.Coding;

/// <summary>One prose sentence as the coders read it: its words, the actors it refers to, its dates and its quotes.</summary>
internal sealed class SentenceView
{
    public SentenceView(
        Sentence sentence,
        List<WordToken> tokens,
        IReadOnlyList<ActorReference> references,
        IReadOnlyList<TemporalExpression> temporals,
        IReadOnlyList<Quote> quotes,
        CodingVocabulary vocabulary)
    {
        Sentence = sentence;
        Tokens = tokens;
        References = references;
        Temporals = temporals;
        Quotes = quotes;
        Vocabulary = vocabulary;
    }

    public Sentence Sentence { get; }

    public List<WordToken> Tokens { get; }

    /// <summary>In token order.</summary>
    public IReadOnlyList<ActorReference> References { get; }

    public IReadOnlyList<TemporalExpression> Temporals { get; }

    /// <summary>The quotes overlapping the sentence.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    public CodingVocabulary Vocabulary { get; }

    /// <summary>The quote (with a speaker) that holds the token, if any.</summary>
    public Quote? QuoteAt(int tokenIndex)
    {
        if (tokenIndex < 0 || tokenIndex >= Tokens.Count)
        {
            return null;
        }

        var offset = Tokens[tokenIndex].Start;
        foreach (var quote in Quotes)
        {
            if (quote.Speaker is not null && quote.Span.Contains(offset))
            {
                return quote;
            }
        }

        return null;
    }

    /// <summary>The index of the nearest reference that can be a subject, ending at or before token <paramref name="before"/> and starting at or after <paramref name="from"/>.</summary>
    public int? SubjectBefore(int before, int from, Func<ActorReference, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        for (var k = References.Count - 1; k >= 0; k--)
        {
            var reference = References[k];
            if (reference.TokenEnd > before || !reference.CanBeSubject || !accept(reference))
            {
                continue;
            }

            if (reference.TokenStart < from)
            {
                return null;
            }

            return k;
        }

        return null;
    }

    /// <summary>The references coordinated with reference <paramref name="last"/> ("Russia and China", "the United States and Russia").</summary>
    public IReadOnlyList<ActorReference> GroupEndingAt(int last)
    {
        var first = last;
        while (first > 0 && AreCoordinated(References[first - 1], References[first]))
        {
            first--;
        }

        return [.. References.Skip(first).Take(last - first + 1)];
    }

    /// <summary>The side a group speaks for: Both where it joins the two sides.</summary>
    public static Side? SideOf(IReadOnlyList<ActorReference> group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var sides = group.Select(r => r.Side).Where(s => s is not null).Distinct().ToList();
        if (sides.Contains(Side.Both) || (sides.Contains(Side.US) && sides.Contains(Side.Russia)))
        {
            return Side.Both;
        }

        return group[^1].Side ?? sides.FirstOrDefault();
    }

    /// <summary>The sentence's resolved date phrase nearest to a token, if the sentence has one.</summary>
    public TemporalExpression? TemporalNear(int tokenIndex)
    {
        if (tokenIndex < 0 || tokenIndex >= Tokens.Count)
        {
            return null;
        }

        var offset = Tokens[tokenIndex].Start;
        TemporalExpression? best = null;
        var bestDistance = int.MaxValue;
        foreach (var temporal in Temporals)
        {
            if (temporal.Resolved is null)
            {
                continue;
            }

            var distance = Math.Abs(temporal.Span.Start - offset);
            if (distance < bestDistance)
            {
                best = temporal;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The first token at or after a text offset.</summary>
    public int TokenAtOrAfter(int offset)
    {
        var low = 0;
        var high = Tokens.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (Tokens[mid].Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private bool AreCoordinated(ActorReference left, ActorReference right)
    {
        if (left.Kind is ReferenceKind.Possessive or ReferenceKind.Modifier || right.Kind is ReferenceKind.Possessive or ReferenceKind.Modifier)
        {
            return false;
        }

        for (var i = left.TokenEnd; i < right.TokenStart; i++)
        {
            if (!Vocabulary.Coordinators.Contains(Tokens[i].Text) || Tokens[i].BreakBefore is not ('\0' or ','))
            {
                return false;
            }
        }

        return Tokens[right.TokenStart].BreakBefore is '\0' or ',';
    }
}
