using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Diplomacy.Data.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a server; adding a migration never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDiplomacyDbContext>
{
    public PostgresDiplomacyDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresDiplomacyDbContext>();
        DiplomacyStore.ConfigurePostgres(builder, "Host=localhost;Database=diplomacy");
        return new PostgresDiplomacyDbContext(builder.Options);
    }
}
