using System.Globalization;
using Diplomacy.Core.Model;

namespace Diplomacy.Core.Analysis;

/// <summary>A calendar quarter, e.g. 2013-Q2.</summary>
public readonly record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    /// <summary>The quarter of a date known at least to the month; null for a date known only to the year.</summary>
    public static Quarter? Of(PartialDate date) => date.Month is { } month ? new Quarter(date.Year, ((month - 1) / 3) + 1) : null;

    public int CompareTo(Quarter other) => Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}");
}
