using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Recognises the actors that happenings name as participants, by full name, alias, metonym and (for people)
/// surname, so the date resolver can tell whether a happening's participants appear in an article. A rough
/// count is enough here; the actor stage later does the careful recognition.
/// </summary>
internal sealed class ActorMentionIndex
{
    private readonly PhraseIndex<string> _names = new();
    private readonly HashSet<string> _people = new(StringComparer.Ordinal);

    public ActorMentionIndex(KnowledgeBase knowledge)
    {
        foreach (var actor in knowledge.Actors)
        {
            Register(actor.Name, actor.Type == ActorType.Person, actor.AllAliases.Concat(actor.AllMetonyms));
        }

        foreach (var participant in knowledge.Happenings.SelectMany(h => h.Participants ?? []).Distinct(StringComparer.Ordinal))
        {
            if (knowledge.FindActor(participant) is null)
            {
                Register(participant, participant.Contains(' ', StringComparison.Ordinal), []);
            }
        }
    }

    public bool IsPerson(string name) => _people.Contains(name);

    /// <summary>The actors named in the tokens, each with how often.</summary>
    public void CountMentions(string text, List<RunToken> tokens, Dictionary<string, int> counts)
    {
        var matches = new List<PhraseHit<string>>();
        var i = 0;
        while (i < tokens.Count)
        {
            matches.Clear();
            _names.CollectAt(text, tokens, i, matches);
            var longest = matches.Count > 0 ? matches[0].TokenCount : 1;
            for (var m = 0; m < matches.Count && matches[m].TokenCount == longest; m++)
            {
                counts[matches[m].Value] = counts.GetValueOrDefault(matches[m].Value) + 1;
            }

            i += longest;
        }
    }

    private void Register(string name, bool isPerson, IEnumerable<string> otherNames)
    {
        var names = new[] { name }.Concat(otherNames).ToList();
        if (isPerson)
        {
            _people.Add(name);
            names.AddRange(names.Select(Surname).Where(s => s.Length > 2).ToList());
        }

        foreach (var phrase in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            _names.Add(phrase, name);
        }
    }

    private static string Surname(string fullName)
    {
        var space = fullName.LastIndexOf(' ');
        return space < 0 ? fullName : fullName[(space + 1)..];
    }
}
