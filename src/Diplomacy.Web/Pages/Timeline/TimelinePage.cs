namespace Diplomacy.Web.Pages.Timeline;

/// <param name="Next">Where the next page starts, or null on the last page.</param>
public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, TimelineCursor? Next);
