namespace Diplomacy.Core.Stages.Coding;

/// <summary>
/// The words a coder's lexicons know, each stored once in lower case. A sentence's word is looked up by its
/// characters (any case), so reading a sentence allocates no string per word: a word no lexicon knows can match
/// no phrase and becomes <see cref="Unknown"/>.
/// </summary>
internal sealed class WordTable
{
    /// <summary>The text of a word no lexicon knows; it equals no lexicon word.</summary>
    public const string Unknown = "";

    private readonly Dictionary<string, string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordTable(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var phrase in phrases)
        {
            foreach (var word in WordTokenizer.Words(phrase))
            {
                _words.TryAdd(word, word);
            }
        }

        // The possessive clitic marks an owner ("Russia's") whether or not a lexicon phrase holds one.
        _words.TryAdd(Possessive, Possessive);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public const string Possessive = "'s";

    /// <summary>The lexicon's spelling of a word of the text (a clitic's curly apostrophe read as a straight one).</summary>
    public string Canonical(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[0] is '’' or 'ʼ')
        {
            if (word.Length > MaxCliticLength)
            {
                return Unknown;
            }

            Span<char> straight = stackalloc char[word.Length];
            straight[0] = '\'';
            word[1..].CopyTo(straight[1..]);
            return _lookup.TryGetValue(straight, out var clitic) ? clitic : Unknown;
        }

        return _lookup.TryGetValue(word, out var canonical) ? canonical : Unknown;
    }

    private const int MaxCliticLength = 8;
}
