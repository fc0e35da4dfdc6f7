using Diplomacy.Data;
using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Diplomacy.Web.Pages.Timeline;

[OutputCache(PolicyName = StoreOutputCache.PolicyName)]
public sealed class IndexModel(DiplomacyDbContext db, TopicAxes axes) : PageModel
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
        Span = await db.ReadDateSpanAsync(cancellationToken);
        Results = await db.ReadPageAsync(Filter, PageSize, cancellationToken);
        Facets = await db.CountFacetsAsync(Filter, cancellationToken);
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
