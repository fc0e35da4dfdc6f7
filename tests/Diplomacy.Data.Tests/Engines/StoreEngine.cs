using Diplomacy.Data;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data.Tests.Engines;

/// <summary>A fresh, migrated database on one engine for one test, dropped afterwards.</summary>
public abstract class StoreEngine : IAsyncDisposable
{
    public abstract StoreOptions Options { get; }

    public DiplomacyDbContext CreateContext() => DiplomacyStore.CreateContext(Options);

    public async Task MigrateAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public abstract ValueTask DisposeAsync();
}
