using Diplomacy.Data.Entities;

namespace Diplomacy.Data.Search;

/// <summary>
/// Full-text search over article text and quotes, ranked (bm25 on SQLite, ts_rank on PostgreSQL). Every word of
/// the query must match; stemming makes "vetoes" find "vetoed". The result composes with further LINQ.
/// </summary>
public static class SearchQueries
{
    /// <summary>Articles matching the query, best first.</summary>
    public static IQueryable<RankedMatch<Article>> Search(this DiplomacyDbContext db, string query)
    {
        ArgumentNullException.ThrowIfNull(db);
        var terms = SearchTerms.Parse(query);
        return terms.Count == 0
            ? db.Articles.Where(_ => false).Select(article => new RankedMatch<Article> { Item = article })
            : db.MatchArticles(terms)
                .Join(db.Articles, hit => hit.Id, article => article.Id, (hit, article) => new RankedMatch<Article> { Item = article, Score = hit.Score })
                .OrderByDescending(m => m.Score)
                .ThenBy(m => m.Item.Id);
    }

    /// <summary>Quotes matching the query, best first.</summary>
    public static IQueryable<RankedMatch<Quote>> SearchQuotes(this DiplomacyDbContext db, string query)
    {
        ArgumentNullException.ThrowIfNull(db);
        var terms = SearchTerms.Parse(query);
        return terms.Count == 0
            ? db.Quotes.Where(_ => false).Select(quote => new RankedMatch<Quote> { Item = quote })
            : db.MatchQuotes(terms)
                .Join(db.Quotes, hit => hit.Id, quote => quote.Id, (hit, quote) => new RankedMatch<Quote> { Item = quote, Score = hit.Score })
                .OrderByDescending(m => m.Score)
                .ThenBy(m => m.Item.Id);
    }
}
