namespace Diplomacy.Data.Tests.Engines;

/// <summary>Marks a test class whose <see cref="EngineFactAttribute"/> tests need the PostgreSQL server.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
