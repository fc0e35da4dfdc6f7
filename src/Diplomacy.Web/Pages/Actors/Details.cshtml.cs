using Diplomacy.Core.Model;
using Diplomacy.Data;
using Diplomacy.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Web.Pages.Actors;

/// <summary>One actor: offices over time, the names the articles use, and what they said and held, by date.</summary>
[OutputCache(PolicyName = StoreCache.PolicyName)]
public sealed class DetailsModel(DiplomacyDbContext db) : PageModel
{
    public const int MaxItems = 200;

    public ActorView Actor { get; private set; } = null!;

    public IReadOnlyList<RoleItem> Roles { get; private set; } = [];

    public IReadOnlyList<StatedRole> StatedRoles { get; private set; } = [];

    public IReadOnlyList<string> Aliases { get; private set; } = [];

    public IReadOnlyList<QuoteItem> Quotes { get; private set; } = [];

    public IReadOnlyList<PositionItem> Positions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ActorView(a.Id, a.Name, a.Type, a.Country, a.IsKnown, a.IsAnalyst, db.ArticleActors.Count(x => x.ActorId == a.Id)))
            .SingleOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            return NotFound();
        }

        Actor = actor;
        Roles = await db.ActorRoles.AsNoTracking().Where(r => r.ActorId == id).OrderBy(r => r.From)
            .Select(r => new RoleItem(r.Title, r.From, r.To))
            .ToListAsync(cancellationToken);
        StatedRoles = (await db.ArticleActors.AsNoTracking().Where(a => a.ActorId == id && a.Role != null)
                .Select(a => new { Role = a.Role!, a.Article!.Published })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.Role, StringComparer.Ordinal)
            .Select(g => new StatedRole(g.Key, g.Min(a => a.Published), g.Max(a => a.Published), g.Count()))
            .OrderBy(r => r.First)
            .ToList();
        Aliases = await db.ActorAliases.AsNoTracking().Where(a => a.ActorId == id).OrderBy(a => a.Alias).Select(a => a.Alias)
            .ToListAsync(cancellationToken);
        Quotes = await db.QuoteSources.AsNoTracking().Where(s => s.Quote!.SpeakerId == id)
            .OrderBy(s => s.Article!.Published).ThenBy(s => s.Id)
            .Take(MaxItems)
            .Select(s => new QuoteItem(s.Id, s.QuoteId, s.Quote!.Text, s.ArticleId, s.Article!.Title, s.Article.Published, s.Article.PublishedPrecision))
            .ToListAsync(cancellationToken);
        Positions = await db.Positions.AsNoTracking().Where(p => p.HolderId == id)
            .OrderBy(p => p.Date).ThenBy(p => p.Id)
            .Take(MaxItems)
            .Select(p => new PositionItem(p.Id, p.Side, p.Topic, p.Stance, p.Polarity, p.Date, p.DatePrecision, p.ArticleId, p.Article!.Title))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record ActorView(int Id, string Name, ActorType Type, string? Country, bool IsKnown, bool IsAnalyst, int Articles);

    public sealed record RoleItem(string Title, DateOnly? From, DateOnly? To);

    /// <summary>A role as the articles state it, with the first and last article dates that state it.</summary>
    public sealed record StatedRole(string Title, DateOnly? First, DateOnly? Last, int Articles);

    public sealed record QuoteItem(int SourceId, int QuoteId, string Text, int ArticleId, string? Title, DateOnly? Published, DatePrecision? Precision)
    {
        public string Permalink => $"/Articles/{ArticleId}?focus=quote-{SourceId}#focus";
    }

    public sealed record PositionItem(
        int Id, Side Side, Topic Topic, string Stance, int Polarity, DateOnly? Date, DatePrecision? Precision, int ArticleId, string? Title)
    {
        public string Permalink => $"/Articles/{ArticleId}?focus=position-{Id}#focus";
    }
}
