using Diplomacy.Core.Model;
using Diplomacy.Data;
using Diplomacy.Data.Search;
using Diplomacy.Web.Pages.Timeline;
using Microsoft.EntityFrameworkCore;
using Quote = Diplomacy.Data.Entities.Quote;

namespace Diplomacy.Web.Pages.Quotes;

/// <summary>The quote search, shared by the page and the API.</summary>
public static class QuoteQueries
{
    public static IQueryable<Quote> FilterQuotes(this DiplomacyDbContext db, QuoteFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var quotes = db.Quotes.AsNoTracking();
        if (filter.Text is { } text)
        {
            var matches = db.SearchQuotes(text).Select(m => m.Item.Id);
            quotes = quotes.Where(q => matches.Contains(q.Id));
        }

        if (filter.SpeakerId is { } speaker)
        {
            quotes = quotes.Where(q => q.SpeakerId == speaker);
        }

        if (filter.Side is { } side)
        {
            var country = side == Side.US ? TimelineQueries.UnitedStates : TimelineQueries.Russia;
            quotes = quotes.Where(q => q.Speaker!.Country == country);
        }

        if (filter.Topic is { } topic)
        {
            // A quote is on a topic where a position on it was coded from the quote's own sentence.
            quotes = quotes.Where(q => q.Sources.Any(s => db.Positions.Any(p =>
                p.ArticleId == s.ArticleId && p.SentenceStart == s.SentenceStart && p.Topic == topic)));
        }

        return quotes;
    }

    /// <summary>A page of quotes, the latest stored first, each with its reports.</summary>
    public static async Task<IReadOnlyList<QuoteResult>> ReadPageAsync(
        this DiplomacyDbContext db, QuoteFilter filter, int size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var quotes = await db.FilterQuotes(filter)
            .OrderByDescending(q => q.Id)
            .Skip((filter.Page - 1) * size)
            .Take(size)
            .Select(q => new { q.Id, q.Text, q.SpeakerId, Speaker = q.Speaker!.Name, Country = q.Speaker.Country })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = quotes.Select(q => q.Id).ToList();
        var reports = (await db.QuoteSources.AsNoTracking().Where(s => ids.Contains(s.QuoteId))
                .OrderBy(s => s.Article!.Published).ThenBy(s => s.Id)
                .Select(s => new
                {
                    s.QuoteId,
                    Report = new QuoteReport(
                        s.Id, s.ArticleId, s.Article!.Title, s.Article.Published, s.Article.PublishedPrecision, s.Start, s.End, s.Attribution, s.Cue),
                })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(r => r.QuoteId, r => r.Report);
        return [.. quotes.Select(q => new QuoteResult(q.Id, q.Text, q.SpeakerId, q.Speaker, q.Country, [.. reports[q.Id]]))];
    }
}
