using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Pipeline;
using Diplomacy.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Diplomacy.Data;

/// <summary>Creates the store's DbContext for the configured engine, for hosts with or without dependency injection.</summary>
public static class DiplomacyStore
{
    public static DiplomacyDbContext CreateContext(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == StoreProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresDiplomacyDbContext>();
            ConfigurePostgres(postgres, options.ConnectionString);
            return new PostgresDiplomacyDbContext(postgres.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteDiplomacyDbContext>();
        ConfigureSqlite(sqlite, options.ConnectionString);
        return new SqliteDiplomacyDbContext(sqlite.Options);
    }

    /// <summary>
    /// Registers <see cref="DiplomacyDbContext"/> for the configured engine, the importer and the initializer.
    /// The knowledge base and the pipeline are registered only where the host has not registered its own.
    /// </summary>
    public static IServiceCollection AddDiplomacyStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = StoreOptions.FromConfiguration(configuration);
        if (options.Provider == StoreProvider.Postgres)
        {
            services.AddDbContext<DiplomacyDbContext, PostgresDiplomacyDbContext>(builder => ConfigurePostgres(builder, options.ConnectionString));
        }
        else
        {
            services.AddDbContext<DiplomacyDbContext, SqliteDiplomacyDbContext>(builder => ConfigureSqlite(builder, options.ConnectionString));
        }

        services.TryAddSingleton(_ => KnowledgeBase.LoadDefault());
        services.TryAddSingleton(provider => ExtractionPipeline.CreateDefault(provider.GetRequiredService<KnowledgeBase>()));
        services.AddScoped<ArticleImporter>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString).AddInterceptors(SqliteConnectionSettings.Instance);

    internal static void ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString);
}
