using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Actors;

/// <summary>
/// Finds people, countries and organisations and resolves each mention to one canonical actor:
/// full names and aliases, titled surnames ("Secretary Kerry"), bare surnames, first names of people already
/// named, misspelt surnames after a title ("Mr. Burnn"), metonyms ("the Kremlin"), offices resolved by date
/// ("the Secretary of State"), and people the knowledge file does not know, from how the text introduces them.
/// </summary>
/// <remarks>Reads Blocks, Sentences and Published (for roles by date); writes Mentions and Actors.</remarks>
public sealed class ActorRecognizer : IPipelineStage
{
    private readonly KnowledgeBase _knowledge;
    private readonly ActorGazetteer _gazetteer;
    private readonly PersonFinder _personFinder;
    /// <summary>Spelling variation allowed in a first name ("Sergei"/"Sergey"/"Sergie").</summary>
    private const int MaxFirstNameEdits = 2;

    private readonly PeopleLexicon _lexicon;
    private readonly HashSet<string> _notNames;

    public ActorRecognizer(KnowledgeBase knowledge, PeopleLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(lexicon);
        _knowledge = knowledge;
        _lexicon = lexicon;
        _gazetteer = new ActorGazetteer(knowledge);
        _personFinder = new PersonFinder(lexicon, _gazetteer.NameWords);
        _notNames = new HashSet<string>(lexicon.NotNames, StringComparer.Ordinal);
    }

    public void Process(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var date = document.Published?.Date.Earliest;
        var discovered = DiscoverPeople(document);
        var pendingFirstNames = new List<Token>();

        foreach (var block in document.Blocks.Where(b => b.Kind != BlockKind.Boilerplate))
        {
            var tokens = WordTokenizer.Tokenize(document.Text, block.Span);
            var i = 0;
            while (i < tokens.Count)
            {
                i += RecogniseAt(document, tokens, i, date, discovered, pendingFirstNames);
            }
        }

        ResolveFirstNames(document, pendingFirstNames);
        document.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <returns>How many tokens the recognised mention covers (1 where nothing was recognised).</returns>
    private int RecogniseAt(ArticleDocument document, List<Token> tokens, int i, DateOnly? date, Dictionary<string, DiscoveredPerson> discovered, List<Token> pendingFirstNames)
    {
        var text = document.Text;
        var token = tokens[i];
        if (!token.IsWord)
        {
            return 1;
        }

        if (_gazetteer.MatchAt(text, tokens, i) is { } match && ResolveMatch(match, date) is { } actor
            && !(match.Kind == MentionKind.Metonym && IsPlaceUse(text, tokens, i))
            && !(match.TokenCount == 1 && actor.Type == ActorType.Person && IsCommonWord(token, text)))
        {
            Record(document, actor, Span(tokens, i, match.TokenCount), match.Kind, date);
            if (actor.Type != ActorType.Person)
            {
                RecordEponym(document, tokens, i, match.TokenCount, date);
            }

            return match.TokenCount;
        }

        var titleLength = _gazetteer.TitleLengthAt(text, tokens, i);
        if (titleLength > 0 && i + titleLength < tokens.Count)
        {
            var nameIndex = i + titleLength;
            if (_gazetteer.MatchAt(text, tokens, nameIndex) is { Actor.Type: ActorType.Person } named)
            {
                Record(document, named.Actor!, Span(tokens, i, titleLength + named.TokenCount), MentionKind.TitledSurname, date);
                return titleLength + named.TokenCount;
            }

            var nameToken = tokens[nameIndex];
            if (nameToken.IsWord && char.IsUpper(text[nameToken.Start]))
            {
                var word = text.AsSpan(nameToken.Start, nameToken.Length);
                var person = Choose(document, _gazetteer.PeopleWithSurname(word), date);
                var kind = MentionKind.TitledSurname;
                if (person is null && (discovered.GetValueOrDefault(word.ToString()) ?? FindDiscovered(discovered, word.ToString())) is { } introduced)
                {
                    var length = titleLength + FullNameLength(text, tokens, nameIndex, introduced.Name);
                    RecordDiscovered(document, introduced, Span(tokens, i, length));
                    return length;
                }

                if (person is null)
                {
                    person = Choose(document, [.. _gazetteer.PeopleWithSurnameNear(word)], date);
                    kind = MentionKind.Misspelling;
                }

                if (person is not null)
                {
                    Record(document, person, Span(tokens, i, titleLength + 1), kind, date);
                    return titleLength + 1;
                }
            }
        }

        if (char.IsUpper(text[token.Start]))
        {
            var word = text.Substring(token.Start, token.Length);
            if ((discovered.GetValueOrDefault(word) ?? FindDiscovered(discovered, word)) is { } introduced)
            {
                var length = FullNameLength(text, tokens, i, introduced.Name);
                RecordDiscovered(document, introduced, Span(tokens, i, length));
                return length;
            }

            if (!IsCommonWord(token, text) && Choose(document, _gazetteer.PeopleWithSurname(word), date) is { } person)
            {
                Record(document, person, token.Span, MentionKind.Surname, date);
                return 1;
            }

            if (_gazetteer.PeopleWithFirstName(word).Count > 0)
            {
                pendingFirstNames.Add(token);
            }
        }

        return 1;
    }

    /// <summary>"the Assad regime", "the Obama administration": a body named after a known person mentions that person too.</summary>
    private void RecordEponym(ArticleDocument document, List<Token> tokens, int first, int count, DateOnly? date)
    {
        for (var k = first; k < first + count; k++)
        {
            var token = tokens[k];
            if (!token.IsWord || !char.IsUpper(document.Text[token.Start]))
            {
                continue;
            }

            var word = document.Text.Substring(token.Start, token.Length);
            var person = _gazetteer.PersonCalled(word) ?? Choose(document, _gazetteer.PeopleWithSurname(word), date);
            if (person is not null)
            {
                Record(document, person, token.Span, MentionKind.Surname, date);
            }
        }
    }

    private ActorEntry? ResolveMatch(GazetteerMatch match, DateOnly? date) =>
        match.Office is { } office
            ? date is { } d ? _knowledge.HolderOf(office.Name, d) : null
            : match.Actor;

    /// <summary>A surname that is also a common capitalised word ("May", "Rice" at a sentence start…) needs a title or a first name.</summary>
    private bool IsCommonWord(Token token, string text) => _notNames.Contains(text.Substring(token.Start, token.Length));

    /// <summary>"in Moscow", "to Washington": a capital after a preposition of place is a place, not a government.</summary>
    private static bool IsPlaceUse(string text, List<Token> tokens, int i)
    {
        if (i == 0 || !tokens[i - 1].IsWord)
        {
            return false;
        }

        var previous = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length);
        return previous is "in" or "In" or "to" or "from" or "at" or "near" or "visited" or "visit" or "around" or "outside" or "into" or "toward" or "towards" or "of";
    }

    /// <summary>Among people sharing a surname: one already named in the article, else one in office on the date, else the only one.</summary>
    private static ActorEntry? Choose(ArticleDocument document, IReadOnlyList<ActorEntry> people, DateOnly? date)
    {
        if (people.Count == 0)
        {
            return null;
        }

        var named = people.Where(p => document.Actors.ContainsKey(p.Name)).ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        if (people.Count == 1)
        {
            return people[0];
        }

        var inOffice = date is { } d ? people.Where(p => p.AllRoles.Any(r => r.IsHeldOn(d))).ToList() : [];
        return inOffice.Count == 1 ? inOffice[0] : null;
    }

    private Dictionary<string, DiscoveredPerson> DiscoverPeople(ArticleDocument document)
    {
        // Keyed by surname, ignoring case, so a transcript label in capitals ("AMBASSADOR JONES:") finds the person.
        var people = new Dictionary<string, DiscoveredPerson>(StringComparer.OrdinalIgnoreCase);
        foreach (var sentence in document.ProseSentences)
        {
            foreach (var person in _personFinder.Find(document.Text, sentence.Span))
            {
                var tokens = WordTokenizer.Tokenize(document.Text, person.NameSpan);
                if (_gazetteer.MatchAt(document.Text, tokens, 0) is not null || IsVariantOfKnownPerson(person.Name))
                {
                    continue;
                }

                var surname = person.Name.Split(' ')[^1];
                if (!people.TryGetValue(surname, out var known) || (known.Role is null && person.Role is not null))
                {
                    people[surname] = person;
                }
            }
        }

        return people;
    }

    /// <summary>
    /// "Sergie Lavrov" is Lavrov misspelt, but "Hadi Abdullah" is not King Abdullah: a known surname makes a name known
    /// only with a first name close to one of that person's.
    /// </summary>
    private bool IsVariantOfKnownPerson(string name)
    {
        var words = name.Split(' ');
        var first = words[0];
        return _gazetteer.PeopleWithSurname(words[^1]).Any(known => known.AllAliases.Append(known.Name)
            .Select(alias => alias.Split(' ')[0])
            .Any(knownFirst => EditDistance.Bounded(knownFirst, first, MaxFirstNameEdits) <= MaxFirstNameEdits));
    }

    private static DiscoveredPerson? FindDiscovered(Dictionary<string, DiscoveredPerson> discovered, string word) =>
        discovered.Values.FirstOrDefault(p => p.Name.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase));

    private static int FullNameLength(string text, List<Token> tokens, int i, string name)
    {
        var words = WordTokenizer.Words(name);
        var k = 0;
        var j = i;
        while (j < tokens.Count && k < words.Length && text.AsSpan(tokens[j].Start, tokens[j].Length).SequenceEqual(words[k]))
        {
            j++;
            k++;
        }

        return k == words.Length ? j - i : 1;
    }

    private void ResolveFirstNames(ArticleDocument document, List<Token> pending)
    {
        foreach (var token in pending)
        {
            var word = document.Text.AsSpan(token.Start, token.Length);
            var named = _gazetteer.PeopleWithFirstName(word).Where(p => document.Actors.ContainsKey(p.Name)).ToList();
            if (named.Count == 1)
            {
                Record(document, named[0], token.Span, MentionKind.FirstName, document.Published?.Date.Earliest);
            }
        }
    }

    private static void Record(ArticleDocument document, ActorEntry actor, TextSpan span, MentionKind kind, DateOnly? date)
    {
        var surface = Fold(document[span]);
        document.Mentions.Add(new ActorMention(span, actor.Name, surface, kind));
        if (!document.Actors.TryGetValue(actor.Name, out var articleActor))
        {
            articleActor = new ArticleActor
            {
                Name = actor.Name,
                Type = actor.Type,
                Country = actor.Country,
                Role = actor.RoleOn(date)?.Title,
                IsAnalyst = actor.IsAnalyst,
                Gender = actor.Gender,
            };
            document.Actors.Add(actor.Name, articleActor);
        }

        articleActor.Aliases.Add(surface);
    }

    private void RecordDiscovered(ArticleDocument document, DiscoveredPerson person, TextSpan span)
    {
        var surface = Fold(document[span]);
        document.Mentions.Add(new ActorMention(span, person.Name, surface, MentionKind.Discovered));
        if (!document.Actors.TryGetValue(person.Name, out var articleActor))
        {
            articleActor = new ArticleActor
            {
                Name = person.Name,
                Type = ActorType.Person,
                Country = person.RoleSpan is { } roleSpan ? CountryOf(document, roleSpan) : null,
                Role = person.Role,
                IsKnown = false,
                IsAnalyst = person.Role is { } role && _lexicon.AnalystCues.Any(cue => role.Contains(cue, StringComparison.OrdinalIgnoreCase)),
            };
            document.Actors.Add(person.Name, articleActor);
        }

        articleActor.Aliases.Add(surface);
        if (articleActor.Gender == Gender.Unknown)
        {
            articleActor.Gender = _lexicon.GenderOf(surface);
        }
    }

    /// <summary>The country of the first known actor named in a role ("… at the Carnegie Endowment in Washington" → US).</summary>
    private string? CountryOf(ArticleDocument document, TextSpan roleSpan)
    {
        var tokens = WordTokenizer.Tokenize(document.Text, roleSpan);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_gazetteer.MatchAt(document.Text, tokens, i) is { Actor.Country: { } country })
            {
                return country;
            }
        }

        return null;
    }

    private static TextSpan Span(List<Token> tokens, int first, int count) => new(tokens[first].Start, tokens[first + count - 1].End);

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
