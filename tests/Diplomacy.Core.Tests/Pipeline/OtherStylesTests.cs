using Diplomacy.Core.Model;
using Diplomacy.Core.Pipeline;
using Diplomacy.Core.Stages.Layout;
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
    public void A_wire_story_names_unknown_officials_from_their_titles_and_appositions()
    {
        var document = Extract("e2e-wire-ap-veto.txt");

        document.Quotes.Select(q => (Start: q.Text[..Math.Min(20, q.Text.Length)], q.Speaker)).Should().Equal(
            ("This is a sad day fo", "Nikki Haley"),
            ("When someone uses ch", "Nikki Haley"),
            ("unacceptable", "Vladimir Safronkov"),
            ("It is a provocation,", "Vladimir Safronkov"),
            ("The draft is based o", "Vladimir Safronkov"),
            ("put its friendship w", "Matthew Rycroft"));
        document.Actors["Vladimir Safronkov"].Role.Should().Contain("deputy ambassador");
        document.Mentions.Should().Contain(m => m.Surface == "Ambassador Nikki Haley" && m.ActorName == "Nikki Haley");
    }

    [Fact]
    public void A_tass_story_is_dated_by_its_dateline_and_the_weekday_it_reports()
    {
        var document = Extract("e2e-wire-tass-ceasefire.txt");

        document.Published!.Date.Should().Be(new PartialDate(2016, 2, 22));
        document.Quotes.Select(q => q.Speaker).Should().Equal("Sergey Lavrov", "Dmitry Peskov");
        document.Events.Should().NotBeEmpty().And.OnlyContain(e => !e.Participants.Contains("TASS"), "the agency in the dateline filed the story; it took no part in it");
    }

    [Fact]
    public void A_blog_post_wrapped_by_hand_keeps_its_sentences_and_quotes_whole()
    {
        var document = Extract("e2e-blog-uneven-wrap.txt");

        document.Published!.Date.Should().Be(new PartialDate(2014, 1, 30));
        document.Quotes.Select(q => (q.Text, q.Speaker)).Should().StartWith(
            [("Bashar al-Assad will not be part of that transition government.", "John Kerry"),
             ("no one in the world has the right to confer or withdraw legitimacy", "Walid al-Muallem")]);
    }

    [Fact]
    public void A_briefing_transcript_leaves_its_stage_directions_out_of_the_turns()
    {
        var document = Extract("e2e-transcript-briefing.txt");

        document.Published!.Date.Should().Be(new PartialDate(2016, 10, 3));
        document.Quotes.Where(q => q.Speaker == "John Kirby").Should().HaveCount(5);
        document.Quotes.Should().NotContain(q => q.Text.Contains("briefing was concluded", StringComparison.Ordinal));
        document.Quotes.Where(q => q.Speaker is null).Should().HaveCount(3).And.OnlyContain(q => q.Cue == "QUESTION");
    }

    [Fact]
    public void Transcript_labels_carry_titles_and_interpreter_notes_around_the_name()
    {
        var document = Extract("e2e-transcript-kremlin.txt");

        document.Published!.Date.Should().Be(new PartialDate(2016, 7, 14));
        document.Quotes.Select(q => q.Speaker).Should().Equal("Vladimir Putin", "John Kerry", null, "Vladimir Putin", "Sergey Lavrov");
        document.Quotes[2].Cue.Should().Be("Question");
    }

    [Fact]
    public void A_briefing_titled_with_its_speaker_keeps_its_title_and_short_question_labels()
    {
        var document = Extract("e2e-transcript-white-house.txt");

        document[document.Title!.Value].Should().StartWith("Press Briefing by Press Secretary Josh Earnest");
        document.Published!.Date.Should().Be(new PartialDate(2015, 9, 30));
        document.Quotes.Select(q => q.Speaker).Should().Equal("Josh Earnest", null, "Josh Earnest", null, "Josh Earnest");
    }

    [Fact]
    public void A_full_date_closing_the_title_dates_the_article()
    {
        var document = Pipeline.Process("remarks.txt", "Remarks on Syria, May 7, 2013\n\nKerry met Lavrov in Moscow. They talked for hours.");

        document.Published!.Date.Should().Be(new PartialDate(2013, 5, 7));
        document.Published.Evidence[0].Explanation.Should().Contain("dateline");
    }

    [Fact]
    public void A_blog_post_drops_its_comment_thread_and_attributes_quotes_across_clauses()
    {
        var document = Extract("e2e-blog-comment-thread.txt");

        document.Published!.Date.Should().Be(new PartialDate(2014, 3, 3));
        document.Blocks.Where(b => b.Reason == BlockClassifier.ReaderCommentsReason).Should().HaveCount(4);
        document.Quotes.Select(q => q.Speaker).Should().Equal("John Kerry", "John Kerry", "Sergey Lavrov", "Ahmet Üzümcü");
    }

    [Fact]
    public void A_story_quoting_in_single_marks_gets_its_quotes_and_speakers()
    {
        var document = Extract("e2e-news-single-quotes.txt");

        document.Published!.Date.Should().Be(new PartialDate(2016, 9, 25));
        document.Quotes.Select(q => (Start: q.Text[..Math.Min(20, q.Text.Length)], q.Speaker)).Should().Equal(
            ("unacceptable", "Dmitry Peskov"),
            ("We note the generall", "Dmitry Peskov"),
            ("What Russia is spons", "Samantha Power"),
            ("almost an impossible", "Vitaly Churkin"),
            ("Neither side believe", "Dmitri Trenin"));
    }

    [Theory]
    [InlineData("Remarks With Foreign Minister Lavrov After Their Meeting, 30/5/2013", 2013, 5, 30)]
    [InlineData("Remarks With Foreign Minister Lavrov After Their Meeting, 5/30/2013", 2013, 5, 30)]
    public void A_slashed_date_closing_the_title_is_read_where_its_order_is_plain(string title, int year, int month, int day)
    {
        var document = Pipeline.Process("remarks.txt", title + "\n\nKerry met Lavrov in Moscow. They talked for hours.");

        document.Published!.Date.Should().Be(new PartialDate(year, month, day));
    }

    [Fact]
    public void A_slashed_date_that_reads_both_ways_does_not_pin_the_day()
    {
        var document = Pipeline.Process("remarks.txt", "Remarks With Foreign Minister Lavrov After Their Meeting, 5/7/2013\n\nKerry met Lavrov in Moscow. They talked for hours.");

        document.Published?.Evidence.Should().NotContain(e => e.Explanation.Contains("dateline", StringComparison.Ordinal));
    }

    [Fact]
    public void A_blogger_post_keeps_its_own_date_and_whole_quotes_and_drops_the_comments()
    {
        var document = Extract("e2e-blog-blogger-comments.txt");

        document.Published!.Date.Should().Be(new PartialDate(2013, 5, 7), "the comment's date is not the post's");
        document.Quotes.Select(q => (q.Text, q.Speaker)).Should().Equal(
            ("not interested in the fate of certain persons,", "Sergey Lavrov"),
            ("encourage both the Syrian government and opposition groups to find a political solution.", "John Kerry"));
    }

    [Fact]
    public void A_label_in_capitals_finds_the_person_the_moderator_introduced()
    {
        var document = Extract("e2e-transcript-special-briefing.txt");

        document.Published!.Date.Should().Be(new PartialDate(2014, 1, 22));
        document.Quotes.Select(q => q.Speaker).Should().Equal(null, "Robert Jones", null, "Robert Jones", null, "Robert Jones");
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
