using Diplomacy.Data;
using Npgsql;

namespace Diplomacy.Data.Tests.Engines;

/// <summary>A database of its own on the PostgreSQL server named by <see cref="ConnectionStringVariable"/>.</summary>
public sealed class PostgresEngine : StoreEngine
{
    public const string ConnectionStringVariable = "DIPLOMACY_TEST_POSTGRES";

    private readonly string _serverConnectionString;
    private readonly string _databaseName = "diplomacy_test_" + Guid.NewGuid().ToString("N");

    public PostgresEngine()
    {
        _serverConnectionString = ServerConnectionString
            ?? throw new InvalidOperationException($"{ConnectionStringVariable} is not set.");
        var builder = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _databaseName };
        Options = new StoreOptions(StoreProvider.Postgres, builder.ConnectionString);
    }

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value ? value : null;

    public override StoreOptions Options { get; }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }
}
