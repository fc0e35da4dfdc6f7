namespace Diplomacy.Web.Pages.Timeline;

/// <summary>What a timeline entry is; on a shared date, events come before positions.</summary>
public enum EntryKind
{
    Event,
    Position,
}
