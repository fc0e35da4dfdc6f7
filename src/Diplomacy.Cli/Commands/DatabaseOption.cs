using System.CommandLine;
using Diplomacy.Data;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Cli.Commands;

/// <summary>The <c>--db PATH</c> option the store commands share, and opening that database at the current schema.</summary>
internal static class DatabaseOption
{
    public static Option<FileInfo> Create() => new("--db")
    {
        Description = "The SQLite database file (created and migrated when missing).",
        DefaultValueFactory = _ => new FileInfo("diplomacy.db"),
    };

    public static async Task<DiplomacyDbContext> OpenAsync(FileInfo file, CancellationToken cancellationToken)
    {
        var db = DiplomacyStore.CreateContext(StoreOptions.ForSqliteFile(file.FullName));
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return db;
    }
}
