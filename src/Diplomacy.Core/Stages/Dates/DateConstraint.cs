using Diplomacy.Core.Model;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// One piece of evidence about the publication date: the article falls in one of <see cref="Windows"/>
/// (or, for a recurring constraint, in <see cref="Yearly"/> of some year). <see cref="Weight"/> says how far
/// it is trusted when pieces of evidence disagree.
/// </summary>
internal sealed record DateConstraint(IReadOnlyList<DateWindow> Windows, double Weight, DateEvidence Evidence)
{
    public YearlyWindow? Yearly { get; init; }

    /// <summary>A dateline's own date: the day the article is pinned to.</summary>
    public bool IsPin { get; init; }

    public static DateConstraint Recurring(YearlyWindow yearly, double weight, DateEvidence evidence) => new([], weight, evidence) { Yearly = yearly };

    public bool Allows(DateOnly day) =>
        Yearly is { } yearly ? yearly.In(day.Year).Contains(day) : Windows.Any(w => w.Contains(day));
}
