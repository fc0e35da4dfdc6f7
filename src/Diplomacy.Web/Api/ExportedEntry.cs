using Diplomacy.Web.Pages.Timeline;

namespace Diplomacy.Web.Api;

/// <summary>A timeline entry as exported: an event or a side's position, with every source and the quotes in its sentences.</summary>
/// <param name="Permalink">The timeline on the entry's date, scrolled to the entry.</param>
public sealed record ExportedEntry(
    string Kind,
    int Id,
    string Date,
    string Precision,
    string Side,
    string Text,
    string? EventType,
    string? Status,
    string? Location,
    string? Topic,
    int Polarity,
    string? Stance,
    string? Holder,
    bool IsAnalysis,
    bool HasDateConflict,
    IReadOnlyList<EntryActor> Actors,
    IReadOnlyList<ExportedSource> Sources,
    IReadOnlyList<ExportedQuote> Quotes,
    string Permalink);
