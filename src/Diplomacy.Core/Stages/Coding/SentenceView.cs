using Diplomacy.Core.Model;

namespace Diplomacy.Core.Stages.Coding;

/// <summary>One prose sentence as the coders read it: its words, the actors it refers to, its dates and its quotes.</summary>
internal sealed class SentenceView
{
    /// <summary>How far back from a verb a comma may close its own subject clause.</summary>
    private const int UnnamedSubjectReach = 4;

    /// <summary>How many words before its predicate a subject may stand; bounds the search in run-on text.</summary>
    private const int MaxSubjectDistance = 60;

    private const byte NamedMark = 1;
    private const byte ModifierMark = 2;

    private byte[]? _nameMarks;

    public SentenceView(
        string text,
        Sentence sentence,
        List<WordToken> tokens,
        IReadOnlyList<ActorReference> references,
        IReadOnlyList<TemporalExpression> temporals,
        IReadOnlyList<Quote> quotes,
        CodingVocabulary vocabulary,
        PartialDate? narrativeDate)
    {
        NarrativeDate = narrativeDate;
        Text = text;
        Sentence = sentence;
        Tokens = tokens;
        References = references;
        Temporals = temporals;
        Quotes = quotes;
        Vocabulary = vocabulary;
    }

    /// <summary>The document's text, which the sentence's spans index.</summary>
    public string Text { get; }

    public Sentence Sentence { get; }

    /// <summary>A question asserts nothing: "Will you meet Lavrov?" codes no event and no position.</summary>
    public bool IsQuestion
    {
        get
        {
            for (var i = Sentence.Span.End - 1; i >= Sentence.Span.Start; i--)
            {
                var c = Text[i];
                if (!char.IsWhiteSpace(c) && c is not ('"' or '”' or '’' or '\'' or ')'))
                {
                    return c == '?';
                }
            }

            return false;
        }
    }

    public List<WordToken> Tokens { get; }

    /// <summary>In token order.</summary>
    public IReadOnlyList<ActorReference> References { get; }

    public IReadOnlyList<TemporalExpression> Temporals { get; }

    /// <summary>
    /// The time the narrative is set in: the dated year a sentence opened with ("In June 2012, …") holds for the
    /// undated sentences after it, until a sentence opens with another date. Null where the narrative is the present.
    /// </summary>
    public PartialDate? NarrativeDate { get; }

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
        if (HasUnnamedSubject(before) || HasOpaqueSubject(before))
        {
            return null;
        }

        // References are in token order and do not overlap: start from the last one ending before the predicate.
        var low = 0;
        var high = References.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (References[mid].TokenEnd <= before)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var k = low - 1; k >= 0 && before - References[k].TokenEnd <= MaxSubjectDistance; k--)
        {
            var reference = References[k];
            if (!reference.CanBeSubject || !accept(reference))
            {
                continue;
            }

            return reference.TokenStart < from ? null : k;
        }

        return null;
    }

    /// <summary>Whether a token belongs to a reference to a named actor.</summary>
    public bool IsInReference(int tokenIndex) => NameMarks(tokenIndex) != 0;

    /// <summary>Whether a token belongs to a named actor that is no mere modifier ("States" in "the United States", not "U.N." in "a U.N. resolution").</summary>
    public bool IsInSubjectName(int tokenIndex) => NameMarks(tokenIndex) == NamedMark;

    private byte NameMarks(int tokenIndex)
    {
        if (_nameMarks is null)
        {
            _nameMarks = new byte[Tokens.Count];
            foreach (var reference in References)
            {
                if (reference.Kind is not (ReferenceKind.Joint or ReferenceKind.Pronoun))
                {
                    var mark = reference.Kind == ReferenceKind.Modifier ? ModifierMark : NamedMark;
                    Array.Fill(_nameMarks, mark, reference.TokenStart, reference.TokenEnd - reference.TokenStart);
                }
            }
        }

        return tokenIndex >= 0 && tokenIndex < _nameMarks.Length ? _nameMarks[tokenIndex] : (byte)0;
    }

    /// <summary>"told Putin", "warned Syria": the actor right after a verb of address is spoken to, not speaking.</summary>
    public bool IsAddressed(ActorReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var before = reference.TokenStart;
        while (before > 0 && Vocabulary.Determiners.Contains(Tokens[before - 1].Text))
        {
            before--;
        }

        return Vocabulary.AddressingVerbs.EndsAt(Tokens, before);
    }

    /// <summary>The references coordinated with reference <paramref name="last"/> ("Russia and China", "the United States and Russia").</summary>
    public IReadOnlyList<ActorReference> GroupEndingAt(int last)
    {
        var group = new List<ActorReference> { References[last] };
        var right = References[last];

        // "The United States, Russia and other world powers": the list's "and" may lead on to words that name no actor.
        var joinedByWord = right.TokenEnd < Tokens.Count && Vocabulary.JoiningWords.Contains(Tokens[right.TokenEnd].Text);
        for (var k = last - 1; k >= 0; k--)
        {
            if (References[k].Kind == ReferenceKind.Modifier)
            {
                continue;
            }

            // A comma alone joins a list only left of its "and": "Russia, China and Iran", not "engulf Syria, Secretary Clinton".
            var join = Coordination(References[k], right);
            if (join == Join.None || (join == Join.Comma && !joinedByWord))
            {
                break;
            }

            joinedByWord |= join == Join.Word;
            right = References[k];
            group.Insert(0, right);
        }

        return group;
    }

    /// <summary>"they threatened …": a verb right after a pronoun the reader cannot resolve has no known subject.</summary>
    public bool HasOpaqueSubject(int predicate)
    {
        var i = Math.Min(predicate, Tokens.Count) - 1;
        while (i >= 0 && Vocabulary.Auxiliaries.Contains(Tokens[i].Text))
        {
            i--;
        }

        return i >= 0 && Vocabulary.OpaquePronouns.Contains(Tokens[i].Text);
    }

    /// <summary>
    /// ", Western officials said": a verb whose own clause, after a comma, names no actor but has other words
    /// for its subject has a subject the coders do not know; no actor further back is its subject.
    /// </summary>
    private bool HasUnnamedSubject(int predicate)
    {
        var i = Math.Min(predicate, Tokens.Count) - 1;
        var words = 0;
        for (; i >= 0 && predicate - i <= UnnamedSubjectReach; i--)
        {
            if (References.Any(r => r.TokenStart <= i && i < r.TokenEnd))
            {
                return false;
            }

            if (!Vocabulary.Auxiliaries.Contains(Tokens[i].Text))
            {
                words++;
            }

            if (Tokens[i].BreakBefore == ',')
            {
                return words > 0 && i > 0;
            }
        }

        return false;
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

    /// <summary>The sentence's resolved date phrase nearest to a token, if the sentence has one; only past or present ones when asked.</summary>
    public TemporalExpression? TemporalNear(int tokenIndex, bool pastOnly = false)
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
            if (temporal.Resolved is null || (pastOnly && temporal.IsFuture))
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

    /// <summary>
    /// Two references joined by "and"/"nor" or a list comma, with nothing but coordinators between them;
    /// names merely next to each other ("Kremlin spokesman Dmitry Peskov") are a compound, not a pair.
    /// </summary>
    private Join Coordination(ActorReference left, ActorReference right)
    {
        if (left.Kind is ReferenceKind.Possessive or ReferenceKind.Modifier or ReferenceKind.Pronoun
            || right.Kind is ReferenceKind.Possessive or ReferenceKind.Modifier or ReferenceKind.Pronoun)
        {
            return Join.None;
        }

        var byWord = false;
        var joined = Tokens[right.TokenStart].BreakBefore == ',';
        for (var i = left.TokenEnd; i < right.TokenStart; i++)
        {
            var inModifier = References.Any(r => r.Kind == ReferenceKind.Modifier && r.TokenStart <= i && i < r.TokenEnd);
            var allowed = Vocabulary.Coordinators.Contains(Tokens[i].Text) || Vocabulary.RoleWords.Contains(Tokens[i].Text) || inModifier;
            if (!allowed || Tokens[i].BreakBefore is not ('\0' or ','))
            {
                return Join.None;
            }

            byWord |= Vocabulary.JoiningWords.Contains(Tokens[i].Text);
            joined |= Tokens[i].BreakBefore == ',';
        }

        byWord |= Text.AsSpan(left.SurfaceEnd, Math.Max(0, Tokens[right.TokenStart].Start - left.SurfaceEnd)).Contains('&');
        if ((left.AfterPreposition != right.AfterPreposition && !byWord) || Tokens[right.TokenStart].BreakBefore is not ('\0' or ','))
        {
            return Join.None;
        }

        return byWord ? Join.Word : joined ? Join.Comma : Join.None;
    }

    private enum Join
    {
        None,
        Comma,
        Word,
    }
}
