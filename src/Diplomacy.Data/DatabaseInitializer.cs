using Diplomacy.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Diplomacy.Data;

/// <summary>Brings the database to the current schema at start-up and fills an empty one with the seed articles.</summary>
public sealed class DatabaseInitializer(DiplomacyDbContext db, ArticleImporter importer, ILogger<DatabaseInitializer> logger)
{
    public const string SeedsAddedBy = "seed";

    /// <param name="seedsDirectory">A folder of <c>*.txt</c> articles, ingested only when the store holds no article.</param>
    public async Task InitializeAsync(string? seedsDirectory, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (seedsDirectory is null || await db.Articles.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (!Directory.Exists(seedsDirectory))
        {
            logger.LogWarning("No seed articles: the folder {SeedsDirectory} does not exist.", seedsDirectory);
            return;
        }

        var files = Directory.EnumerateFiles(seedsDirectory, "*.txt").Order(StringComparer.Ordinal).Select(ArticleFile.FromPath);
        var summary = await importer.ImportAllAsync(files, new ArticleOrigin(SeedsAddedBy), cancellationToken: cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "Seeded the store from {SeedsDirectory}: {Added} articles, {Quotes} quotes, {Events} events, {Failed} failed.",
            seedsDirectory, summary.Added, summary.Quotes, summary.Events, summary.Failed);
        foreach (var failure in summary.Failures)
        {
            logger.LogWarning("Seed {File} was not stored: {Error}", failure.Name, failure.Error);
        }
    }
}
