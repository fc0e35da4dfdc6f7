using Diplomacy.Data;
using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Diplomacy.Web.Pages.Timeline;

[OutputCache(PolicyName = StoreCache.PolicyName)]
public sealed class IndexModel(DiplomacyDbContext db, TopicAxes axes, StoreCache cache) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public TimelineParameters Parameters { get; set; } = new();

    public TimelineFilter Filter { get; private set; } = TimelineFilter.None;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public TimelinePage Results { get; private set; } = new([], null);

    public TimelineFacets Facets { get; private set; } = new(0, [], [], [], []);

    public DateSpan? Span { get; private set; }

    public TopicAxes Axes => axes;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = TimelineFilter.Parse(Parameters, out var problems);
        Problems = problems;
        Span = await cache.GetOrComputeAsync(nameof(DateSpan), () => db.ReadDateSpanAsync(cancellationToken));
        Results = await db.ReadPageAsync(Filter, PageSize, cancellationToken);

        // Every page of one filter has the same counts, and counting scans the whole filtered set.
        Facets = await cache.GetOrComputeAsync((nameof(TimelineFacets), Filter with { After = null }), () => db.CountFacetsAsync(Filter, cancellationToken));
    }

    /// <summary>The address of this view with the filter changed (and paging restarted).</summary>
    public string Link(TimelineFilter filter) => "/" + (filter with { After = null }).ToQueryString();

    public string NextPageLink(TimelineCursor next) => "/" + (Filter with { After = next }).ToQueryString();

    public string ExportLink(string format)
    {
        var query = (Filter with { After = null }).ToQueryString();
        return "/api/events" + (query.Length == 0 ? "?" : query + "&") + "format=" + format + "&limit=" + Api.StoreApi.MaxLimit;
    }
}
