using System.Reflection;
using System.Text.RegularExpressions;
using Diplomacy.Core.Pipeline;

namespace Diplomacy.Core.Tests.Architecture;

/// <summary>Every regular expression in the pipeline must be safe against catastrophic backtracking.</summary>
public sealed partial class RegexSafetyTests
{
    [Fact]
    public void Every_generated_regex_has_a_timeout_or_is_non_backtracking()
    {
        var generated = typeof(ExtractionPipeline).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Regex: (Regex)m.Invoke(null, null)!))
            .ToList();

        generated.Should().NotBeEmpty();
        generated.Where(g => g.Regex.MatchTimeout == Regex.InfiniteMatchTimeout && !g.Regex.Options.HasFlag(RegexOptions.NonBacktracking))
            .Select(g => g.Name).Should().BeEmpty();
    }

    [Fact]
    public void Patterns_built_at_run_time_go_through_SafeRegex_only()
    {
        var offenders = SourceFiles()
            .Where(file => !file.EndsWith("SafeRegex.cs", StringComparison.Ordinal))
            .Where(file => ConstructedOrStaticRegex().IsMatch(File.ReadAllText(file)))
            .ToList();

        offenders.Should().BeEmpty();
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"new Regex\(|\bRegex\.(IsMatch|Match|Matches|Replace|Split)\(", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConstructedOrStaticRegex();
}
