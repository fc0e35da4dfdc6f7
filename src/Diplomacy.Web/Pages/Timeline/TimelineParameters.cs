namespace Diplomacy.Web.Pages.Timeline;

/// <summary>
/// The timeline's query string as typed: every view is a permalink. Bound by the page and by the API alike,
/// then read by <see cref="TimelineFilter.Parse"/>.
/// </summary>
public sealed class TimelineParameters
{
    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD: entries from its first day.</summary>
    public string? From { get; set; }

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD: entries up to its last day.</summary>
    public string? To { get; set; }

    /// <summary>A topic such as <c>chemical_weapons</c>: positions on it and events coded from the same sentence as one.</summary>
    public string? Topic { get; set; }

    /// <summary><c>us</c>, <c>russia</c> or <c>both</c>: the lane.</summary>
    public string? Side { get; set; }

    /// <summary>An actor's id.</summary>
    public string? Actor { get; set; }

    /// <summary>An event type such as <c>veto</c>: events only, since positions have no type.</summary>
    public string? Type { get; set; }

    /// <summary>Words that must all appear in the entry.</summary>
    public string? Q { get; set; }

    /// <summary>The cursor of the previous page's last entry.</summary>
    public string? After { get; set; }
}
