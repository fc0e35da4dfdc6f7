using Diplomacy.Core.Model;
using DiplomaticEvent = Diplomacy.Data.Entities.DiplomaticEvent;

namespace Diplomacy.Data.Import;

/// <summary>An event an article's reports are being merged into: the row, and what the matching rules need to know of its sources.</summary>
internal sealed class MergedEvent(DiplomaticEvent stored, IEnumerable<EventReading> readings)
{
    public DiplomaticEvent Event { get; } = stored;

    /// <summary>Evidence keys known to be among the event's sources (those this article added, and those a query found).</summary>
    public HashSet<string> EvidenceKeys { get; } = new(StringComparer.Ordinal);

    public List<EventReading> Readings { get; } = [.. readings];

    public bool Accepts(EventReport report) =>
        Event.Type == report.Type
        && Event.ParticipantKey == report.ParticipantKey
        && (EvidenceKeys.Contains(report.EvidenceKey)
            || (Readings.Exists(r => EventMerger.SameMonth(r.Date, report.Date)) && Readings.TrueForAll(r => EventMerger.DatesAgree(r.Date, report.Date))));

    public void Add(EventReport report, DateOnly? published, int articleId)
    {
        EvidenceKeys.Add(report.EvidenceKey);
        if (report.Date is not null)
        {
            Readings.Add(new EventReading(report.Date, published, articleId));
        }
    }

    /// <summary>Sets the event's date to the reading of the earliest-published source and flags readings that disagree.</summary>
    public void Settle()
    {
        var preferred = Readings
            .OrderBy(r => r.FirstPublished ?? DateOnly.MaxValue)
            .ThenByDescending(r => r.Date?.Precision)
            .ThenBy(r => r.FirstArticleId)
            .FirstOrDefault();
        (Event.Date, Event.DatePrecision) = Entities.StoredDate.FromPartial(preferred?.Date);
        var dates = Readings.Select(r => r.Date).Distinct().ToList();
        Event.HasDateConflict = dates.Exists(a => dates.Exists(b => !EventMerger.DatesAgree(a, b)));
    }
}
