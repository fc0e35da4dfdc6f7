using Diplomacy.Data;
using Microsoft.Data.Sqlite;

namespace Diplomacy.Data.Tests.Engines;

/// <summary>A SQLite database in a temporary file (WAL needs a file; an in-memory database has no WAL).</summary>
public sealed class SqliteEngine : StoreEngine
{
    public SqliteEngine()
    {
        Directory.CreateDirectory(Folder);
        Options = StoreOptions.ForSqliteFile(Path);
    }

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "diplomacy-store-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(Folder, "store.db");

    public override StoreOptions Options { get; }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
