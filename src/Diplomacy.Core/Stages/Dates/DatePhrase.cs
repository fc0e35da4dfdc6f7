using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// A date phrase as found, before it is resolved against the publication date. Which fields are set depends on
/// <see cref="Kind"/>: a calendar phrase has a month and/or year (and maybe a day); a relative phrase has a unit and an offset.
/// </summary>
internal sealed record DatePhrase(TextSpan Span, DatePhraseKind Kind)
{
    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public DayOfWeek? Weekday { get; init; }

    public IReadOnlyList<int>? SeasonMonths { get; init; }

    /// <summary>For relative phrases, units from the time of writing ("last week": −1).</summary>
    public TimeUnit Unit { get; init; }

    public int Offset { get; init; }

    /// <summary>"last"/"this"/"next" before a month, weekday or season (−1, 0, +1).</summary>
    public int? Qualifier { get; init; }

    /// <summary>"this year"/"last year" after a month ("in May this year": 0).</summary>
    public int? YearOffset { get; init; }

    public TimeDirection Direction { get; init; }

    /// <summary>True for time counted back from the writing ("two years ago"), not a calendar period ("last year").</summary>
    public bool IsElapsed { get; init; }

    /// <summary>The explicit date, where the phrase carries its year.</summary>
    public PartialDate? Explicit => Kind == DatePhraseKind.Calendar && Year is { } year ? new PartialDate(year, Month, Month is null ? null : Day) : null;

    /// <summary>True for "today", "this week", "tonight": the writer's own day or week.</summary>
    public bool IsPresent => Kind == DatePhraseKind.Relative && Offset == 0 && Direction == TimeDirection.None && Unit is TimeUnit.Day or TimeUnit.Week;

    /// <summary>A month without a year or a qualifier ("in October", "by August"): the nearest such month, before or after.</summary>
    public bool IsBareMonth => Kind == DatePhraseKind.Calendar && Year is null && Month is not null && Qualifier is null && YearOffset is null;
}
