using Diplomacy.Data.Tests.Engines;

namespace Diplomacy.Data.Tests;

[RequiresPostgres]
public sealed class PostgresStoreTests() : StoreBehaviour(() => new PostgresEngine());
