namespace Diplomacy.Core.Stages.Dates;

/// <summary>
/// A range of days that recurs every year: "In May this year" in past tense allows May to December of any year;
/// a wire dateline "May 7" allows 7 May of any year. The solver unrolls it over the years the other evidence spans.
/// </summary>
internal readonly record struct YearlyWindow(int FromMonth, int FromDay, int ToMonth, int ToDay)
{
    public DateWindow In(int year) => new(
        new DateOnly(year, FromMonth, Math.Min(FromDay, DateTime.DaysInMonth(year, FromMonth))),
        new DateOnly(year, ToMonth, Math.Min(ToDay, DateTime.DaysInMonth(year, ToMonth))));
}
