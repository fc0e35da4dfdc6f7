using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data.Tests.Support;

/// <summary>Every row of the store as text without database ids, so two stores (or one store twice) can be compared.</summary>
public static class StoreSnapshot
{
    public static async Task<List<string>> TakeAsync(DiplomacyDbContext db)
    {
        var articles = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id);
        var actors = await db.Actors.AsNoTracking().Include(a => a.Aliases).Include(a => a.Roles).ToDictionaryAsync(a => a.Id);
        string File(int articleId) => articles[articleId].FileName;
        string Name(int? actorId) => actorId is { } id ? actors[id].Name : "-";
        var lines = new List<string>();
        lines.AddRange(articles.Values.Select(a => string.Join('|', "article", a.FileName, a.ContentHash, a.Title, a.TitleStart, a.TitleEnd,
            a.Published, a.PublishedPrecision, a.PublishedConfidence?.ToString(CultureInfo.InvariantCulture), a.PublishedEvidence)));
        lines.AddRange(actors.Values.Select(a => string.Join('|', "actor", a.Name, a.Type, a.Country, a.IsKnown, a.IsAnalyst,
            string.Join(',', a.Aliases.Select(x => x.Alias).Order(StringComparer.Ordinal)),
            string.Join(',', a.Roles.Select(r => $"{r.Title}:{r.From}:{r.To}").Order(StringComparer.Ordinal)))));
        lines.AddRange((await db.ArticleActors.AsNoTracking().ToListAsync()).Select(a => string.Join('|', "in", File(a.ArticleId), Name(a.ActorId), a.Role)));
        lines.AddRange((await db.Mentions.AsNoTracking().ToListAsync()).Select(m => string.Join('|', "mention", File(m.ArticleId), Name(m.ActorId),
            m.Surface, m.Kind, m.Start, m.End, m.SentenceStart, m.SentenceEnd)));
        lines.AddRange((await db.Quotes.AsNoTracking().Include(q => q.Sources).ToListAsync()).Select(q => string.Join('|', "quote", q.Text, Name(q.SpeakerId),
            string.Join(',', q.Sources.Select(s => $"{File(s.ArticleId)}:{s.Start}-{s.End}:{s.SentenceStart}-{s.SentenceEnd}:{s.Attribution}:{s.Cue}:{s.IsNested}").Order(StringComparer.Ordinal)))));
        lines.AddRange((await db.Events.AsNoTracking().Include(e => e.Sources).Include(e => e.Participants).ToListAsync()).Select(e => string.Join('|', "event",
            e.Type, e.CameoCode, e.Status, e.Summary, e.Location, e.Date, e.DatePrecision, e.HasDateConflict,
            string.Join(',', e.Participants.Select(p => $"{Name(p.ActorId)}:{p.Role}").Order(StringComparer.Ordinal)),
            string.Join(',', e.Sources.Select(s => $"{File(s.ArticleId)}:{s.Start}-{s.End}:{s.SentenceStart}-{s.SentenceEnd}:{s.SentenceTopics}:{s.Date}:{s.DatePrecision}").Order(StringComparer.Ordinal)))));
        lines.AddRange((await db.Positions.AsNoTracking().ToListAsync()).Select(p => string.Join('|', "position", File(p.ArticleId), p.Side, p.Topic, p.Stance,
            p.Polarity, p.Holder, Name(p.HolderId), p.Date, p.DatePrecision, p.IsAnalysis, p.Start, p.End, p.SentenceStart, p.SentenceEnd)));
        lines.AddRange((await db.ArticleFlags.AsNoTracking().ToListAsync()).Select(f => string.Join('|', "flag", File(f.ArticleId), f.Message, f.Start, f.End)));
        lines.AddRange((await db.ArticleRepairs.AsNoTracking().ToListAsync()).Select(r => string.Join('|', "repair", File(r.ArticleId), r.Kind, r.Original, r.Replacement, r.Start, r.End)));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
