using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Tests.Support;

namespace Diplomacy.Core.Tests.Pipeline;

/// <summary>The whole pipeline on articles written for these tests in styles the seeds lack.</summary>
public sealed class OtherStylesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault(SharedKnowledge.Base);

    private static ArticleDocument Extract(string file) =>
        Pipeline.Process(file, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Articles", file)));

    [Fact]
    public void A_wire_story_gets_its_quotes_continuations_and_speakers()
    {
        var document = Extract("e2e-wire-geneva.txt");

        document.Quotes.Select(q => (Start: q.Text[..Math.Min(20, q.Text.Length)], q.Speaker)).Should().Equal(
            ("The world will now e", "John Kerry"),
            ("There can be no game", "John Kerry"),
            ("We have a basis for ", "Sergey Lavrov"),
            ("The use of force is ", "Sergey Lavrov"),
            ("and we should not ta", "Sergey Lavrov"),
            ("Everything must be d", "Sergey Lavrov"),
            ("It is a setback for ", "Louay Safi"));
        document.Actors["Louay Safi"].Role.Should().Contain("spokesman");
    }

    [Fact]
    public void A_transcript_makes_each_labelled_turn_a_quote_of_its_speaker()
    {
        var document = Extract("e2e-transcript-press.txt");

        document.Quotes.Select(q => q.Speaker).Should().Equal("John Kerry", "John Kerry", "Sergey Lavrov", null, "John Kerry");
        document.Quotes[3].Text.Should().StartWith("Mr. Secretary, does Assad");
    }

    [Fact]
    public void A_hard_wrapped_blog_post_with_mojibake_is_repaired_before_its_quotes_are_read()
    {
        var document = Extract("e2e-blog-hardwrapped.txt");

        document.Quotes.Select(q => (q.Text, q.Speaker)).Should().Equal(
            ("the door remains open", "John Kerry"),
            ("We are not going to abandon the Syrian people,", "John Kerry"),
            ("there is no alternative to a political settlement that includes the legitimate government of Syria.", "Dmitry Peskov"));
        document.Blocks.Should().Contain(b => b.Kind == BlockKind.Boilerplate && document[b.Span].Contains("comments", StringComparison.Ordinal));
    }

    [Fact]
    public void A_slash_agency_dateline_takes_its_year_from_the_other_evidence()
    {
        var document = Pipeline.Process("tass.txt", "Lavrov on the talks\n\nMOSCOW, May 7. /TASS/. Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry on Tuesday.");

        document.Published!.Date.Should().Be(new PartialDate(2013, 5, 7));
    }

    [Fact]
    public void A_blog_byline_with_page_furniture_dates_the_post()
    {
        var document = Pipeline.Process("blog.txt", "Notes from Geneva\n\nPosted by Jane Roe on January 30, 2014 | 12 comments\n\nI watched the talks last week. Nobody agreed.");

        document.Published!.Date.Should().Be(new PartialDate(2014, 1, 30));
    }

    [Fact]
    public void Quote_spans_map_back_to_the_text_as_read()
    {
        var document = Extract("e2e-blog-hardwrapped.txt");

        var quote = document.Quotes[1];
        var source = document.ToSource(quote.Span);
        document.Source[source.Start..source.End].Should().Be("We are not going to abandon the Syrian people,");
    }
}
