namespace Diplomacy.Web.Pages.Timeline;

public sealed record EntryActor(int Id, string Name, string? Country);
