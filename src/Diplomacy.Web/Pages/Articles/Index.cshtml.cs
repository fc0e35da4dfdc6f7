using System.Globalization;
using Diplomacy.Core.Model;
using Diplomacy.Data;
using Diplomacy.Data.Search;
using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Web.Pages.Articles;

[OutputCache(PolicyName = StoreCache.PolicyName)]
public sealed class IndexModel(DiplomacyDbContext db) : PageModel
{
    public const int PageSize = 25;

    /// <summary>Words to find in the title or text (stemmed full-text search, best match first).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <remarks>Read from the query only: Razor Pages keeps its own route value named "page".</remarks>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ArticleRow> Articles { get; private set; } = [];

    public bool HasNextPage { get; private set; }

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        Q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        var skip = (PageNumber - 1) * PageSize;
        IQueryable<int> ids;
        if (Q is { } query)
        {
            var matches = db.Search(query);
            Total = await matches.CountAsync(cancellationToken);
            ids = matches.Select(m => m.Item.Id);
        }
        else
        {
            Total = await db.Articles.CountAsync(cancellationToken);
            ids = db.Articles.OrderByDescending(a => a.Published).ThenByDescending(a => a.Id).Select(a => a.Id);
        }

        var pageIds = await ids.Skip(skip).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasNextPage = pageIds.Count > PageSize;
        pageIds = [.. pageIds.Take(PageSize)];
        var rows = await db.Articles.AsNoTracking().Where(a => pageIds.Contains(a.Id))
            .Select(a => new ArticleRow(
                a.Id, a.Title, a.SourceName, a.FileName, a.Published, a.PublishedPrecision,
                a.QuoteSources.Count, a.EventSources.Count, a.Positions.Count))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        Articles = [.. pageIds.Where(rows.ContainsKey).Select(id => rows[id])];
    }

    public string Link(int page)
    {
        var query = new QueryBuilder();
        if (Q is { } q)
        {
            query.Add("q", q);
        }

        if (page > 1)
        {
            query.Add("page", page.ToString(CultureInfo.InvariantCulture));
        }

        return "/Articles" + query.ToQueryString();
    }

    public sealed record ArticleRow(
        int Id, string? Title, string? SourceName, string FileName, DateOnly? Published, DatePrecision? Precision, int Quotes, int Events, int Positions);
}
