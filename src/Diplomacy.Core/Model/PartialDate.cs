using System.Globalization;

namespace Diplomacy.Core.Model;

/// <summary>A calendar date known to a year, a month or a day.</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The first day the date can stand for.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can stand for.</summary>
    public DateOnly Latest => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : Month is not null
            ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
            : new DateOnly(Year, 12, 31);

    public PartialDate WithPrecision(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new PartialDate(Year),
        DatePrecision.Month => new PartialDate(Year, Month),
        _ => this,
    };

    /// <summary>ISO 8601 cut to the precision: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public static PartialDate Parse(string iso)
    {
        ArgumentNullException.ThrowIfNull(iso);
        var parts = iso.Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        return new PartialDate(year, month, day);
    }

    public int CompareTo(PartialDate other) => Earliest.CompareTo(other.Earliest);

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => ToIso();
}
