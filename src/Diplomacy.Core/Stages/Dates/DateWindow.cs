namespace Diplomacy.Core.Stages.Dates;

/// <summary>An inclusive range of days.</summary>
internal readonly record struct DateWindow(DateOnly From, DateOnly To)
{
    /// <summary>Stand-ins for "no bound": no article of interest is older or newer.</summary>
    public static readonly DateOnly Floor = new(1900, 1, 1);

    public static readonly DateOnly Ceiling = new(2100, 12, 31);

    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool IsOpenBelow => From <= Floor;

    public bool IsOpenAbove => To >= Ceiling;

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public static DateWindow NotBefore(DateOnly day) => new(day, Ceiling);

    public static DateWindow NotAfter(DateOnly day) => new(Floor, day);

    public DateWindow? Intersect(DateWindow other)
    {
        var from = From > other.From ? From : other.From;
        var to = To < other.To ? To : other.To;
        return from <= to ? new DateWindow(from, to) : null;
    }
}
