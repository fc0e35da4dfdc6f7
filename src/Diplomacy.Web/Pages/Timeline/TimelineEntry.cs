using Diplomacy.Core.Model;

namespace Diplomacy.Web.Pages.Timeline;

/// <summary>An event, or a side's position, on the timeline.</summary>
/// <param name="Lane">The side whose lane the entry sits in; an event among neither side's actors sits in the middle.</param>
/// <param name="Text">The event's summary or the position's stance.</param>
public sealed record TimelineEntry(
    EntryKind Kind,
    int Id,
    DateOnly Date,
    DatePrecision Precision,
    Side Lane,
    string Text,
    EventType? EventType,
    EventStatus? Status,
    string? Location,
    Topic? Topic,
    int Polarity,
    string? Holder,
    bool IsAnalysis,
    bool HasDateConflict,
    IReadOnlyList<EntryActor> Actors,
    IReadOnlyList<EntrySource> Sources,
    IReadOnlyList<EntryQuote> Quotes)
{
    public string Anchor => (Kind == EntryKind.Event ? "event-" : "position-") + Id;

    public TimelineCursor Cursor => new(Date, Kind, Id);
}
