using Diplomacy.Data.Tests.Engines;

namespace Diplomacy.Data.Tests;

public sealed class SqliteStoreTests() : StoreBehaviour(() => new SqliteEngine());
