using Diplomacy.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data;

/// <summary>The store on SQLite; full-text search through the FTS5 tables <c>article_search</c> and <c>quote_search</c>.</summary>
public sealed class SqliteDiplomacyDbContext(DbContextOptions<SqliteDiplomacyDbContext> options) : DiplomacyDbContext(options)
{
    // bm25() is lower-is-better; negated so both engines score higher-is-better. Title hits weigh more than body hits.
    internal override IQueryable<SearchHit> MatchArticles(IReadOnlyList<string> terms) => Database.SqlQuery<SearchHit>(
        $"""SELECT rowid AS "Id", -bm25(article_search, 5.0, 1.0) AS "Score" FROM article_search WHERE article_search MATCH {ToMatchExpression(terms)}""");

    internal override IQueryable<SearchHit> MatchQuotes(IReadOnlyList<string> terms) => Database.SqlQuery<SearchHit>(
        $"""SELECT rowid AS "Id", -bm25(quote_search) AS "Score" FROM quote_search WHERE quote_search MATCH {ToMatchExpression(terms)}""");

    // SQLite's page cache is 2 MB by default. An article's rows touch pages all over the tables' indexes, so once the
    // store outgrows the cache every article reads most of them back from the file; 64 MB holds them for a long ingest.
    internal override Task PrepareForBulkWritesAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", cancellationToken);

    // Each term as an FTS5 string: user input can never be read as FTS5 syntax (NEAR, column filters, operators).
    private static string ToMatchExpression(IReadOnlyList<string> terms) => string.Join(' ', terms.Select(t => "\"" + t + "\""));
}
