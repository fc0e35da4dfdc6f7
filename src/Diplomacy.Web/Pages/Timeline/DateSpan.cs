namespace Diplomacy.Web.Pages.Timeline;

/// <summary>The first and last dates the store has entries for.</summary>
public sealed record DateSpan(DateOnly First, DateOnly Last);
