using Xunit.Sdk;

namespace Diplomacy.Data.Tests.Engines;

/// <summary>
/// A fact run once per engine through the test classes that inherit it; skipped, with the reason shown, in a
/// <see cref="RequiresPostgresAttribute"/> class when no PostgreSQL server is configured.
/// </summary>
[XunitTestCaseDiscoverer("Diplomacy.Data.Tests.Engines.EngineFactDiscoverer", "Diplomacy.Data.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class EngineFactAttribute : FactAttribute;
