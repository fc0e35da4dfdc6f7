using System.Text.Json;
using Diplomacy.Core.Export;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Tests.Support;
using Xunit.Abstractions;

namespace Diplomacy.Core.Tests.Gold;

/// <summary>The pipeline on the five seed articles, scored against the hand-made gold as the customer's scorer scores it.</summary>
public sealed class SeedExtractionTests(ITestOutputHelper output)
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
    public void Quotes_are_found_with_an_F1_of_at_least_0_95()
    {
        output.WriteLine(Score.Value.ToString());
        Score.Value.QuoteF1.Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Speakers_are_right_for_at_least_95_percent_of_found_quotes()
    {
        output.WriteLine(Score.Value.ToString());
        Score.Value.SpeakerAccuracy.Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Publication_dates_are_right_to_the_month_on_every_seed_and_to_the_day_on_four()
    {
        output.WriteLine(Score.Value.ToString());
        Score.Value.DatesRightToMonth.Should().Be(Score.Value.Articles);
        Score.Value.DatesRightToDay.Should().BeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void At_least_95_percent_of_the_people_are_found()
    {
        output.WriteLine(Score.Value.ToString());
        Score.Value.PersonRecall.Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Events_are_found_with_recall_of_at_least_0_80_and_precision_of_at_least_0_60()
    {
        output.WriteLine(Score.Value.ToString());
        Score.Value.EventRecall.Should().BeGreaterThanOrEqualTo(0.80);
        Score.Value.EventPrecision.Should().BeGreaterThanOrEqualTo(0.60);
    }

    [Fact]
    public void Positions_are_found_with_recall_of_at_least_0_70_and_precision_of_at_least_0_60()
    {
        output.WriteLine(Score.Value.ToString());
        Score.Value.PositionRecall.Should().BeGreaterThanOrEqualTo(0.70);
        Score.Value.PositionPrecision.Should().BeGreaterThanOrEqualTo(0.60);
    }
}
