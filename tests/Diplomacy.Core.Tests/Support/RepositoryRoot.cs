using System.Reflection;

namespace Diplomacy.Core.Tests;

/// <summary>The folder holding Diplomacy.sln, recorded in the test assembly when it was built.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;
}
