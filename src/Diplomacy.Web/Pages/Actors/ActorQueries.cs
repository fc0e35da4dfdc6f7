using Diplomacy.Core.Model;
using Diplomacy.Data;
using Diplomacy.Web.Pages.Timeline;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Web.Pages.Actors;

/// <summary>The actor list, shared by the page and the API: the most cited first.</summary>
public static class ActorQueries
{
    public static async Task<IReadOnlyList<ActorSummary>> ReadPageAsync(
        this DiplomacyDbContext db, ActorFilter filter, int size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var actors = db.Actors.AsNoTracking();
        if (filter.Text is { } text)
        {
            var pattern = "%" + EscapeLike(text) + "%";
            actors = actors.Where(a => EF.Functions.Like(a.Name, pattern, "\\") || a.Aliases.Any(alias => EF.Functions.Like(alias.Alias, pattern, "\\")));
        }

        if (filter.Side is { } side)
        {
            var country = side == Side.US ? TimelineQueries.UnitedStates : TimelineQueries.Russia;
            actors = actors.Where(a => a.Country == country);
        }

        if (filter.Kind is { } kind)
        {
            actors = actors.Where(a => a.Type == kind);
        }

        return await actors
            .OrderByDescending(a => db.ArticleActors.Count(x => x.ActorId == a.Id)).ThenBy(a => a.Name)
            .Skip((filter.Page - 1) * size)
            .Take(size)
            .Select(a => new ActorSummary(a.Id, a.Name, a.Type, a.Country, a.IsKnown, a.IsAnalyst, db.ArticleActors.Count(x => x.ActorId == a.Id)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
