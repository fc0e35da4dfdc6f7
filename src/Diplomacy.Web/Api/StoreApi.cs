using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Diplomacy.Data;
using Diplomacy.Web.Infrastructure;
using Diplomacy.Web.Pages.Actors;
using Diplomacy.Web.Pages.Quotes;
using Diplomacy.Web.Pages.Timeline;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Web.Api;

/// <summary>
/// Read-only JSON and CSV over the same filters as the pages: <c>/api/events</c> (the timeline's entries),
/// <c>/api/quotes</c> and <c>/api/actors</c>. <c>format=csv</c> gives CSV; <c>limit</c> pages (at most
/// <see cref="MaxLimit"/>), and the <c>next</c> address (JSON) or the <c>Link</c> header (CSV) gives the next page.
/// Every record names its source article, the span in the article's raw text and a permalink to that sentence.
/// </summary>
public static class StoreApi
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
    public const int MentionsPerActor = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public static IEndpointRouteBuilder MapStoreApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").CacheOutput(StoreCache.PolicyName);
        api.MapGet("/events", GetEventsAsync);
        api.MapGet("/quotes", GetQuotesAsync);
        api.MapGet("/actors", GetActorsAsync);
        return app;
    }

    private static async Task<IResult> GetEventsAsync(
        [AsParameters] TimelineParameters parameters, [FromQuery] string? format, [FromQuery] string? limit,
        DiplomacyDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var filter = TimelineFilter.Parse(parameters, out var problems);
        if (!TryReadPaging(format, limit, problems, out var csv, out var size, out var invalid))
        {
            return invalid;
        }

        var page = await db.ReadPageAsync(filter, size, cancellationToken);
        var origin = Origin(http);
        var entries = page.Entries.Select(entry => Export(entry, origin)).ToList();
        var next = page.Next is { } cursor ? origin + "/api/events" + WithPaging((filter with { After = cursor }).ToQueryString(), csv, size) : null;
        if (!csv)
        {
            return Results.Json(new ApiPage<ExportedEntry>(entries.Count, next, entries), Json);
        }

        var rows = entries.SelectMany(entry => entry.Sources.Select(source => (IReadOnlyList<object?>)
        [
            entry.Kind, entry.Id, entry.Date, entry.Precision, entry.Side, entry.EventType, entry.Topic, entry.Stance, entry.Text,
            entry.Holder, string.Join("; ", entry.Actors.Select(a => a.Name)), source.ArticleId, source.Title, source.Start, source.End,
            source.SentenceStart, source.SentenceEnd, source.Date, source.Permalink, entry.Permalink,
        ]));
        return Csv(http, next, "timeline.csv", CsvWriter.Write(
            [
                "kind", "id", "date", "precision", "side", "event_type", "topic", "stance", "text", "holder", "actors", "article_id",
                "article_title", "start", "end", "sentence_start", "sentence_end", "source_date", "source_permalink", "permalink",
            ],
            rows));
    }

    private static async Task<IResult> GetQuotesAsync(
        [AsParameters] QuoteParameters parameters, [FromQuery] string? format, [FromQuery] string? limit,
        DiplomacyDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var filter = QuoteFilter.Parse(parameters, out var problems);
        if (!TryReadPaging(format, limit, problems, out var csv, out var size, out var invalid))
        {
            return invalid;
        }

        var page = await db.ReadPageAsync(filter, size + 1, cancellationToken);
        var origin = Origin(http);
        var quotes = page.Take(size).Select(q => new ExportedQuoteResult(
                q.Id, q.Text, q.SpeakerId, q.Speaker, q.SpeakerCountry,
                [.. q.Reports.Select(r => new ExportedQuoteReport(
                    new ExportedSource(r.ArticleId, r.Title, null, r.Start, r.End, null, null, DateText.Iso(r.Published, r.Precision), origin + r.Permalink),
                    r.Attribution.ToString().ToLowerInvariant(),
                    r.Cue))]))
            .ToList();
        var next = page.Count > size ? origin + "/api/quotes" + WithPaging((filter with { Page = filter.Page + 1 }).ToQueryString(), csv, size) : null;
        if (!csv)
        {
            return Results.Json(new ApiPage<ExportedQuoteResult>(quotes.Count, next, quotes), Json);
        }

        var rows = quotes.SelectMany(q => q.Reports.Select(r => (IReadOnlyList<object?>)
        [
            q.Id, q.Text, q.Speaker, q.SpeakerCountry, r.Source.ArticleId, r.Source.Title, r.Source.Date, r.Source.Start, r.Source.End,
            r.Attribution, r.Cue, r.Source.Permalink,
        ]));
        return Csv(http, next, "quotes.csv", CsvWriter.Write(
            ["quote_id", "text", "speaker", "speaker_country", "article_id", "article_title", "article_date", "start", "end", "attribution", "cue", "permalink"],
            rows));
    }

    private static async Task<IResult> GetActorsAsync(
        [AsParameters] ActorParameters parameters, [FromQuery] string? format, [FromQuery] string? limit,
        DiplomacyDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var filter = ActorFilter.Parse(parameters, out var problems);
        if (!TryReadPaging(format, limit, problems, out var csv, out var size, out var invalid))
        {
            return invalid;
        }

        var page = await db.ReadPageAsync(filter, size + 1, cancellationToken);
        var summaries = page.Take(size).ToList();
        var ids = summaries.Select(a => a.Id).ToList();
        var aliases = (await db.ActorAliases.AsNoTracking().Where(a => ids.Contains(a.ActorId)).OrderBy(a => a.Alias)
            .Select(a => new { a.ActorId, a.Alias }).ToListAsync(cancellationToken)).ToLookup(a => a.ActorId, a => a.Alias);
        var roles = (await db.ActorRoles.AsNoTracking().Where(r => ids.Contains(r.ActorId)).OrderBy(r => r.From)
            .Select(r => new { r.ActorId, r.Title, r.From, r.To }).ToListAsync(cancellationToken)).ToLookup(r => r.ActorId);
        var origin = Origin(http);
        var mentions = new Dictionary<int, IReadOnlyList<ExportedSource>>();
        foreach (var id in ids)
        {
            mentions[id] = await db.Mentions.AsNoTracking().Where(m => m.ActorId == id)
                .OrderBy(m => m.ArticleId).ThenBy(m => m.Start)
                .Take(MentionsPerActor)
                .Select(m => new ExportedSource(
                    m.ArticleId, m.Article!.Title, m.Article.SourceName, m.Start, m.End, m.SentenceStart, m.SentenceEnd, null,
                    origin + "/Articles/" + m.ArticleId + "?focus=mention-" + m.Id + "#focus"))
                .ToListAsync(cancellationToken);
        }

        var actors = summaries.Select(a => new ExportedActor(
                a.Id, a.Name, a.Type.ToString().ToLowerInvariant(), a.Country, a.IsKnown, a.IsAnalyst, a.Articles, [.. aliases[a.Id]],
                [.. roles[a.Id].Select(r => new ExportedRole(r.Title, DateText.Iso(r.From, Core.Model.DatePrecision.Day), DateText.Iso(r.To, Core.Model.DatePrecision.Day)))],
                mentions[a.Id],
                origin + "/Actors/" + a.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var next = page.Count > size ? origin + "/api/actors" + WithPaging((filter with { Page = filter.Page + 1 }).ToQueryString(), csv, size) : null;
        if (!csv)
        {
            return Results.Json(new ApiPage<ExportedActor>(actors.Count, next, actors), Json);
        }

        var rows = actors.Select(a => (IReadOnlyList<object?>)
        [
            a.Id, a.Name, a.Type, a.Country, a.IsKnown, a.IsAnalyst, a.Articles, string.Join("; ", a.Aliases),
            string.Join("; ", a.Roles.Select(r => $"{r.Title} ({r.From}–{r.To})")), a.Permalink,
        ]);
        return Csv(http, next, "actors.csv", CsvWriter.Write(
            ["id", "name", "type", "country", "is_known", "is_analyst", "articles", "aliases", "roles", "permalink"], rows));
    }

    private static ExportedEntry Export(TimelineEntry entry, string origin)
    {
        return new ExportedEntry(
            entry.Kind.ToString().ToLowerInvariant(),
            entry.Id,
            DateText.Iso(entry.Date, entry.Precision)!,
            entry.Precision.ToString().ToLowerInvariant(),
            Vocabulary.Slug(entry.Lane),
            entry.Text,
            entry.EventType is { } type ? Vocabulary.Slug(type) : null,
            entry.Status?.ToString().ToLowerInvariant(),
            entry.Location,
            entry.Topic is { } topic ? Vocabulary.Slug(topic) : null,
            entry.Polarity,
            entry.Kind == EntryKind.Position ? entry.Text : null,
            entry.Holder,
            entry.IsAnalysis,
            entry.HasDateConflict,
            entry.Actors,
            [.. entry.Sources.Select(s => new ExportedSource(
                s.ArticleId, s.Title, s.SourceName, s.Start, s.End, s.SentenceStart, s.SentenceEnd, DateText.Iso(s.Date, s.Precision), origin + s.Permalink))],
            [.. entry.Quotes.Select(q => new ExportedQuote(
                q.QuoteId, q.Text, q.SpeakerId, q.Speaker,
                new ExportedSource(q.ArticleId, null, null, 0, 0, null, null, null, origin + q.Permalink)))],
            origin + TimelineLinks.ForEntry(entry.Kind, entry.Id, entry.Date, entry.Precision));
    }

    private static bool TryReadPaging(
        string? format, string? limit, IReadOnlyList<string> problems, out bool csv, out int size, out IResult invalid)
    {
        var errors = problems.ToList();
        csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !csv && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"“{format}” is not a format (json or csv).");
        }

        size = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            errors.Add($"limit must be a number from 1 to {MaxLimit}.");
        }

        invalid = Results.ValidationProblem(new Dictionary<string, string[]> { ["query"] = [.. errors] });
        return errors.Count == 0;
    }

    private static string WithPaging(string query, bool csv, int size)
    {
        var builder = new QueryBuilder();
        if (csv)
        {
            builder.Add("format", "csv");
        }

        builder.Add("limit", size.ToString(CultureInfo.InvariantCulture));
        var paging = builder.ToQueryString().Value!;
        return query.Length == 0 ? paging : query + "&" + paging[1..];
    }

    private static string Origin(HttpContext http) => http.Request.Scheme + "://" + http.Request.Host.Value;

    private static IResult Csv(HttpContext http, string? next, string fileName, string content)
    {
        if (next is not null)
        {
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }

        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return Results.Text(content, "text/csv; charset=utf-8");
    }
}
