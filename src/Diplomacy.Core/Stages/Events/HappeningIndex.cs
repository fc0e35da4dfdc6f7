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
    /// <summary>Days within which two happenings of one type alluded to together may both be meant.</summary>
    private const int SameTypeReach = 90;

    private readonly IReadOnlyList<HappeningEntry> _happenings;
    private readonly PhraseMatcher<(int Happening, int Group)> _cues;

    public HappeningIndex(IReadOnlyList<HappeningEntry> happenings)
    {
        _happenings = happenings;
        _cues = new PhraseMatcher<(int, int)>(happenings.SelectMany((h, hi) =>
            h.Cues.SelectMany((group, gi) => group.Select(phrase => (phrase, (hi, gi))))));
    }

    /// <summary>
    /// The happenings the tokens allude to, not after <paramref name="notAfter"/>, nearest to <paramref name="near"/>
    /// first. Of several happenings of one type ("the G-20 summit") those far from the nearest one are not meant.
    /// </summary>
    public List<HappeningEntry> AlludedIn(IReadOnlyList<WordToken> tokens, DateOnly? notAfter, DateOnly? near)
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
            .Where(h => notAfter is null || h.Date <= notAfter)
            .OrderBy(h => near is { } day ? Math.Abs(h.Date.DayNumber - day.DayNumber) : -h.Date.DayNumber)
            .GroupBy(h => h.Type)
            .SelectMany(sameType => sameType.Where(h => Math.Abs(h.Date.DayNumber - sameType.First().Date.DayNumber) <= SameTypeReach))];
    }
}
