namespace Diplomacy.Data;

/// <summary>The database engine, chosen by the configuration key <c>Database:Provider</c>.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}
