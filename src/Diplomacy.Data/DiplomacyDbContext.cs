using Diplomacy.Core.Model;
using Diplomacy.Data.Entities;
using Diplomacy.Data.Search;
using ArticleActor = Diplomacy.Data.Entities.ArticleActor;
using DiplomaticEvent = Diplomacy.Data.Entities.DiplomaticEvent;
using Position = Diplomacy.Data.Entities.Position;
using Quote = Diplomacy.Data.Entities.Quote;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data;

/// <summary>
/// The store: articles with their raw text, and every row derived from it. One model for both engines;
/// each engine has its own subclass so that it has its own migrations set and its own full-text SQL.
/// </summary>
/// <remarks>
/// Adding a migration (from the repository root, after <c>dotnet tool restore</c>), once per engine:
/// <code>
/// dotnet ef migrations add NAME --project src/Diplomacy.Data --context SqliteDiplomacyDbContext --output-dir Migrations/Sqlite
/// dotnet ef migrations add NAME --project src/Diplomacy.Data --context PostgresDiplomacyDbContext --output-dir Migrations/Postgres
/// </code>
/// Checking that the model and the migrations agree:
/// <code>
/// dotnet ef migrations has-pending-model-changes --project src/Diplomacy.Data --context SqliteDiplomacyDbContext
/// dotnet ef migrations has-pending-model-changes --project src/Diplomacy.Data --context PostgresDiplomacyDbContext
/// </code>
/// Full-text search lives outside the model (an FTS5 table with triggers on SQLite, GIN expression indexes
/// on PostgreSQL), created by raw SQL in each engine's first migration. A SQLite migration that rebuilds
/// Articles or Quotes drops their triggers: such a migration must create them again.
/// </remarks>
public abstract class DiplomacyDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Actor> Actors => Set<Actor>();

    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();

    public DbSet<ActorRole> ActorRoles => Set<ActorRole>();

    public DbSet<ArticleActor> ArticleActors => Set<ArticleActor>();

    public DbSet<Mention> Mentions => Set<Mention>();

    public DbSet<Quote> Quotes => Set<Quote>();

    public DbSet<QuoteSource> QuoteSources => Set<QuoteSource>();

    public DbSet<DiplomaticEvent> Events => Set<DiplomaticEvent>();

    public DbSet<EventParticipant> EventParticipants => Set<EventParticipant>();

    public DbSet<EventSource> EventSources => Set<EventSource>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<ArticleFlag> ArticleFlags => Set<ArticleFlag>();

    public DbSet<ArticleRepair> ArticleRepairs => Set<ArticleRepair>();

    /// <summary>Article ids matching every search term, with a score (higher is better).</summary>
    internal abstract IQueryable<SearchHit> MatchArticles(IReadOnlyList<string> terms);

    /// <summary>Quote ids matching every search term, with a score (higher is better).</summary>
    internal abstract IQueryable<SearchHit> MatchQuotes(IReadOnlyList<string> terms);

    /// <summary>Readies the open connection for a long run of writes: an ingest or a re-extraction.</summary>
    internal virtual Task PrepareForBulkWritesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DiplomacyDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums as their names: readable in any SQL client, and safe when a member is inserted mid-enum.
        configurationBuilder.Properties<ActorType>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MentionKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Attribution>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<EventType>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<EventStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Side>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Topic>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DatePrecision>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ParticipantRole>().HaveConversion<string>().HaveMaxLength(32);
    }
}
