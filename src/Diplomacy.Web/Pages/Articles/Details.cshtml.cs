using System.Globalization;
using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Data;
using Diplomacy.Web.Infrastructure;
using Diplomacy.Web.Pages.Timeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Web.Pages.Articles;

/// <summary>
/// One article as stored, rendered with every extraction marked at its span. <c>?focus=event-12</c> (or
/// <c>position-</c>, <c>quote-</c>, <c>mention-</c> with the row's id) highlights that passage's sentence as
/// <c>#focus</c>, so a link can land on the exact sentence an entry was read from.
/// </summary>
[OutputCache(PolicyName = StoreCache.PolicyName)]
public sealed class DetailsModel(DiplomacyDbContext db, MarkdownRendering markdown, ExtractionPipeline pipeline) : PageModel
{
    private const int ExcerptLength = 90;

    [BindProperty(SupportsGet = true)]
    public string? Focus { get; set; }

    public ArticleView Article { get; private set; } = null!;

    public string Body { get; private set; } = "";

    public FocusedPassage? Focused { get; private set; }

    public IReadOnlyList<QuoteItem> Quotes { get; private set; } = [];

    public IReadOnlyList<EventItem> Events { get; private set; } = [];

    public IReadOnlyList<PositionItem> Positions { get; private set; } = [];

    public IReadOnlyList<ActorItem> Actors { get; private set; } = [];

    public IReadOnlyList<RepairItem> Repairs { get; private set; } = [];

    public IReadOnlyList<FlagItem> Flags { get; private set; } = [];

    public IReadOnlyList<BoilerplateItem> Boilerplate { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ArticleView(
                a.Id, a.Title, a.TitleSetBy, a.FileName, a.SourceName, a.Url, a.Published, a.PublishedPrecision, a.PublishedConfidence,
                a.PublishedEvidence, a.PublishedSetBy, a.AddedBy, a.AddedAt, a.ExtractedAt, a.RawText))
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        Quotes = await db.QuoteSources.AsNoTracking().Where(s => s.ArticleId == id).OrderBy(s => s.Start)
            .Select(s => new QuoteItem(
                s.Id, s.QuoteId, s.Start, s.End, s.SentenceStart, s.SentenceEnd, s.Quote!.Text, s.Quote.SpeakerId, s.Quote.Speaker!.Name,
                s.Attribution, s.Cue, s.IsNested))
            .ToListAsync(cancellationToken);
        Events = await db.EventSources.AsNoTracking().Where(s => s.ArticleId == id).OrderBy(s => s.Start)
            .Select(s => new EventItem(
                s.Id, s.EventId, s.Start, s.End, s.SentenceStart, s.SentenceEnd, s.Event!.Type, s.Event.Summary, s.Date, s.DatePrecision,
                s.Event.Date, s.Event.DatePrecision, s.Event.HasDateConflict))
            .ToListAsync(cancellationToken);
        Positions = await db.Positions.AsNoTracking().Where(p => p.ArticleId == id).OrderBy(p => p.Start)
            .Select(p => new PositionItem(
                p.Id, p.Start, p.End, p.SentenceStart, p.SentenceEnd, p.Side, p.Topic, p.Stance, p.Polarity, p.Holder, p.HolderId,
                p.Date, p.DatePrecision, p.IsAnalysis))
            .ToListAsync(cancellationToken);
        var mentions = await db.Mentions.AsNoTracking().Where(m => m.ArticleId == id).OrderBy(m => m.Start)
            .Select(m => new MentionItem(m.Id, m.ActorId, m.Actor!.Name, m.Surface, m.Start, m.End, m.SentenceStart, m.SentenceEnd))
            .ToListAsync(cancellationToken);
        var roles = await db.ArticleActors.AsNoTracking().Where(a => a.ArticleId == id)
            .ToDictionaryAsync(a => a.ActorId, a => a.Role, cancellationToken);
        Actors = [.. mentions.GroupBy(m => m.ActorId)
            .Select(g => new ActorItem(g.Key, g.First().Name, roles.GetValueOrDefault(g.Key), g.Count(), [.. g.Select(m => m.Surface).Distinct(StringComparer.Ordinal)], g.First().Id))
            .OrderByDescending(a => a.Mentions).ThenBy(a => a.Name, StringComparer.Ordinal)];
        Repairs = await db.ArticleRepairs.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Start)
            .Select(r => new RepairItem(r.Kind, r.Original, r.Replacement, r.Start, r.End))
            .ToListAsync(cancellationToken);
        Flags = await db.ArticleFlags.AsNoTracking().Where(f => f.ArticleId == id).OrderBy(f => f.Start)
            .Select(f => new FlagItem(f.Message, f.Start, f.End))
            .ToListAsync(cancellationToken);
        Boilerplate = FindBoilerplate(article);
        Focused = FindFocus(mentions);
        Body = markdown.RenderArticle(article.RawText, Highlights(mentions));
        return Page();
    }

    public string Excerpt(int start, int end)
    {
        var text = Article.RawText[Math.Clamp(start, 0, Article.RawText.Length)..Math.Clamp(end, 0, Article.RawText.Length)];
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…";
    }

    public string PermalinkFor(string focus) => $"/Articles/{Article.Id}?focus={focus}#focus";

    /// <summary>The stored rows were extracted from the raw text; the layout stage is re-run to show what it set aside.</summary>
    private List<BoilerplateItem> FindBoilerplate(ArticleView article)
    {
        var document = pipeline.Process(article.FileName, article.RawText);
        return [.. document.Blocks
            .Where(b => b.Kind == BlockKind.Boilerplate)
            .Select(b => (Span: document.ToSource(b.Span), b.Reason))
            .Select(b => new BoilerplateItem(b.Span.Start, b.Span.End, b.Reason ?? "not article content"))];
    }

    private FocusedPassage? FindFocus(IReadOnlyList<MentionItem> mentions)
    {
        if (Focus is not { } focus || focus.Split('-') is not [var kind, var number]
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return kind switch
        {
            "event" => Events.Where(e => e.SourceId == id)
                .Select(e => new FocusedPassage(focus, "Event: " + e.Summary, e.SentenceStart ?? e.Start, e.SentenceEnd ?? e.End)).FirstOrDefault(),
            "position" => Positions.Where(p => p.Id == id)
                .Select(p => new FocusedPassage(focus, $"{Vocabulary.Label(p.Side)} on {Vocabulary.Label(p.Topic)}: {p.Stance}", p.SentenceStart ?? p.Start, p.SentenceEnd ?? p.End)).FirstOrDefault(),
            "quote" => Quotes.Where(q => q.SourceId == id)
                .Select(q => new FocusedPassage(focus, "Quote" + (q.Speaker is { } speaker ? " of " + speaker : ""), Math.Min(q.SentenceStart ?? q.Start, q.Start), Math.Max(q.SentenceEnd ?? q.End, q.End))).FirstOrDefault(),
            "mention" => mentions.Where(m => m.Id == id)
                .Select(m => new FocusedPassage(focus, "Mention of " + m.Name, m.SentenceStart ?? m.Start, m.SentenceEnd ?? m.End)).FirstOrDefault(),
            _ => null,
        };
    }

    private List<TextHighlight> Highlights(IReadOnlyList<MentionItem> mentions)
    {
        var highlights = new List<TextHighlight>();
        if (Focused is { } focused)
        {
            highlights.Add(new TextHighlight(focused.Start, focused.End, "focus", "focus", Title: focused.Label));
        }

        highlights.AddRange(Boilerplate.Select(b => new TextHighlight(b.Start, b.End, "dropped", Title: "Not article content: " + b.Reason)));
        highlights.AddRange(Events.Select(e => new TextHighlight(
            e.Start, e.End, "event", "event-" + e.SourceId, TimelineLinks.ForEntry(EntryKind.Event, e.EventId, e.EventDate, e.EventPrecision),
            $"{Vocabulary.Label(e.Type)}: {e.Summary}", "event")));
        highlights.AddRange(Positions.Select(p => new TextHighlight(
            p.Start, p.End, "position", "position-" + p.Id, TimelineLinks.ForEntry(EntryKind.Position, p.Id, p.Date, p.Precision),
            $"{Vocabulary.Label(p.Side)} on {Vocabulary.Label(p.Topic)}: {p.Stance}", "position")));
        highlights.AddRange(Quotes.Select(q => new TextHighlight(
            q.Start, q.End, "quote", "quote-" + q.SourceId, q.SpeakerId is { } speaker ? $"/Actors/{speaker}#quote-{q.QuoteId}" : null,
            "Quote" + (q.Speaker is { } name ? " of " + name : ", speaker not named"), "quote")));
        highlights.AddRange(Flags.Select(f => new TextHighlight(f.Start, f.End, "flag", Title: f.Message)));
        highlights.AddRange(mentions.Select(m => new TextHighlight(m.Start, m.End, "mention", "mention-" + m.Id, $"/Actors/{m.ActorId}", m.Name)));
        return highlights;
    }

    public sealed record ArticleView(
        int Id, string? Title, string? TitleSetBy, string FileName, string? SourceName, string? Url, DateOnly? Published, DatePrecision? Precision,
        double? Confidence, string? Evidence, string? PublishedSetBy, string AddedBy, DateTime AddedAt, DateTime ExtractedAt, string RawText)
    {
        public IReadOnlyList<string> EvidenceLines => Evidence?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];

        /// <summary>The URL when it is a web address (anything else is not made a link).</summary>
        public Uri? WebAddress => Uri.TryCreate(Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;
    }

    public sealed record FocusedPassage(string Key, string Label, int Start, int End);

    public sealed record QuoteItem(
        int SourceId, int QuoteId, int Start, int End, int? SentenceStart, int? SentenceEnd, string Text, int? SpeakerId, string? Speaker,
        Attribution Attribution, string? Cue, bool IsNested);

    public sealed record EventItem(
        int SourceId, int EventId, int Start, int End, int? SentenceStart, int? SentenceEnd, EventType Type, string Summary, DateOnly? Date,
        DatePrecision? Precision, DateOnly? EventDate, DatePrecision? EventPrecision, bool HasDateConflict);

    public sealed record PositionItem(
        int Id, int Start, int End, int? SentenceStart, int? SentenceEnd, Side Side, Topic Topic, string Stance, int Polarity, string Holder,
        int? HolderId, DateOnly? Date, DatePrecision? Precision, bool IsAnalysis);

    public sealed record MentionItem(int Id, int ActorId, string Name, string Surface, int Start, int End, int? SentenceStart, int? SentenceEnd);

    public sealed record ActorItem(int ActorId, string Name, string? Role, int Mentions, IReadOnlyList<string> Surfaces, int FirstMentionId);

    public sealed record RepairItem(string Kind, string Original, string Replacement, int Start, int End);

    public sealed record FlagItem(string Message, int Start, int End);

    public sealed record BoilerplateItem(int Start, int End, string Reason);
}
