namespace Diplomacy.Web.Pages.Timeline;

/// <summary>A facet's choices as links, each with its count; <paramref name="ClearLink"/> drops the facet.</summary>
public sealed record FacetListModel(string Heading, IReadOnlyList<(string Label, int Count, string Link, bool Selected)> Choices, string ClearLink);
