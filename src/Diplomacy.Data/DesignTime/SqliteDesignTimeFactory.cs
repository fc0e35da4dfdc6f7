using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Diplomacy.Data.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without a host; adding a migration never opens the file.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDiplomacyDbContext>
{
    public SqliteDiplomacyDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteDiplomacyDbContext>();
        DiplomacyStore.ConfigureSqlite(builder, StoreOptions.DefaultConnectionString);
        return new SqliteDiplomacyDbContext(builder.Options);
    }
}
