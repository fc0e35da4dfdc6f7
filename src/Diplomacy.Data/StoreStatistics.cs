using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data;

/// <summary>Row counts of the store, for the <c>stats</c> command and a dashboard.</summary>
public sealed record StoreStatistics(
    int Articles,
    int Actors,
    int Aliases,
    int Mentions,
    int Quotes,
    int QuoteSources,
    int Events,
    int EventSources,
    int EventsWithDateConflict,
    int Positions,
    int Flags)
{
    public static async Task<StoreStatistics> CollectAsync(DiplomacyDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new StoreStatistics(
            await db.Articles.CountAsync(cancellationToken).ConfigureAwait(false),
            await db.Actors.CountAsync(cancellationToken).ConfigureAwait(false),
            await db.ActorAliases.CountAsync(cancellationToken).ConfigureAwait(false),
            await db.Mentions.CountAsync(cancellationToken).ConfigureAwait(false),
            await db.Quotes.CountAsync(cancellationToken).ConfigureAwait(false),
            await db.QuoteSources.CountAsync(cancellationToken).ConfigureAwait(false),
            await db.Events.CountAsync(cancellationToken).ConfigureAwait(false),
            await db.EventSources.CountAsync(cancellationToken).ConfigureAwait(false),
            await db.Events.CountAsync(e => e.HasDateConflict, cancellationToken).ConfigureAwait(false),
            await db.Positions.CountAsync(cancellationToken).ConfigureAwait(false),
            await db.ArticleFlags.CountAsync(cancellationToken).ConfigureAwait(false));
    }
}
