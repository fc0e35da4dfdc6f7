using System.Globalization;
using Diplomacy.Core.Model;
using Diplomacy.Data.Entities;

namespace Diplomacy.Web.Infrastructure;

/// <summary>Dates as precise as the source made them: "2013", "Oct 2011", "7 May 2013".</summary>
public static class DateText
{
    public static string Format(DateOnly? date, DatePrecision? precision) => date is not { } day
        ? "undated"
        : (precision ?? DatePrecision.Day) switch
        {
            DatePrecision.Year => day.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Month => day.ToString("MMM yyyy", CultureInfo.InvariantCulture),
            _ => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        };

    /// <summary>ISO 8601 cut to the precision, for <c>&lt;time datetime&gt;</c> and exports.</summary>
    public static string? Iso(DateOnly? date, DatePrecision? precision) => StoredDate.ToPartial(date, precision)?.ToIso();

    /// <summary>A form field's value: YYYY-MM-DD.</summary>
    public static string Input(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Reads YYYY, YYYY-MM or YYYY-MM-DD; a partial date stands for its first day.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || !parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit)) || parts[0].Length != 4)
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (numbers[0] < 1 || (numbers.Length > 1 && numbers[1] is < 1 or > 12)
            || (numbers.Length > 2 && numbers[2] is var day && (day < 1 || day > DateTime.DaysInMonth(numbers[0], numbers[1]))))
        {
            return false;
        }

        date = numbers.Length switch
        {
            1 => new PartialDate(numbers[0]),
            2 => new PartialDate(numbers[0], numbers[1]),
            _ => new PartialDate(numbers[0], numbers[1], numbers[2]),
        };
        return true;
    }
}
