using Diplomacy.Core.Model;
using DiplomaticEvent = Diplomacy.Data.Entities.DiplomaticEvent;

namespace Diplomacy.Data.Import;

/// <summary>
/// An event reports are merged into, as the matching rules see it: its type and participants, the evidence keys of its
/// sources, its distinct date readings and the date they settle on. Kept in memory across articles by <see cref="EventDirectory"/>.
/// </summary>
internal sealed class MergedEvent
{
    private readonly List<EventReading> _readings;

    /// <summary>A stored event.</summary>
    public MergedEvent(int id, EventType type, string participantKey, PartialDate? date, bool hasDateConflict, IEnumerable<EventReading> readings)
    {
        Id = id;
        Type = type;
        ParticipantKey = participantKey;
        Date = date;
        HasDateConflict = hasDateConflict;
        _readings = [.. readings];
    }

    /// <summary>An event no article reported before: <paramref name="row"/> is inserted once its date is settled.</summary>
    public MergedEvent(DiplomaticEvent row)
        : this(0, row.Type, row.ParticipantKey, null, false, []) => Unsaved = row;

    /// <summary>0 while <see cref="Unsaved"/> is waiting to be inserted.</summary>
    public int Id { get; private set; }

    public EventType Type { get; }

    public string ParticipantKey { get; }

    public DiplomaticEvent? Unsaved { get; private set; }

    public PartialDate? Date { get; private set; }

    public bool HasDateConflict { get; private set; }

    /// <summary>The evidence keys of the event's sources.</summary>
    public HashSet<string> EvidenceKeys { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<EventReading> Readings => _readings;

    public bool Accepts(EventReport report) =>
        Type == report.Type
        && ParticipantKey == report.ParticipantKey
        && ((EvidenceKeys.Contains(report.EvidenceKey) && _readings.TrueForAll(r => EventMerger.DifferAtMostInTheYear(r.Date, report.Date)))
            || (_readings.Exists(r => EventMerger.SameMonth(r.Date, report.Date)) && _readings.TrueForAll(r => EventMerger.DatesAgree(r.Date, report.Date))));

    /// <summary>Takes in one more source; a date read before keeps one reading with the earliest publication and article.</summary>
    public void Add(EventReport report, DateOnly? published, int articleId)
    {
        EvidenceKeys.Add(report.EvidenceKey);
        if (report.Date is null)
        {
            return;
        }

        var index = _readings.FindIndex(r => r.Date == report.Date);
        if (index < 0)
        {
            _readings.Add(new EventReading(report.Date, published, articleId));
            return;
        }

        var known = _readings[index];
        _readings[index] = known with
        {
            FirstPublished = known.FirstPublished is { } first && (published is null || first <= published) ? first : published,
            FirstArticleId = Math.Min(known.FirstArticleId, articleId),
        };
    }

    /// <summary>Settles the date on the readings; true where the stored date or conflict flag must change.</summary>
    public bool Settle()
    {
        var (date, conflict) = EventMerger.Settle(_readings);
        var changed = date != Date || conflict != HasDateConflict;
        (Date, HasDateConflict) = (date, conflict);
        return changed;
    }

    public void Inserted(int id)
    {
        Id = id;
        Unsaved = null;
    }
}
