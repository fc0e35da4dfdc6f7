namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Finds registered multi-word phrases in tokenised text. Phrases are indexed by their first token, so a scan
/// costs one dictionary probe per token whatever the number of phrases. Matching ignores case, except for
/// tokens written in capitals in the phrase ("US", "UN"): those must match exactly, so "US" is not the pronoun "us".
/// Build once, then share: lookups do not mutate.
/// </summary>
internal sealed class PhraseIndex<TValue>
{
    private readonly Dictionary<string, List<Pattern>> _byFirstToken = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Pattern>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseIndex() => _lookup = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Add(string phrase, TValue value)
    {
        var tokens = RunTokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var words = tokens.Select(t => phrase[t.Start..t.End]).ToArray();
        var exact = words.Select(IsCapitalised).ToArray();
        var pattern = new Pattern(words, exact, value);
        if (!_byFirstToken.TryGetValue(words[0], out var patterns))
        {
            patterns = [];
            _byFirstToken.Add(words[0], patterns);
        }

        // Longest first, so the first hit at a position is the longest phrase there.
        var index = patterns.FindIndex(p => p.Words.Length < words.Length);
        patterns.Insert(index < 0 ? patterns.Count : index, pattern);
    }

    /// <summary>Adds every phrase that starts at token <paramref name="index"/> to <paramref name="matches"/>, longest first.</summary>
    public void CollectAt(string text, IReadOnlyList<RunToken> tokens, int index, List<PhraseHit<TValue>> matches)
    {
        if (Candidates(text, tokens[index]) is not { } patterns)
        {
            return;
        }

        foreach (var pattern in patterns)
        {
            if (Matches(pattern, text, tokens, index))
            {
                matches.Add(new PhraseHit<TValue>(index, pattern.Words.Length, pattern.Value));
            }
        }
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>, if any.</summary>
    public PhraseHit<TValue>? LongestAt(string text, IReadOnlyList<RunToken> tokens, int index)
    {
        if (Candidates(text, tokens[index]) is { } patterns)
        {
            foreach (var pattern in patterns)
            {
                if (Matches(pattern, text, tokens, index))
                {
                    return new PhraseHit<TValue>(index, pattern.Words.Length, pattern.Value);
                }
            }
        }

        return null;
    }

    /// <summary>The first words of all phrases, for a quick test whether a token can start one.</summary>
    public IEnumerable<string> FirstWords => _byFirstToken.Keys;

    private List<Pattern>? Candidates(string text, RunToken first) =>
        _lookup.TryGetValue(text.AsSpan(first.Start, first.Length), out var patterns) ? patterns : null;

    private static bool Matches(Pattern pattern, string text, IReadOnlyList<RunToken> tokens, int index)
    {
        if (index + pattern.Words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < pattern.Words.Length; k++)
        {
            var token = tokens[index + k];
            var comparison = pattern.ExactCase[k] ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (!text.AsSpan(token.Start, token.Length).Equals(pattern.Words[k], comparison))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitalised(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private sealed record Pattern(string[] Words, bool[] ExactCase, TValue Value);
}
