using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Coding;

namespace Diplomacy.Core.Stages.Events;

/// <summary>
/// Finds the known happenings (happenings.json) a sentence alludes to: a sentence alludes to one when it
/// holds a phrase of every one of its cue groups. All cue phrases share one matcher, so a sentence is scanned once;
/// one happening's cue may overlap another's ("Security Council resolution", "Resolution 2254"), so every match counts.
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
    /// first. An allusion needs a word that is not an actor's name (names alone, "Putin … Turkey", allude to
    /// nothing in particular). Two happenings of one type found by the same words ("the G-20 summit") and far
    /// apart in time are one allusion: only the nearer is meant.
    /// </summary>
    /// <param name="isName">Whether a token belongs to an actor's name.</param>
    public List<HappeningEntry> AlludedIn(IReadOnlyList<WordToken> tokens, DateOnly? notAfter, DateOnly? near, Func<int, bool> isName)
    {
        if (_happenings.Count == 0)
        {
            return [];
        }

        ArgumentNullException.ThrowIfNull(isName);
        Dictionary<int, (HashSet<int> Groups, HashSet<int> Tokens, bool Specific)>? seen = null;
        foreach (var match in _cues.FindEvery(tokens))
        {
            var specific = !Enumerable.Range(match.Start, match.End - match.Start).All(isName);
            foreach (var (happening, group) in match.Values)
            {
                seen ??= [];
                if (!seen.TryGetValue(happening, out var found))
                {
                    found = ([], [], false);
                }

                found.Groups.Add(group);
                found.Tokens.Add(match.Start);
                seen[happening] = found with { Specific = found.Specific || specific };
            }
        }

        if (seen is null)
        {
            return [];
        }

        var candidates = seen
            .Where(pair => pair.Value.Specific && pair.Value.Groups.Count == _happenings[pair.Key].Cues.Count
                && (notAfter is null || _happenings[pair.Key].Date <= notAfter))
            .OrderBy(pair => near is { } day ? Math.Abs(_happenings[pair.Key].Date.DayNumber - day.DayNumber) : -_happenings[pair.Key].Date.DayNumber)
            .ToList();
        var kept = new List<(HappeningEntry Happening, HashSet<int> Tokens)>();
        foreach (var (index, found) in candidates)
        {
            var happening = _happenings[index];
            if (!kept.Exists(k => k.Happening.Type == happening.Type && k.Tokens.Overlaps(found.Tokens)
                && Math.Abs(k.Happening.Date.DayNumber - happening.Date.DayNumber) > SameTypeReach))
            {
                kept.Add((happening, found.Tokens));
            }
        }

        return [.. kept.Select(k => k.Happening)];
    }
}
