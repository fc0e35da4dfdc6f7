using Microsoft.Extensions.Configuration;

namespace Diplomacy.Data;

/// <summary>Which engine and which database.</summary>
public sealed record StoreOptions(StoreProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "Diplomacy";
    public const string ProviderKey = "Database:Provider";
    public const string DefaultConnectionString = "Data Source=diplomacy.db";

    /// <summary>Reads <c>Database:Provider</c> (Sqlite by default) and <c>ConnectionStrings:Diplomacy</c>.</summary>
    public static StoreOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerName = configuration[ProviderKey];
        var provider = string.IsNullOrWhiteSpace(providerName)
            ? StoreProvider.Sqlite
            : Enum.TryParse<StoreProvider>(providerName, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{ProviderKey} is \"{providerName}\"; expected Sqlite or Postgres.");
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == StoreProvider.Sqlite
                ? DefaultConnectionString
                : throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} must be set for PostgreSQL.");
        }

        return new StoreOptions(provider, connectionString);
    }

    public static StoreOptions ForSqliteFile(string path) => new(StoreProvider.Sqlite, "Data Source=" + path);
}
