using Diplomacy.Data;
using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Web.Pages.Quotes;

[OutputCache(PolicyName = StoreCache.PolicyName)]
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public QuoteParameters Parameters { get; set; } = new();

    public QuoteFilter Filter { get; private set; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<QuoteResult> Quotes { get; private set; } = [];

    public IReadOnlyList<SpeakerOption> Speakers { get; private set; } = [];

    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = QuoteFilter.Parse(Parameters, out var problems);
        Problems = problems;
        var page = await db.ReadPageAsync(Filter, PageSize + 1, cancellationToken);
        HasNextPage = page.Count > PageSize;
        Quotes = [.. page.Take(PageSize)];
        Speakers = await db.Actors.AsNoTracking()
            .Where(a => db.Quotes.Any(q => q.SpeakerId == a.Id))
            .OrderBy(a => a.Name)
            .Select(a => new SpeakerOption(a.Id, a.Name))
            .ToListAsync(cancellationToken);
    }

    public string Link(QuoteFilter filter) => "/Quotes" + filter.ToQueryString();

    public sealed record SpeakerOption(int Id, string Name);
}
