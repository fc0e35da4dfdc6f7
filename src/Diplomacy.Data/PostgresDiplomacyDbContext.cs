using System.Runtime.CompilerServices;
using Diplomacy.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data;

/// <summary>
/// The store on PostgreSQL; full-text search with <c>tsvector</c> over GIN expression indexes. The expressions here
/// must stay the same as the ones indexed in the migration, or PostgreSQL will scan instead of using the index.
/// </summary>
public sealed class PostgresDiplomacyDbContext(DbContextOptions<PostgresDiplomacyDbContext> options) : DiplomacyDbContext(options)
{
    internal const string ArticleVector =
        """(setweight(to_tsvector('english'::regconfig, coalesce("Title", '')), 'A') || setweight(to_tsvector('english'::regconfig, "RawText"), 'B'))""";

    internal const string QuoteVector = """to_tsvector('english'::regconfig, "Text")""";

    internal override IQueryable<SearchHit> MatchArticles(IReadOnlyList<string> terms) => Database.SqlQuery<SearchHit>(
        FormattableStringFactory.Create(
            $$"""SELECT "Id", ts_rank({{ArticleVector}}, q)::double precision AS "Score" FROM "Articles", plainto_tsquery('english'::regconfig, {0}) AS q WHERE {{ArticleVector}} @@ q""",
            string.Join(' ', terms)));

    internal override IQueryable<SearchHit> MatchQuotes(IReadOnlyList<string> terms) => Database.SqlQuery<SearchHit>(
        FormattableStringFactory.Create(
            $$"""SELECT "Id", ts_rank({{QuoteVector}}, q)::double precision AS "Score" FROM "Quotes", plainto_tsquery('english'::regconfig, {0}) AS q WHERE {{QuoteVector}} @@ q""",
            string.Join(' ', terms)));
}
