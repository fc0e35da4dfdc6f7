using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Coding;

namespace Diplomacy.Core.Stages.Events;

/// <summary>
/// Finds the known happenings (happenings.json) a sentence alludes to: a sentence alludes to one when it
/// holds a phrase of every one of its cue groups. All cue phrases share one matcher, so a sentence is scanned once.
/// </summary>
internal sealed class HappeningIndex
{
    private readonly IReadOnlyList<HappeningEntry> _happenings;
    private readonly PhraseMatcher<(int Happening, int Group)> _cues;

    public HappeningIndex(IReadOnlyList<HappeningEntry> happenings)
    {
        _happenings = happenings;
        _cues = new PhraseMatcher<(int, int)>(happenings.SelectMany((h, hi) =>
            h.Cues.SelectMany((group, gi) => group.Select(phrase => (phrase, (hi, gi))))));
    }

    /// <summary>
    /// The happenings the tokens allude to that fit the sentence's own date where it has one, else those not
    /// after <paramref name="notAfter"/> (an article reports the past); latest first.
    /// </summary>
    public List<HappeningEntry> AlludedIn(IReadOnlyList<WordToken> tokens, PartialDate? sentenceDate, DateOnly? notAfter)
    {
        if (_happenings.Count == 0)
        {
            return [];
        }

        Dictionary<int, HashSet<int>>? groupsSeen = null;
        foreach (var match in _cues.FindAll(tokens))
        {
            foreach (var (happening, group) in match.Values)
            {
                groupsSeen ??= [];
                if (!groupsSeen.TryGetValue(happening, out var groups))
                {
                    groups = [];
                    groupsSeen.Add(happening, groups);
                }

                groups.Add(group);
            }
        }

        if (groupsSeen is null)
        {
            return [];
        }

        return [.. groupsSeen
            .Where(pair => pair.Value.Count == _happenings[pair.Key].Cues.Count)
            .Select(pair => _happenings[pair.Key])
            .Where(h => sentenceDate is { } date ? h.Date >= date.Earliest && h.Date <= date.Latest : notAfter is null || h.Date <= notAfter)
            .OrderByDescending(h => h.Date)];
    }
}
