using Diplomacy.Core.Model;

namespace Diplomacy.Web.Pages.Timeline;

/// <summary>How many entries each choice of a filter would show, the other filters kept.</summary>
/// <param name="Total">Entries matching every filter.</param>
public sealed record TimelineFacets(
    int Total,
    IReadOnlyList<FacetCount<Side>> Sides,
    IReadOnlyList<FacetCount<Topic>> Topics,
    IReadOnlyList<FacetCount<EventType>> Types,
    IReadOnlyList<FacetCount<int>> Actors);
