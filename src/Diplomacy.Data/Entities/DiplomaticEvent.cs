using Diplomacy.Core.Model;

namespace Diplomacy.Data.Entities;

/// <summary>
/// A real-world event, once, however many articles report it; each report is an <see cref="EventSource"/>
/// carrying that article's own reading of the date.
/// </summary>
public sealed class DiplomaticEvent
{
    public int Id { get; set; }

    public EventType Type { get; set; }

    public required string CameoCode { get; set; }

    public double Goldstein { get; set; }

    public EventStatus Status { get; set; }

    public required string Summary { get; set; }

    public string? Location { get; set; }

    /// <summary>The first day of the preferred reading of the date (see <see cref="DatePrecision"/>).</summary>
    public DateOnly? Date { get; set; }

    public DatePrecision? DatePrecision { get; set; }

    /// <summary>True where the sources' readings of the date disagree; each reading stays on its source.</summary>
    public bool HasDateConflict { get; set; }

    /// <summary>A hash of the sorted participant names: events are matched only within the same participants.</summary>
    public required string ParticipantKey { get; set; }

    public PartialDate? When => StoredDate.ToPartial(Date, DatePrecision);

    public ICollection<EventParticipant> Participants { get; } = new List<EventParticipant>();

    public ICollection<EventSource> Sources { get; } = new List<EventSource>();
}
