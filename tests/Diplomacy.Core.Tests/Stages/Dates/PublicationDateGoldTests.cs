using System.Text.Json;
using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Tests.Support;
using Xunit.Abstractions;

namespace Diplomacy.Core.Tests.Stages.Dates;

/// <summary>The whole pipeline on the seed articles: publication dates against the hand-made gold.</summary>
public sealed class PublicationDateGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<(string File, PartialDate Gold, PublicationDate? Found, IReadOnlyList<ConsistencyFlag> Flags)>> Results = new(() =>
    {
        var pipeline = ExtractionPipeline.CreateDefault(SharedKnowledge.Base);
        return Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Gold"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                using var gold = JsonDocument.Parse(File.ReadAllText(path));
                var file = gold.RootElement.GetProperty("file").GetString()!;
                var date = PartialDate.Parse(gold.RootElement.GetProperty("published").GetProperty("date").GetString()!);
                var document = pipeline.Process(file, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", file)));
                return (file, date, document.Published, (IReadOnlyList<ConsistencyFlag>)document.Flags);
            })
            .ToList();
    });

    [Fact]
    public void The_month_is_right_on_every_seed_and_the_day_on_at_least_four()
    {
        foreach (var (file, gold, found, _) in Results.Value)
        {
            output.WriteLine($"{file}: found {found?.Date.ToIso() ?? "none"} ({found?.Confidence:F2}), gold {gold.ToIso()}");
            foreach (var evidence in found?.Evidence ?? [])
            {
                output.WriteLine($"    \"{evidence.Phrase}\" — {evidence.Explanation}");
            }
        }

        Results.Value.Should().HaveCount(5);
        Results.Value.Should().OnlyContain(r => r.Found != null && r.Found.Date.Year == r.Gold.Year && r.Found.Date.Month == r.Gold.Month);
        Results.Value.Count(r => r.Found != null && r.Found.Date == r.Gold).Should().BeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void Every_seed_date_cites_its_evidence()
    {
        Results.Value.Should().OnlyContain(r => r.Found != null && r.Found.Evidence.Count > 0 && r.Found.Evidence.All(e => e.Phrase.Length > 0 && e.Explanation.Length > 0));
    }

    [Fact]
    public void The_wrong_veto_year_and_the_wrong_resolution_number_are_flagged()
    {
        var flags = Results.Value.ToDictionary(r => r.File[..3], r => r.Flags.Select(f => f.Message).ToList());

        flags["000"].Should().BeEmpty();
        flags["001"].Should().ContainSingle(m => m.Contains("to 2012-10") && m.Contains("2011-10-04"));
        flags["002"].Should().Contain(m => m.Contains("to 2012-10") && m.Contains("2011-10-04"));
        flags["002"].Should().Contain(m => m.Contains("Resolution 2264") && m.Contains("2254"));
    }
}
