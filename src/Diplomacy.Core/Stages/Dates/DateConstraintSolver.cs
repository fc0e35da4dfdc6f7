namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// Finds the days consistent with the heaviest set of evidence. Every constraint is a union of day windows, so
/// the total weight a day satisfies only changes at window edges: a sweep over the sorted edges scores every
/// stretch of days in O(n log n). Where stretches tie, the earliest one with a lower bound wins, because an
/// article is written soon after the latest thing it reports; a stretch holding a preferred day (the weekday the
/// story reports, where a wire dateline gives the day but not the year) wins over earlier ones.
/// </summary>
internal static class DateConstraintSolver
{
    private const double Tolerance = 1e-6;

    /// <param name="isPreferred">Breaks ties between equally supported stretches; null prefers none.</param>
    public static DateSolution? Solve(IReadOnlyList<DateConstraint> constraints, Func<DateOnly, bool>? isPreferred = null)
    {
        var fixedYears = constraints
            .Where(c => c.Yearly is null)
            .SelectMany(c => c.Windows)
            .SelectMany(w => new[] { w.From, w.To })
            .Where(d => d > DateWindow.Floor && d < DateWindow.Ceiling)
            .Select(d => d.Year)
            .ToList();
        if (fixedYears.Count == 0)
        {
            return null;
        }

        var firstYear = fixedYears.Min() - 1;
        var lastYear = fixedYears.Max() + 1;
        var edges = new List<(DateOnly Day, double Change)>();
        foreach (var constraint in constraints)
        {
            foreach (var window in Merge(Unroll(constraint, firstYear, lastYear)))
            {
                edges.Add((window.From, constraint.Weight));
                if (window.To < DateWindow.Ceiling)
                {
                    edges.Add((window.To.AddDays(1), -constraint.Weight));
                }
            }
        }

        if (edges.Count == 0)
        {
            return null;
        }

        edges.Sort((a, b) => a.Day.CompareTo(b.Day));
        var stretches = new List<(DateWindow Window, double Score)>();
        var score = 0.0;
        var start = DateWindow.Floor;
        var e = 0;
        while (e < edges.Count)
        {
            var day = edges[e].Day;
            if (day > start)
            {
                stretches.Add((new DateWindow(start, day.AddDays(-1)), score));
                start = day;
            }

            while (e < edges.Count && edges[e].Day == day)
            {
                score += edges[e].Change;
                e++;
            }
        }

        stretches.Add((new DateWindow(start, DateWindow.Ceiling), score));
        var best = stretches.Max(s => s.Score);
        if (best <= Tolerance)
        {
            return null;
        }

        var chosen = ChooseRun(stretches, best, isPreferred ?? (_ => false));
        var satisfied = constraints.Where(c => c.Allows(chosen.From)).ToList();
        var total = constraints.Sum(c => c.Weight);
        return new DateSolution(chosen, satisfied, total > 0 ? best / total : 0);
    }

    /// <summary>
    /// The earliest run of best-scoring stretches that has a lower bound and holds a preferred day; failing that, the
    /// earliest with a lower bound; failing that, the first run.
    /// </summary>
    private static DateWindow ChooseRun(List<(DateWindow Window, double Score)> stretches, double best, Func<DateOnly, bool> isPreferred)
    {
        var runs = new List<DateWindow>();
        var i = 0;
        while (i < stretches.Count)
        {
            if (Math.Abs(stretches[i].Score - best) > Tolerance)
            {
                i++;
                continue;
            }

            var from = stretches[i].Window.From;
            var to = stretches[i].Window.To;
            while (i + 1 < stretches.Count && Math.Abs(stretches[i + 1].Score - best) <= Tolerance)
            {
                i++;
                to = stretches[i].Window.To;
            }

            runs.Add(new DateWindow(from, to));
            i++;
        }

        var bounded = runs.Where(run => !run.IsOpenBelow).ToList();
        var preferred = bounded.FindIndex(run => HoldsPreferredDay(run, isPreferred));
        return preferred >= 0 ? bounded[preferred]
            : bounded.Count > 0 ? bounded[0]
            : runs[0];
    }

    /// <summary>Whether a day of the run's first week is preferred (a week holds every weekday).</summary>
    private static bool HoldsPreferredDay(DateWindow run, Func<DateOnly, bool> isPreferred)
    {
        for (var day = run.From; day <= run.To && day.DayNumber - run.From.DayNumber < 7; day = day.AddDays(1))
        {
            if (isPreferred(day))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<DateWindow> Unroll(DateConstraint constraint, int firstYear, int lastYear) =>
        constraint.Yearly is { } yearly
            ? Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(yearly.In)
            : constraint.Windows;

    /// <summary>Clips windows to the floor and ceiling and unites overlapping ones, so one constraint counts once per day.</summary>
    private static List<DateWindow> Merge(IEnumerable<DateWindow> windows)
    {
        var sorted = windows
            .Select(w => new DateWindow(w.From < DateWindow.Floor ? DateWindow.Floor : w.From, w.To > DateWindow.Ceiling ? DateWindow.Ceiling : w.To))
            .Where(w => w.From <= w.To)
            .OrderBy(w => w.From)
            .ToList();
        var merged = new List<DateWindow>();
        foreach (var window in sorted)
        {
            if (merged.Count > 0 && window.From.DayNumber <= merged[^1].To.DayNumber + 1)
            {
                var last = merged[^1];
                merged[^1] = new DateWindow(last.From, window.To > last.To ? window.To : last.To);
            }
            else
            {
                merged.Add(window);
            }
        }

        return merged;
    }
}
