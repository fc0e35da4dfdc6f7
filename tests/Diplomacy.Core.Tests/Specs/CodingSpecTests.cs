using System.Text;
using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Tests.Support;

namespace Diplomacy.Core.Tests.Specs;

/// <summary>Runs every case of coding.spec through the extraction pipeline and compares the complete coding.</summary>
public sealed class CodingSpecTests
{
    private static readonly string SpecPath = Path.Combine(AppContext.BaseDirectory, "Specs", "coding.spec");
    private static readonly Lazy<Dictionary<string, CodingSpecCase>> Cases = new(() => CodingSpecCase.Parse(SpecPath).ToDictionary(c => c.Title));
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => ExtractionPipeline.CreateDefault(SharedKnowledge.Base));

    public static TheoryData<string> Titles => [.. CodingSpecCase.Parse(SpecPath).Select(c => c.Title)];

    [Fact]
    public void The_specification_holds_at_least_sixty_cases_in_four_styles()
    {
        Cases.Value.Should().HaveCountGreaterThanOrEqualTo(60);
        Cases.Value.Keys.Select(title => title.Split(':')[0]).Distinct().Should().Contain(["wire", "transcript", "blog", "release", "analysis"]);
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void The_pipeline_codes_the_case_as_specified(string title)
    {
        var spec = Cases.Value[title];
        var document = Extract(spec);

        var eventsRight = AllMatched(spec.Events, document.Events, (e, c) => e.Matches(c));
        var positionsRight = AllMatched(spec.Positions, document.Positions, (p, c) => p.Matches(c));

        (eventsRight && positionsRight).Should().BeTrue(Report(spec, document));
    }

    private static ArticleDocument Extract(CodingSpecCase spec) => Pipeline.Value.Process("spec.txt", spec.ArticleText);

    /// <summary>True where every expectation matches its own coded item and nothing coded is left over.</summary>
    private static bool AllMatched<TExpected, TCoded>(IReadOnlyList<TExpected> expected, IReadOnlyList<TCoded> coded, Func<TExpected, TCoded, bool> matches)
    {
        if (expected.Count != coded.Count)
        {
            return false;
        }

        var used = new bool[coded.Count];
        foreach (var expectation in expected)
        {
            var index = Enumerable.Range(0, coded.Count).FirstOrDefault(i => !used[i] && matches(expectation, coded[i]), -1);
            if (index < 0)
            {
                return false;
            }

            used[index] = true;
        }

        return true;
    }

    private static string Report(CodingSpecCase spec, ArticleDocument document)
    {
        var report = new StringBuilder();
        report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"coding.spec line {spec.Line}: {spec.Title}");
        report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Input (published {spec.Published:yyyy-MM-dd}, pipeline dated it {document.Published?.Date.ToIso() ?? "undated"}):");
        foreach (var paragraph in spec.Paragraphs)
        {
            report.AppendLine("  > " + paragraph);
        }

        report.AppendLine("Expected:");
        Lines(report, spec.Events.Select(e => e.ToString()).Concat(spec.Positions.Select(p => p.ToString())));
        report.AppendLine("Actual:");
        Lines(report, document.Events.Select(ExpectedEvent.Describe).Concat(document.Positions.Select(ExpectedPosition.Describe)));
        return report.ToString();
    }

    private static void Lines(StringBuilder report, IEnumerable<string> lines)
    {
        var any = false;
        foreach (var line in lines)
        {
            report.AppendLine("  " + line);
            any = true;
        }

        if (!any)
        {
            report.AppendLine("  none");
        }
    }
}
