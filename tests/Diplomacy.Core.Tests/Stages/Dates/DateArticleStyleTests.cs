using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Tests.Support;
using Xunit.Abstractions;

namespace Diplomacy.Core.Tests.Stages.Dates;

/// <summary>Publication dates of articles in other styles than the seeds, through the whole pipeline.</summary>
public sealed class DateArticleStyleTests(ITestOutputHelper output)
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => ExtractionPipeline.CreateDefault(SharedKnowledge.Base));

    [Theory]
    [InlineData("dates-wire-g20.txt", "2013-09-06")]
    [InlineData("dates-transcript-geneva.txt", "2013-09-14")]
    [InlineData("dates-blog-reposts.txt", "2013-09-12")]
    public void The_publication_date_is_found_to_the_day(string file, string expected)
    {
        var document = Pipeline.Value.Process(file, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Articles", file)));
        foreach (var evidence in document.Published?.Evidence ?? [])
        {
            output.WriteLine($"\"{evidence.Phrase}\" — {evidence.Explanation}");
        }

        document.Published.Should().NotBeNull();
        document.Published!.Date.Should().Be(PartialDate.Parse(expected));
    }

    [Fact]
    public void A_wire_story_resolves_its_weekdays_against_the_date()
    {
        var document = Pipeline.Value.Process("dates-wire-g20.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Articles", "dates-wire-g20.txt")));

        document.TemporalExpressions.Should().Contain(t => t.Text == "on Friday" && t.Resolved == new PartialDate(2013, 9, 6));
        document.TemporalExpressions.Should().Contain(t => t.Text == "on Thursday" && t.Resolved == new PartialDate(2013, 9, 5));
        document.TemporalExpressions.Should().Contain(t => t.Text == "next week" && t.IsFuture);
    }
}
