namespace Diplomacy.Web.Pages.Timeline;

public sealed record FacetCount<T>(T Value, string Label, int Count);
