using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Pipeline;

namespace Diplomacy.Benchmarks;

/// <summary>
/// Words per second of the whole extraction pipeline on one core: every seed article, one after another.
/// Words per second = <see cref="WordCount"/> / mean time of one operation.
/// </summary>
[MemoryDiagnoser]
public class ExtractionThroughput
{
    private ExtractionPipeline _pipeline = null!;
    private (string Name, string Text)[] _articles = [];

    /// <summary>The whitespace-separated words of all seed articles (printed once in the setup).</summary>
    public int WordCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = ExtractionPipeline.CreateDefault(KnowledgeBase.LoadDefault());
        _articles = [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))];
        WordCount = _articles.Sum(a => a.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine($"// Words per operation: {WordCount}");
    }

    [Benchmark]
    public int ExtractSeeds()
    {
        var quotes = 0;
        foreach (var (name, text) in _articles)
        {
            quotes += _pipeline.Process(name, text).Quotes.Count;
        }

        return quotes;
    }
}
