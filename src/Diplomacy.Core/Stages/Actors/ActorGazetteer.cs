using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Actors;

/// <summary>
/// Every written form of every known actor, indexed by first word, so a text is matched in one pass
/// (longest name first). Built once from the knowledge base and shared.
/// </summary>
public sealed class ActorGazetteer
{
    private readonly TrieNode _names = new();
    private readonly Dictionary<string, List<ActorEntry>> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<ActorEntry>> _byFirstName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActorEntry> _personByOneWordAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[][]> _titlesByFirstWord;
    private readonly List<(string Surname, ActorEntry Person)> _surnames = [];

    public ActorGazetteer(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        foreach (var actor in knowledge.Actors)
        {
            Add(actor.Name, actor, null, MentionKind.FullName, caseInsensitive: false);
            foreach (var alias in actor.AllAliases)
            {
                Add(alias, actor, null, MentionKind.Alias, caseInsensitive: false);
            }

            foreach (var metonym in actor.AllMetonyms)
            {
                Add(metonym, actor, null, MentionKind.Metonym, caseInsensitive: false);
            }

            if (actor.Type == ActorType.Person)
            {
                IndexPersonNames(actor);
                foreach (var alias in actor.AllAliases.Where(a => WordTokenizer.Words(a).Length == 1))
                {
                    _personByOneWordAlias.TryAdd(alias, actor);
                }
            }
        }

        foreach (var office in knowledge.Offices)
        {
            foreach (var reference in office.References)
            {
                Add(reference, null, office, MentionKind.Office, caseInsensitive: true);
            }

            // Only in capitals: "THE PRESIDENT:" labels a turn, while "the president" in prose may be anyone's.
            foreach (var label in office.AllLabels)
            {
                Add(label, null, office, MentionKind.Office, caseInsensitive: false);
            }
        }

        _titlesByFirstWord = knowledge.Titles.Select(WordTokenizer.Words)
            .Where(words => words.Length > 0)
            .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        NameWords = new HashSet<string>(
            knowledge.Actors.Where(a => a.Type != ActorType.Person)
                .SelectMany(a => a.AllAliases.Append(a.Name).Concat(a.AllMetonyms))
                .SelectMany(WordTokenizer.Words)
                .Concat(knowledge.Titles.SelectMany(WordTokenizer.Words)),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Words of titles and of non-person names: a capitalised run made of them is not a person's name.</summary>
    public IReadOnlySet<string> NameWords { get; }

    /// <summary>The longest known name or office reference starting at <paramref name="index"/>.</summary>
    public GazetteerMatch? MatchAt(string text, IReadOnlyList<Token> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        if (!tokens[index].IsWord)
        {
            return null;
        }

        GazetteerMatch? longest = null;
        var node = _names;
        for (var k = index; k < tokens.Count && node.Next(text, tokens[k]) is { } next; k++)
        {
            node = next;
            foreach (var entry in node.Names)
            {
                if (Matches(text, tokens, index, entry))
                {
                    longest = new GazetteerMatch(entry.Actor, entry.Office, entry.Kind, entry.Words.Length);
                    break;
                }
            }
        }

        return longest;
    }

    /// <summary>The number of tokens of the longest title ("Mr.", "Foreign Minister") starting at <paramref name="index"/>, or 0.</summary>
    public int TitleLengthAt(string text, IReadOnlyList<Token> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var first = tokens[index];

        // A title needs a capital in running text ("Secretary Kerry", not "the secretary said").
        if (!first.IsWord || !char.IsUpper(text[first.Start])
            || !_titlesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(first.Start, first.Length), out var titles))
        {
            return 0;
        }

        foreach (var title in titles)
        {
            if (index + title.Length > tokens.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < title.Length && matches; k++)
            {
                matches = SameWord(text, tokens[index + k], title[k], caseInsensitive: true);
            }

            if (matches)
            {
                return title.Length;
            }
        }

        return 0;
    }

    /// <summary>The person a one-word alias names outright ("Assad" is Bashar al-Assad, not another Assad).</summary>
    public ActorEntry? PersonCalled(string word) => _personByOneWordAlias.GetValueOrDefault(word);

    public IReadOnlyList<ActorEntry> PeopleWithSurname(ReadOnlySpan<char> word) =>
        _bySurname.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var people) ? people : [];

    public IReadOnlyList<ActorEntry> PeopleWithFirstName(ReadOnlySpan<char> word) =>
        _byFirstName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var people) ? people : [];

    /// <summary>Known people whose surname is within a small edit distance of a word (typos such as "Clinon").</summary>
    public IEnumerable<ActorEntry> PeopleWithSurnameNear(ReadOnlySpan<char> word)
    {
        if (word.Length < 4)
        {
            return [];
        }

        var limit = word.Length >= 8 ? 2 : 1;
        var found = new List<ActorEntry>();
        foreach (var (surname, person) in _surnames)
        {
            if (char.ToUpperInvariant(surname[0]) == char.ToUpperInvariant(word[0]) && EditDistance.Bounded(word, surname, limit) <= limit)
            {
                found.Add(person);
            }
        }

        return found;
    }

    private void IndexPersonNames(ActorEntry person)
    {
        foreach (var name in person.AllAliases.Prepend(person.Name))
        {
            var words = PersonNameWords(name);
            if (words.Length < 2)
            {
                continue;
            }

            var surname = words[^1];
            AddTo(_bySurname, surname, person);
            if (!_surnames.Contains((surname, person)))
            {
                _surnames.Add((surname, person));
            }

            // "al-Assad" is written "Assad" too: index the hyphenated particle form as well.
            if (words.Length >= 3 && words[^2] == "-")
            {
                Add($"{words[^3]}-{surname}", person, null, MentionKind.Surname, caseInsensitive: false);
            }

            if (words[0].Length > 1)
            {
                AddTo(_byFirstName, words[0], person);
            }
        }
    }

    /// <summary>The words of a person's name without regnal numbers and "of Jordan"-style tails, so the last is the surname.</summary>
    private static string[] PersonNameWords(string name)
    {
        var words = WordTokenizer.Words(name).TakeWhile(w => w is not ("of" or "bin" or "ibn")).ToList();
        while (words.Count > 1 && (IsRomanNumeral(words[^1]) || words[^1] is "Jr" or "Sr" or "." or ","))
        {
            words.RemoveAt(words.Count - 1);
        }

        return [.. words];
    }

    private static bool IsRomanNumeral(string word) => word.Length > 0 && word.All(c => c is 'I' or 'V' or 'X');

    private static void AddTo(Dictionary<string, List<ActorEntry>> index, string key, ActorEntry person)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(person))
        {
            list.Add(person);
        }
    }

    private void Add(string phrase, ActorEntry? actor, OfficeEntry? office, MentionKind kind, bool caseInsensitive)
    {
        var words = WordTokenizer.Words(phrase);
        if (words.Length > 0)
        {
            _names.Add(words, new Entry(words, actor, office, kind, caseInsensitive));
        }
    }

    private static bool Matches(string text, IReadOnlyList<Token> tokens, int index, Entry entry)
    {
        if (index + entry.Words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < entry.Words.Length; k++)
        {
            if (!SameWord(text, tokens[index + k], entry.Words[k], entry.CaseInsensitive))
            {
                return false;
            }
        }

        // A name must end at a word boundary: "US" must not match the start of "USA".
        var last = index + entry.Words.Length - 1;
        return last + 1 >= tokens.Count || tokens[last + 1].Start > tokens[last].End || !tokens[last + 1].IsWord;
    }

    /// <summary>
    /// Names are compared case-sensitively ("US" is not "us"), except that a word in capitals matches
    /// its title-case form ("KERRY" in a transcript label) and lower-case words of a name ("the", "of") match any case.
    /// </summary>
    private static bool SameWord(string text, Token token, string word, bool caseInsensitive)
    {
        var written = text.AsSpan(token.Start, token.Length);
        if (!token.IsWord)
        {
            return word.Length == 1 && NormalisePunctuation(written[0]) == NormalisePunctuation(word[0]);
        }

        if (written.SequenceEqual(word))
        {
            return true;
        }

        if (!written.Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return caseInsensitive || IsAllUpper(written) || IsAllLower(word);
    }

    private static char NormalisePunctuation(char c) => c switch
    {
        '’' or '‘' or '`' => '\'',
        '–' or '—' or '‐' => '-',
        _ => c,
    };

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return word.Length > 1;
    }

    private static bool IsAllLower(string word) => word.All(c => !char.IsUpper(c));

    /// <summary>
    /// A word trie of every name: a match walks one node per token, so its cost does not grow with the
    /// number of names that share a first word ("the …", "Syrian …").
    /// </summary>
    private sealed class TrieNode
    {
        private readonly Dictionary<string, TrieNode> _children = new(StringComparer.OrdinalIgnoreCase);

        public List<Entry> Names { get; } = [];

        public void Add(string[] words, Entry entry)
        {
            var node = this;
            foreach (var word in words)
            {
                var key = Key(word);
                if (!node._children.TryGetValue(key, out var child))
                {
                    node._children[key] = child = new TrieNode();
                }

                node = child;
            }

            node.Names.Add(entry);
        }

        public TrieNode? Next(string text, Token token)
        {
            if (!token.IsWord)
            {
                return _children.GetValueOrDefault(Key(text.Substring(token.Start, 1)));
            }

            return _children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(token.Start, token.Length), out var child) ? child : null;
        }

        private static string Key(string word) => word.Length == 1 ? NormalisePunctuation(word[0]).ToString() : word;
    }

    private sealed record Entry(string[] Words, ActorEntry? Actor, OfficeEntry? Office, MentionKind Kind, bool CaseInsensitive);
}
