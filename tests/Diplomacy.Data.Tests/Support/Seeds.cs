using Diplomacy.Data.Import;

namespace Diplomacy.Data.Tests.Support;

/// <summary>The five seed articles, copied beside the tests.</summary>
public static class Seeds
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static IReadOnlyList<string> Paths { get; } = [.. Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal)];

    public static IEnumerable<ArticleFile> Files => Paths.Select(ArticleFile.FromPath);
}
