namespace Diplomacy.Core.Stages.Coding;

/// <summary>
/// Finds lexicon phrases in tokenized sentences in one pass: phrases are indexed by their first word and
/// tried longest first, so the cost per token is one dictionary lookup plus the few phrases sharing that word.
/// A "*" word in a phrase stands for any one word.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private const string AnyWord = "*";

    private readonly Dictionary<string, List<(string[] Words, List<T> Values)>> _byFirstWord = new(StringComparer.Ordinal);

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byPhrase = new Dictionary<string, (string[] Words, List<T> Values)>(StringComparer.Ordinal);
        foreach (var (phrase, value) in entries)
        {
            var words = WordTokenizer.Words(phrase);
            if (words.Length == 0 || words[0] == AnyWord)
            {
                throw new InvalidDataException($"The lexicon phrase \"{phrase}\" must start with a word.");
            }

            var key = string.Join(' ', words);
            if (!byPhrase.TryGetValue(key, out var entry))
            {
                entry = (words, []);
                byPhrase.Add(key, entry);
            }

            entry.Values.Add(value);
        }

        foreach (var entry in byPhrase.Values)
        {
            if (!_byFirstWord.TryGetValue(entry.Words[0], out var list))
            {
                list = [];
                _byFirstWord.Add(entry.Words[0], list);
            }

            list.Add(entry);
        }

        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>The longest phrase starting at each position, left to right, without overlaps.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<WordToken> tokens, int from = 0, int to = -1)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var end = to < 0 ? tokens.Count : Math.Min(to, tokens.Count);
        var matches = new List<PhraseMatch<T>>();
        for (var i = Math.Max(0, from); i < end;)
        {
            if (MatchAt(tokens, i, end) is { } match)
            {
                matches.Add(match);
                i = match.End;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    /// <summary>Every phrase found anywhere, overlapping ones included (each phrase at each position once).</summary>
    public List<PhraseMatch<T>> FindEvery(IReadOnlyList<WordToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var matches = new List<PhraseMatch<T>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i].Text, out var candidates))
            {
                continue;
            }

            foreach (var (words, values) in candidates)
            {
                if (Matches(tokens, i, tokens.Count, words))
                {
                    matches.Add(new PhraseMatch<T>(i, i + words.Length, values));
                }
            }
        }

        return matches;
    }

    /// <summary>The longest phrase starting exactly at <paramref name="index"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<WordToken> tokens, int index, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var limit = end < 0 ? tokens.Count : Math.Min(end, tokens.Count);
        if (index < 0 || index >= limit || !_byFirstWord.TryGetValue(tokens[index].Text, out var candidates))
        {
            return null;
        }

        foreach (var (words, values) in candidates)
        {
            if (Matches(tokens, index, limit, words))
            {
                return new PhraseMatch<T>(index, index + words.Length, values);
            }
        }

        return null;
    }

    private static bool Matches(IReadOnlyList<WordToken> tokens, int index, int limit, string[] words)
    {
        if (index + words.Length > limit)
        {
            return false;
        }

        for (var k = 1; k < words.Length; k++)
        {
            if (words[k] != AnyWord && words[k] != tokens[index + k].Text)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True where some phrase ends exactly at token <paramref name="end"/> (exclusive), looking back at most <paramref name="maxWords"/> words.</summary>
    public bool EndsAt(IReadOnlyList<WordToken> tokens, int end, int maxWords = 4)
    {
        for (var start = end - 1; start >= 0 && start >= end - maxWords; start--)
        {
            if (MatchAt(tokens, start, end) is { } match && match.End == end)
            {
                return true;
            }
        }

        return false;
    }
}
