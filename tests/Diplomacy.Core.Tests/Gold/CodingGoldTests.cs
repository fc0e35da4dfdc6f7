using System.Text.Json;
using Diplomacy.Core.Export;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Tests.Support;
using Xunit.Abstractions;

namespace Diplomacy.Core.Tests.Gold;

/// <summary>The events and positions the pipeline codes on the five seed articles, scored against the gold as the customer's scorer scores them.</summary>
public sealed class CodingGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Score = new(() =>
    {
        var pipeline = ExtractionPipeline.CreateDefault(SharedKnowledge.Base);
        var golds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Gold"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => JsonDocument.Parse(File.ReadAllText(path)).RootElement)
            .ToList();
        var predictions = golds
            .Select(g => g.GetProperty("file").GetString()!)
            .ToDictionary(
                file => file,
                file => ExtractionJson.ToRecord(pipeline.Process(file, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", file)))));
        return GoldScorer.Score(golds, predictions);
    });

    [Fact]
    public void At_least_80_percent_of_the_gold_events_are_found()
    {
        output.WriteLine(Score.Value.ToString());
        Score.Value.EventRecall.Should().BeGreaterThanOrEqualTo(0.80);
    }

    [Fact]
    public void At_least_60_percent_of_the_coded_events_are_gold_events()
    {
        output.WriteLine(Score.Value.ToString());
        Score.Value.EventPrecision.Should().BeGreaterThanOrEqualTo(0.60);
    }

    [Fact]
    public void At_least_70_percent_of_the_gold_positions_are_found()
    {
        output.WriteLine(Score.Value.ToString());
        Score.Value.PositionRecall.Should().BeGreaterThanOrEqualTo(0.70);
    }

    [Fact]
    public void At_least_60_percent_of_the_coded_positions_are_gold_positions()
    {
        output.WriteLine(Score.Value.ToString());
        Score.Value.PositionPrecision.Should().BeGreaterThanOrEqualTo(0.60);
    }
}
