using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Finds an office title followed closely by the surname of someone who held that office for a bounded time
/// ("US Secretary of State Secretary Kerry", "Secretary of State Hillary Rodham Clinton"). Such a mention
/// dates the article to the holder's term, unless the title is marked as past ("former", "then-").
/// </summary>
internal sealed class OfficeHolderMatcher
{
    /// <summary>How many tokens may stand between the title and the surname ("Secretary of State Hillary Rodham Clinton").</summary>
    private const int NameReach = 4;

    private readonly TemporalLexicon _lexicon;
    private readonly PhraseIndex<Holding> _titles = new();

    public OfficeHolderMatcher(KnowledgeBase knowledge, TemporalLexicon lexicon)
    {
        _lexicon = lexicon;
        foreach (var office in knowledge.Offices)
        {
            var phrases = TitlePhrases(office, knowledge.Titles);
            foreach (var actor in knowledge.Actors)
            {
                foreach (var role in actor.AllRoles.Where(r => r.Title == office.Name && (r.From is not null || r.To is not null)))
                {
                    var holding = new Holding(actor, role, Surnames(actor));
                    foreach (var phrase in phrases)
                    {
                        _titles.Add(phrase, holding);
                    }
                }
            }
        }
    }

    public List<OfficeMention> Find(string text, List<RunToken> tokens)
    {
        var mentions = new List<OfficeMention>();
        var matches = new List<PhraseHit<Holding>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            matches.Clear();
            _titles.CollectAt(text, tokens, i, matches);
            if (matches.Count == 0 || (i > 0 && _lexicon.FormerMarkers.Contains(text, tokens[i - 1])))
            {
                continue;
            }

            foreach (var match in matches)
            {
                var reachEnd = Math.Min(tokens.Count, match.NextToken + NameReach);
                for (var k = match.NextToken; k < reachEnd; k++)
                {
                    if (match.Value.Surnames.Contains(text, tokens[k]))
                    {
                        mentions.Add(new OfficeMention(new TextSpan(tokens[i].Start, tokens[k].End), match.Value.Actor, match.Value.Role));
                        break;
                    }
                }
            }
        }

        return mentions;
    }

    /// <summary>The office's name and references without a leading article, and the bare title they end with.</summary>
    private static List<string> TitlePhrases(OfficeEntry office, IReadOnlyList<string> titles)
    {
        var phrases = new[] { office.Name }.Concat(office.References ?? [])
            .Select(p => p.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? p[4..] : p)
            .ToList();
        var bareTitles = phrases
            .Select(p => titles.Where(t => t.Contains(' ', StringComparison.Ordinal) && p.EndsWith(t, StringComparison.OrdinalIgnoreCase)).MaxBy(t => t.Length))
            .OfType<string>()
            .ToList();
        return [.. phrases.Concat(bareTitles).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static WordSet Surnames(ActorEntry actor) =>
        new(new[] { actor.Name }.Concat(actor.AllAliases).Select(n => n[(n.LastIndexOf(' ') + 1)..]).Where(s => s.Length > 2));

    private sealed record Holding(ActorEntry Actor, RoleEntry Role, WordSet Surnames);
}
