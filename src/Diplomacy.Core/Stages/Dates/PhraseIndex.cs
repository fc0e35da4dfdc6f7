namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Finds registered multi-word phrases in tokenised text. Phrases are indexed by their first word and, for longer
/// phrases, by their second, so a scan costs one or two dictionary probes per token however many phrases start with
/// a common word ("the Kremlin", "the White House"). Phrases with the same words share one entry with all their values.
/// Matching ignores case, except for words written in capitals in the phrase ("US", "UN"): those must match exactly,
/// so "US" is not the pronoun "us". Build once, then share: lookups do not mutate.
/// </summary>
internal sealed class PhraseIndex<TValue>
{
    private readonly Dictionary<string, FirstWord> _byFirstWord = new(WordComparer.Instance);
    private readonly Dictionary<string, FirstWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseIndex() => _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first words of all phrases, for a quick test whether a token can start one.</summary>
    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    public void Add(string phrase, TValue value)
    {
        var tokens = RunTokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var words = tokens.Select(t => phrase[t.Start..t.End]).ToArray();
        if (!_byFirstWord.TryGetValue(words[0], out var first))
        {
            first = new FirstWord();
            _byFirstWord.Add(words[0], first);
        }

        var patterns = words.Length == 1 ? first.OneWord : first.Longer(words[1]);
        var pattern = patterns.Find(p => p.Words.SequenceEqual(words, StringComparer.Ordinal));
        if (pattern is null)
        {
            pattern = new Pattern(words, [.. words.Select(IsCapitalised)]);

            // Longest first, so the first hit at a position is the longest phrase there.
            var index = patterns.FindIndex(p => p.Words.Length < words.Length);
            patterns.Insert(index < 0 ? patterns.Count : index, pattern);
        }

        pattern.Values.Add(value);
    }

    /// <summary>Adds every phrase that starts at token <paramref name="index"/> to <paramref name="matches"/>, longest first.</summary>
    public void CollectAt(string text, List<RunToken> tokens, int index, List<PhraseHit<TValue>> matches)
    {
        if (!_lookup.TryGetValue(Word(text, tokens[index]), out var first))
        {
            return;
        }

        if (index + 1 < tokens.Count && first.LongerLookup(Word(text, tokens[index + 1])) is { } longer)
        {
            Collect(longer, text, tokens, index, matches);
        }

        Collect(first.OneWord, text, tokens, index, matches);
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>, if any (its first value).</summary>
    public PhraseHit<TValue>? LongestAt(string text, List<RunToken> tokens, int index)
    {
        if (!_lookup.TryGetValue(Word(text, tokens[index]), out var first))
        {
            return null;
        }

        if (index + 1 < tokens.Count && first.LongerLookup(Word(text, tokens[index + 1])) is { } longer
            && longer.Find(p => Matches(p, text, tokens, index)) is { } pattern)
        {
            return new PhraseHit<TValue>(index, pattern.Words.Length, pattern.Values[0]);
        }

        return first.OneWord.Find(p => Matches(p, text, tokens, index)) is { } word
            ? new PhraseHit<TValue>(index, 1, word.Values[0])
            : null;
    }

    private static void Collect(List<Pattern> patterns, string text, List<RunToken> tokens, int index, List<PhraseHit<TValue>> matches)
    {
        foreach (var pattern in patterns)
        {
            if (Matches(pattern, text, tokens, index))
            {
                foreach (var value in pattern.Values)
                {
                    matches.Add(new PhraseHit<TValue>(index, pattern.Words.Length, value));
                }
            }
        }
    }

    private static ReadOnlySpan<char> Word(string text, RunToken token) => text.AsSpan(token.Start, token.Length);

    private static bool Matches(Pattern pattern, string text, List<RunToken> tokens, int index)
    {
        if (index + pattern.Words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < pattern.Words.Length; k++)
        {
            var comparison = pattern.ExactCase[k] ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (!Word(text, tokens[index + k]).Equals(pattern.Words[k], comparison))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitalised(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private sealed record Pattern(string[] Words, bool[] ExactCase)
    {
        public List<TValue> Values { get; } = [];
    }

    /// <summary>The phrases that start with one word: the one-word phrase(s), and the longer ones by their second word.</summary>
    private sealed class FirstWord
    {
        private readonly Dictionary<string, List<Pattern>> _bySecondWord = new(WordComparer.Instance);
        private readonly Dictionary<string, List<Pattern>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public FirstWord() => _lookup = _bySecondWord.GetAlternateLookup<ReadOnlySpan<char>>();

        public List<Pattern> OneWord { get; } = [];

        public List<Pattern> Longer(string secondWord)
        {
            if (!_bySecondWord.TryGetValue(secondWord, out var patterns))
            {
                patterns = [];
                _bySecondWord.Add(secondWord, patterns);
            }

            return patterns;
        }

        public List<Pattern>? LongerLookup(ReadOnlySpan<char> secondWord) =>
            _bySecondWord.Count > 0 && _lookup.TryGetValue(secondWord, out var patterns) ? patterns : null;
    }
}
