using System.Buffers;
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

    /// <summary>Cue groups a happening may have (one bit each).</summary>
    private const int MaxGroups = 64;

    private readonly IReadOnlyList<HappeningEntry> _happenings;
    private readonly PhraseMatcher<(int Happening, int Group)> _cues;

    public HappeningIndex(IReadOnlyList<HappeningEntry> happenings)
    {
        _happenings = happenings;
        Phrases = [.. happenings.SelectMany(h => h.Cues.SelectMany(group => group))];
        _cues = new PhraseMatcher<(int, int)>(happenings.SelectMany((h, hi) =>
            h.Cues.SelectMany((group, gi) => group.Select(phrase => (phrase, (hi, gi))))));
    }

    /// <summary>Every cue phrase, for the coder's <see cref="WordTable"/>.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>
    /// The happenings the tokens allude to, not after <paramref name="notAfter"/>, nearest to <paramref name="near"/>
    /// first. An allusion needs a word that is not an actor's name (names alone, "Putin … Turkey", allude to
    /// nothing in particular). Two happenings of one type found by the same words ("the G-20 summit") and far
    /// apart in time are one allusion: only the nearer is meant.
    /// </summary>
    /// <param name="isName">Whether a token belongs to an actor's name.</param>
    public List<HappeningEntry> AlludedIn(IReadOnlyList<WordToken> tokens, DateOnly? notAfter, DateOnly? near, Func<int, bool> isName)
    {
        ArgumentNullException.ThrowIfNull(isName);
        var matches = _cues.FindEvery(tokens);
        if (matches.Count == 0)
        {
            return [];
        }

        // Most words cue many happenings ("Russia"): count cue groups in a pooled array, and look closer only at the complete ones.
        var groupsSeen = ArrayPool<ulong>.Shared.Rent(_happenings.Count);

        // A rented array holds whatever its last user left in it: start from zeros, or the counts are someone else's.
        Array.Clear(groupsSeen, 0, _happenings.Count);
        var touched = new List<int>();
        try
        {
            foreach (var match in matches)
            {
                foreach (var (happening, group) in match.Values)
                {
                    if (groupsSeen[happening] == 0)
                    {
                        touched.Add(happening);
                    }

                    groupsSeen[happening] |= 1UL << Math.Min(group, MaxGroups - 1);
                }
            }

            var candidates = new List<Allusion>();
            foreach (var index in touched)
            {
                var happening = _happenings[index];
                if (ulong.PopCount(groupsSeen[index]) == (ulong)Math.Min(happening.Cues.Count, MaxGroups) && (notAfter is null || happening.Date <= notAfter))
                {
                    candidates.Add(Allusion.Of(index, happening, matches, isName));
                }
            }

            candidates.RemoveAll(c => !c.Specific);
            candidates.Sort((a, b) => Distance(a.Happening, near).CompareTo(Distance(b.Happening, near)));
            var kept = new List<Allusion>();
            foreach (var candidate in candidates)
            {
                if (!kept.Exists(k => k.Happening.Type == candidate.Happening.Type && k.Starts.Overlaps(candidate.Starts)
                    && Math.Abs(k.Happening.Date.DayNumber - candidate.Happening.Date.DayNumber) > SameTypeReach))
                {
                    kept.Add(candidate);
                }
            }

            return kept.ConvertAll(k => k.Happening);
        }
        finally
        {
            foreach (var index in touched)
            {
                groupsSeen[index] = 0;
            }

            ArrayPool<ulong>.Shared.Return(groupsSeen);
        }
    }

    /// <summary>Days from the reference date; without one, the latest happening first.</summary>
    private static int Distance(HappeningEntry happening, DateOnly? near) =>
        near is { } day ? Math.Abs(happening.Date.DayNumber - day.DayNumber) : -happening.Date.DayNumber;

    /// <summary>What one sentence holds of one happening's cues: where they start, and whether one is more than a name.</summary>
    private sealed record Allusion(HappeningEntry Happening, HashSet<int> Starts, bool Specific)
    {
        public static Allusion Of(int index, HappeningEntry happening, List<PhraseMatch<(int Happening, int Group)>> matches, Func<int, bool> isName)
        {
            var starts = new HashSet<int>();
            var specific = false;
            foreach (var match in matches)
            {
                if (!match.Values.Any(v => v.Happening == index))
                {
                    continue;
                }

                starts.Add(match.Start);
                for (var i = match.Start; i < match.End && !specific; i++)
                {
                    specific = !isName(i);
                }
            }

            return new Allusion(happening, starts, specific);
        }
    }
}
