using Diplomacy.Core.Model;

namespace Diplomacy.Data.Entities;

/// <summary>
/// A <see cref="PartialDate"/> is stored as its first day plus its precision, so both engines can sort and
/// range-filter dates natively while a page can still print "October 2011" rather than "2011-10-01".
/// </summary>
public static class StoredDate
{
    public static PartialDate? ToPartial(DateOnly? firstDay, DatePrecision? precision) =>
        firstDay is { } day
            ? PartialDate.FromDate(day).WithPrecision(precision ?? Core.Model.DatePrecision.Day)
            : null;

    public static (DateOnly? FirstDay, DatePrecision? Precision) FromPartial(PartialDate? date) =>
        date is { } d ? (d.Earliest, d.Precision) : (null, null);
}
