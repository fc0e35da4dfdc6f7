using Diplomacy.Core.Knowledge;
using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Dates;
using Diplomacy.Core.Tests.Support;

namespace Diplomacy.Core.Tests.Stages.Dates;

public sealed class DateResolverTests
{
    private static readonly KnowledgeBase Knowledge = DateTestKnowledge.Create();
    private static readonly DateResolver Resolver = new(Knowledge);

    [Fact]
    public void A_timestamp_line_pins_the_day()
    {
        var document = Resolve("Stalemate wavers\n\n# 07 December 2012 00:47 (UTC +04:00)\n\nClinton told reporters Thursday in Dublin that the pressure is rising.");

        document.Published!.Date.Should().Be(new PartialDate(2012, 12, 7));
        document.Published.Confidence.Should().BeGreaterThan(0.9);
        document.Published.Evidence[0].Phrase.Should().Contain("07 December 2012");
    }

    [Fact]
    public void Of_several_dateline_blocks_the_latest_wins()
    {
        var document = Resolve("Reposts\n\n6 May 2013\n\nRussia said Monday it was concerned.\n\n7 May, 2013\n\nKerry sought Russian help on Tuesday.");

        document.Published!.Date.Should().Be(new PartialDate(2013, 5, 7));
        document.Published.Evidence[0].Explanation.Should().Contain("latest of 2 datelines");
    }

    [Theory]
    [InlineData("May 7, 2013 — Secretary of State John Kerry met Putin in a long session that ran well into the evening and beyond the hours planned.")]
    [InlineData("7 May, 2013 Putin, however, kept Secretary of State John Kerry waiting three hours before their meeting at the Kremlin on Tuesday.")]
    public void A_date_glued_to_the_start_of_a_paragraph_is_a_dateline(string paragraph)
    {
        var document = Resolve("Kerry in Moscow\n\n" + paragraph + "\n\nIn 2014 the talks resumed.");

        document.Published!.Date.Should().Be(new PartialDate(2013, 5, 7));
        document.Published.Evidence[0].Explanation.Should().Contain("dateline");
    }

    [Fact]
    public void A_short_sentence_with_a_date_is_not_a_dateline()
    {
        var document = Resolve("Talks\n\nOn 7 May 2013, Kerry met Putin.\n\nSecretary of State John Kerry said the talks went well.");

        document.Published!.Date.Should().Be(new PartialDate(2013));
        document.TemporalExpressions.Should().Contain(t => t.Text == "On 7 May 2013");
    }

    [Fact]
    public void A_wire_dateline_takes_its_year_from_the_other_evidence()
    {
        var document = Resolve("Kerry in Moscow\n\nMOSCOW, May 7 (Reuters) - U.S. Secretary of State John Kerry sought Russian help on Tuesday.");

        document.Published!.Date.Should().Be(new PartialDate(2013, 5, 7));
    }

    [Fact]
    public void Last_week_with_a_known_summit_puts_the_article_in_the_week_after_it()
    {
        var document = Resolve("Reset\n\nJust last week in Mexico during the G-20, President Obama sat down with President Putin.");

        document.Published!.Date.Should().Be(new PartialDate(2012, 6));
        document.Published.Evidence[0].Explanation.Should().Contain("2012-06-25").And.Contain("2012-07-01");
    }

    [Fact]
    public void A_reported_weekday_narrows_a_week_to_a_day()
    {
        var document = Resolve("Reset\n\nJust last week in Mexico during the G-20, President Obama sat down with President Putin. The envoy spoke on Wednesday.");

        document.Published!.Date.Should().Be(new PartialDate(2012, 6, 27));
    }

    [Fact]
    public void The_occasion_is_the_happening_of_the_person_the_text_places_today()
    {
        var document = Resolve("Reset\n\nSecretary of State Hillary Clinton today said the reset works. "
            + "Just last week in Mexico during the G-20, President Obama sat down with President Putin, Ms. Clinton said. Clinton added more.");

        document.Published!.Date.Should().Be(new PartialDate(2012, 6, 27));
        document.Published.Evidence[0].Explanation.Should().Contain("Helsinki");
    }

    [Fact]
    public void The_occasion_is_the_earliest_meeting_of_the_main_speakers_that_fits_the_bounds()
    {
        var document = Resolve("Collaborating\n\nThe United States and Russia today affirmed their commitment. "
            + "In his remarks with Foreign Minister Sergey Lavrov after their meeting in Paris, Secretary of State John Kerry says the meeting opens an opportunity. "
            + "Kerry said the talks were good. Lavrov said the initiative was launched when John visited Moscow on the 7th of May.");

        document.Published!.Date.Should().Be(new PartialDate(2013, 5, 27));
        document.Published.Evidence[0].Explanation.Should().Contain("occasion").And.Contain("Paris");
    }

    [Fact]
    public void A_happening_still_to_come_bounds_the_article_from_above()
    {
        var document = Resolve("Visit\n\nSecretary of State John Kerry arrived. Obama and Putin are also to meet at a Group of Eight summit in Britain in June.");

        document.Published!.Date.Should().Be(new PartialDate(2013));
        document.Published.Evidence.Should().Contain(e => e.Explanation.Contains("announces"));
    }

    [Fact]
    public void An_office_holder_dates_the_article_to_the_term_but_not_when_former()
    {
        var document = Resolve("Views\n\nFormer Secretary of State Hillary Clinton spoke. Secretary of State John Kerry replied.");

        document.Published!.Date.Should().Be(new PartialDate(2013));
        document.Published.Evidence.Should().ContainSingle(e => e.Explanation.Contains("John Kerry held the office"));
        document.Published.Evidence.Should().NotContain(e => e.Explanation.Contains("Clinton"));
    }

    [Fact]
    public void Explicit_past_dates_are_lower_bounds()
    {
        var document = Resolve("Review\n\nIn June 2012, the envoy met the parties. Violence has continued since March 2011.");

        document.Published!.Date.Should().Be(new PartialDate(2012));
        document.Published.Evidence[0].Phrase.Should().Be("In June 2012");
    }

    [Fact]
    public void Dates_in_boilerplate_captions_are_ignored()
    {
        var document = HandLaidDocument.Create("Visit\n\nSecretary of State John Kerry met Lavrov.\n\nAssad with Medvedev on a visit to Sochi in August 2008.\n\n7 May 2008");
        document.Blocks[2] = document.Blocks[2] with { Kind = BlockKind.Boilerplate };
        document.Blocks[3] = document.Blocks[3] with { Kind = BlockKind.Boilerplate };
        Resolver.Process(document);

        document.Published!.Date.Should().Be(new PartialDate(2013));
        document.TemporalExpressions.Should().NotContain(t => t.Text.Contains("2008"));
    }

    [Fact]
    public void Without_any_evidence_the_date_stays_unknown()
    {
        Resolve("Talks\n\nThe talks went on.").Published.Should().BeNull();
    }

    [Fact]
    public void A_date_that_contradicts_the_knowledge_file_is_flagged()
    {
        var document = Resolve("Veto\n\nIn October 2012, Russia and China vetoed a draft resolution that would have condemned the regime.");

        document.Flags.Should().ContainSingle().Which.Message.Should().Contain("to 2012-10").And.Contain("2011-10-04");
    }

    [Fact]
    public void A_date_that_agrees_with_the_knowledge_file_is_not_flagged()
    {
        Resolve("Veto\n\nIn October 2011, Russia and China vetoed a draft resolution.").Flags.Should().BeEmpty();
    }

    [Fact]
    public void A_document_number_one_digit_off_a_known_one_the_article_cites_is_flagged()
    {
        var document = Resolve("Plan\n\nThe transition must follow Resolution 2254. Talks will implement UN Security Council Resolution 2264 in full.");

        document.Flags.Should().ContainSingle().Which.Message.Should().Contain("Resolution 2264").And.Contain("2254");
    }

    [Fact]
    public void An_unknown_document_number_alone_is_not_flagged()
    {
        Resolve("Plan\n\nThe council passed Resolution 2139 on aid.").Flags.Should().BeEmpty();
    }

    [Fact]
    public void The_resolver_survives_a_megabyte_line_of_dates_and_quote_marks()
    {
        var text = "Title\n\n" + string.Concat(Enumerable.Repeat("On Tuesday, 7 May 2013 \"in October\" last week G-20 Mexico ", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var document = Resolve(text);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        document.TemporalExpressions.Should().HaveCountGreaterThan(60_000);
    }

    private static ArticleDocument Resolve(string text)
    {
        var document = HandLaidDocument.Create(text);
        Resolver.Process(document);
        return document;
    }
}
