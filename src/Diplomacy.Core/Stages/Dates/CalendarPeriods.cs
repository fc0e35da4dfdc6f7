namespace Diplomacy.Core.Stages.Dates;

/// <summary>Calendar arithmetic by unit: the day, Monday-to-Sunday week, month or year that holds a day.</summary>
internal static class CalendarPeriods
{
    public static DateOnly StartOf(TimeUnit unit, DateOnly day) => unit switch
    {
        TimeUnit.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimeUnit.Month => new DateOnly(day.Year, day.Month, 1),
        TimeUnit.Year => new DateOnly(day.Year, 1, 1),
        _ => day,
    };

    public static DateOnly EndOf(TimeUnit unit, DateOnly day) => unit switch
    {
        TimeUnit.Week => StartOf(TimeUnit.Week, day).AddDays(6),
        TimeUnit.Month => new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)),
        TimeUnit.Year => new DateOnly(day.Year, 12, 31),
        _ => day,
    };

    public static DateOnly Shift(TimeUnit unit, DateOnly day, int count) => unit switch
    {
        TimeUnit.Week => day.AddDays(7 * count),
        TimeUnit.Month => day.AddMonths(count),
        TimeUnit.Year => day.AddYears(count),
        _ => day.AddDays(count),
    };

    /// <summary>
    /// The days an article can be written on when it places something in the period <paramref name="offset"/> units
    /// from its own ("last week": −1) and that something happened from <paramref name="first"/> to <paramref name="last"/>.
    /// </summary>
    public static DateWindow WritingWindow(TimeUnit unit, int offset, DateOnly first, DateOnly last) =>
        new(StartOf(unit, Shift(unit, first, -offset)), EndOf(unit, Shift(unit, last, -offset)));

    /// <summary>How loosely "N units ago" is meant, in days: "a year ago" may be a season off, "a week ago" a few days.</summary>
    public static int Slack(TimeUnit unit) => unit switch
    {
        TimeUnit.Year => 90,
        TimeUnit.Month => 15,
        TimeUnit.Week => 3,
        _ => 0,
    };
}
