using Diplomacy.Core.Model;
using Diplomacy.Data.Entities;

namespace Diplomacy.Web.Pages.Timeline;

public static class TimelineLinks
{
    /// <summary>The timeline narrowed to an entry's date (at its precision), scrolled to the entry.</summary>
    public static string ForEntry(EntryKind kind, int id, DateOnly? date, DatePrecision? precision)
    {
        var anchor = (kind == EntryKind.Event ? "#event-" : "#position-") + id;
        var partial = StoredDate.ToPartial(date, precision);
        return "/" + new TimelineFilter(From: partial, To: partial).ToQueryString() + anchor;
    }
}
