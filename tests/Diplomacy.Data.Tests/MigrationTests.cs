using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Data.Tests;

/// <summary>The same check as <c>dotnet ef migrations has-pending-model-changes</c>, for both engines, without a server.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(StoreProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(StoreProvider.Postgres, "Host=localhost;Database=never_opened")]
    public void The_model_has_no_change_missing_from_the_engines_migrations(StoreProvider provider, string connectionString)
    {
        using var db = DiplomacyStore.CreateContext(new StoreOptions(provider, connectionString));

        db.Database.HasPendingModelChanges().Should().BeFalse("a model change needs a migration for each engine (see DiplomacyDbContext's remarks)");
        db.Database.GetMigrations().Should().NotBeEmpty("each engine has its own migrations set");
    }
}
