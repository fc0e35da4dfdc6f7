using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data.Tests.Support;

public static class RowCounts
{
    /// <summary>The row count of every table of the model.</summary>
    public static async Task<Dictionary<string, int>> TakeAsync(DiplomacyDbContext db) => new()
    {
        ["Articles"] = await db.Articles.CountAsync(),
        ["Actors"] = await db.Actors.CountAsync(),
        ["ActorAliases"] = await db.ActorAliases.CountAsync(),
        ["ActorRoles"] = await db.ActorRoles.CountAsync(),
        ["ArticleActors"] = await db.ArticleActors.CountAsync(),
        ["Mentions"] = await db.Mentions.CountAsync(),
        ["Quotes"] = await db.Quotes.CountAsync(),
        ["QuoteSources"] = await db.QuoteSources.CountAsync(),
        ["Events"] = await db.Events.CountAsync(),
        ["EventParticipants"] = await db.EventParticipants.CountAsync(),
        ["EventSources"] = await db.EventSources.CountAsync(),
        ["Positions"] = await db.Positions.CountAsync(),
        ["ArticleFlags"] = await db.ArticleFlags.CountAsync(),
        ["ArticleRepairs"] = await db.ArticleRepairs.CountAsync(),
    };
}
