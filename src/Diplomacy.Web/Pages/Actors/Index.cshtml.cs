using Diplomacy.Data;
using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Diplomacy.Web.Pages.Actors;

[OutputCache(PolicyName = StoreCache.PolicyName)]
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public ActorParameters Parameters { get; set; } = new();

    public ActorFilter Filter { get; private set; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<ActorSummary> Actors { get; private set; } = [];

    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = ActorFilter.Parse(Parameters, out var problems);
        Problems = problems;
        var page = await db.ReadPageAsync(Filter, PageSize + 1, cancellationToken);
        HasNextPage = page.Count > PageSize;
        Actors = [.. page.Take(PageSize)];
    }

    public string Link(ActorFilter filter) => "/Actors" + filter.ToQueryString();
}
