using System.Text.Json;
using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Layout;
using Diplomacy.Core.Stages.Repair;
using Diplomacy.Core.Stages.Sentences;

namespace Diplomacy.Core.Tests.Stages;

/// <summary>The seed articles, the test articles and their gold files, read through the first three stages.</summary>
internal static class FrontStageArticles
{
    public static TextRepairer Repairer { get; } = new();

    public static LayoutAnalyzer Layout { get; } = new();

    public static SentenceSegmenter Segmenter { get; } = new();

    public static TheoryData<string> SeedNames => [.. Directory.GetFiles(SeedDirectory, "*.txt").Select(path => Path.GetFileName(path)).Order()];

    private static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static byte[] SeedBytes(string name) => File.ReadAllBytes(Path.Combine(SeedDirectory, name));

    public static byte[] ArticleBytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Articles", name));

    public static JsonElement Gold(string seedName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Gold", Path.ChangeExtension(seedName, ".json"));
        using var gold = JsonDocument.Parse(File.ReadAllText(path));
        return gold.RootElement.Clone();
    }

    public static ArticleDocument Seed(string name) => Read(name, SeedBytes(name));

    public static ArticleDocument Article(string name) => Read(name, ArticleBytes(name));

    /// <summary>Decodes the bytes and runs the repair, layout and sentence stages.</summary>
    public static ArticleDocument Read(string name, byte[] bytes) => Run(new ArticleDocument(name, ArticleDecoder.Decode(bytes)));

    public static ArticleDocument Run(string text) => Run(new ArticleDocument("test.txt", text));

    public static ArticleDocument Run(ArticleDocument document)
    {
        Repairer.Process(document);
        Layout.Process(document);
        Segmenter.Process(document);
        return document;
    }

    public static IEnumerable<string> Texts(this ArticleDocument document, params BlockKind[] kinds) =>
        document.Blocks.Where(b => kinds.Contains(b.Kind)).Select(b => document[b.Span]);

    public static IEnumerable<string> SentenceTexts(this ArticleDocument document) => document.Sentences.Select(s => document[s.Span]);

    public static string[] Strings(this JsonElement gold, string key) =>
        gold.TryGetProperty(key, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];
}
