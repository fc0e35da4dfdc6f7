using System.Text;
using System.Text.RegularExpressions;
using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Layout;

namespace Diplomacy.Core.Tests.Stages.Layout;

public partial class LayoutAnalyzerTests
{
    private static readonly LayoutAnalyzer Analyzer = FrontStageArticles.Layout;

    public static TheoryData<string> Seeds => FrontStageArticles.SeedNames;

    private static ArticleDocument Lay(string text)
    {
        var document = new ArticleDocument("test.txt", text);
        FrontStageArticles.Repairer.Process(document);
        Analyzer.Process(document);
        return document;
    }

    private static string Folded(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Finds_the_gold_title_of_each_seed(string seed)
    {
        var document = FrontStageArticles.Seed(seed);

        document[document.Title!.Value].Should().Be(Folded(FrontStageArticles.Gold(seed).GetProperty("title").GetString()!));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Marks_exactly_the_gold_boilerplate_of_each_seed(string seed)
    {
        var document = FrontStageArticles.Seed(seed);
        var boilerplate = document.Texts(BlockKind.Boilerplate).ToList();

        var expected = FrontStageArticles.Gold(seed).Strings("boilerplate").Select(Folded).ToList();

        boilerplate.Should().HaveCount(expected.Count, "boilerplate found: {0}", string.Join(" | ", boilerplate));
        boilerplate.Should().OnlyContain(b => expected.Any(start => b.StartsWith(start, StringComparison.Ordinal)));
        expected.Should().OnlyContain(start => boilerplate.Any(b => b.StartsWith(start, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Finds_exactly_the_gold_headings_and_decks_of_each_seed(string seed)
    {
        var document = FrontStageArticles.Seed(seed);

        var expected = FrontStageArticles.Gold(seed).Strings("headings").Select(Folded);

        document.Texts(BlockKind.Heading, BlockKind.Deck).Should().BeEquivalentTo(expected);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Finds_exactly_the_gold_dateline_lines_of_each_seed(string seed)
    {
        var document = FrontStageArticles.Seed(seed);

        var datelines = document.Blocks.Where(b => b.Kind == BlockKind.Dateline).Select(b => document.ToSource(b.Span)).Select(s => document.Source[s.Start..s.End]);

        datelines.Should().BeEquivalentTo(FrontStageArticles.Gold(seed).Strings("metadata_lines"));
        document.Datelines.Where(d => !d.IsInline).Select(d => d.Span).Should().Equal(document.Blocks.Where(b => b.Kind == BlockKind.Dateline).Select(b => b.Span));
    }

    [Fact]
    public void Rebuilds_the_gold_logical_paragraphs_of_the_hard_wrapped_seed_with_no_blank_lines()
    {
        const string seed = "003_b3cf8da3f2620c11.txt";
        var document = FrontStageArticles.Seed(seed);
        var lineStarts = new List<int> { 0 };
        lineStarts.AddRange(document.Source.Select((c, i) => (c, i)).Where(x => x.c == '\n').Select(x => x.i + 1));
        int LineOf(int offset) => lineStarts.FindLastIndex(start => start <= offset) + 1;

        var lines = document.Blocks.Select(b => document.ToSource(b.Span)).Select(s => (LineOf(s.Start), LineOf(s.End - 1)));

        var expected = FrontStageArticles.Gold(seed).GetProperty("logical_paragraphs").EnumerateArray()
            .Select(pair => (pair[0].GetInt32(), pair[1].GetInt32()));
        lines.Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Folds_hard_wraps_inside_blocks_and_keeps_the_length_and_the_line_breaks_between_blocks(string seed)
    {
        var document = FrontStageArticles.Seed(seed);

        document.Text.Should().HaveLength(document.Source.Length - document.Repairs.Sum(r => r.Original.Length - r.Replacement.Length));
        document.Blocks.Should().OnlyContain(b => !document[b.Span].Contains('\n', StringComparison.Ordinal));
        foreach (var (first, second) in document.Blocks.Zip(document.Blocks.Skip(1)))
        {
            document.Text[first.Span.End..second.Span.Start].Should().Contain("\n");
        }
    }

    [Fact]
    public void Exposes_the_agency_lead_of_seed_004_as_an_inline_dateline_inside_its_paragraph()
    {
        var document = FrontStageArticles.Seed("004_0a27015c297dd176.txt");

        var inline = document.Datelines.Should().ContainSingle(d => d.IsInline).Subject;

        document[inline.Span].Should().Be("Baku-APA.");
        var paragraph = document.Blocks[inline.BlockIndex];
        paragraph.Kind.Should().Be(BlockKind.Paragraph);
        paragraph.Span.Start.Should().Be(inline.Span.Start);
    }

    [Fact]
    public void Lays_out_a_reuters_wire_story()
    {
        var document = FrontStageArticles.Article("layout-reuters-wire.txt");

        document.Blocks.Select(b => b.Kind).Should().Equal(
            BlockKind.Title,
            BlockKind.Boilerplate,
            BlockKind.Boilerplate,
            BlockKind.Paragraph,
            BlockKind.Paragraph,
            BlockKind.Paragraph,
            BlockKind.Paragraph,
            BlockKind.Paragraph,
            BlockKind.Paragraph,
            BlockKind.Paragraph,
            BlockKind.Boilerplate);
        document.Blocks.Where(b => b.Kind == BlockKind.Boilerplate).Select(b => b.Reason).Should().Equal(
            BlockClassifier.BylineReason, BlockClassifier.PhotoCaptionReason, "wire credits");
        var lead = document.Datelines.Should().ContainSingle().Subject;
        lead.IsInline.Should().BeTrue();
        document[lead.Span].Should().Be("MOSCOW (Reuters) -");
    }

    [Fact]
    public void Lays_out_a_press_conference_transcript()
    {
        var document = FrontStageArticles.Article("layout-press-transcript.txt");

        document[document.Title!.Value].Should().Be("Remarks With Russian Foreign Minister Sergey Lavrov After Their Meeting");
        document.Texts(BlockKind.Dateline).Should().Equal("May 27, 2013");
        document.Texts(BlockKind.Paragraph).Should().HaveCount(6).And.OnlyContain(p => Regex.IsMatch(p, "^[A-Z ]+: ", RegexOptions.None, TimeSpan.FromSeconds(1)));
        document.Blocks[^1].Should().Match<Block>(b => b.Kind == BlockKind.Boilerplate && b.Reason == BlockClassifier.SeparatorReason);
    }

    [Fact]
    public void Lays_out_a_hard_wrapped_blog_post_with_mojibake_and_a_comment_widget()
    {
        var document = FrontStageArticles.Article("layout-blog-hardwrapped.txt");

        document[document.Title!.Value].Should().Be("Lavrov and Kerry: a “reset” that never was");
        document.Texts(BlockKind.Dateline).Should().Equal("Posted by Daniel Moore on May 28, 2013");
        document.Texts(BlockKind.Heading).Should().Equal("The missile question");
        document.Texts(BlockKind.Paragraph).Should().Equal(
            "When John Kerry met Sergey Lavrov in Paris on Monday, the two men talked for hours about Syria. The result was modest: a promise to keep talking, and a conference “as soon as possible” in Geneva.",
            "Kerry said the talks were “constructive” — a word diplomats use when nothing was agreed. Lavrov’s café remarks afterwards were blunter: Russia will not abandon Assad, and it will not stop arms deliveries.",
            "Moscow insists the S-300 contract predates the war. Washington says the missiles would only embolden the regime. Neither side budged.",
            "“We will do everything in our power,” Lavrov told reporters, “to make this conference happen.” Whether it happens by June is anyone’s guess.");
        document.Blocks.Where(b => b.Kind == BlockKind.Boilerplate).Select(b => b.Reason).Should().Equal(
            BlockClassifier.PhotoCreditReason,
            "share or follow prompt",
            "share or follow prompt",
            "share or follow prompt",
            "comment widget",
            "comment widget",
            "comment widget");
    }

    [Fact]
    public void Rebuilds_paragraphs_of_hard_wrapped_text_without_blank_lines_from_where_the_next_word_would_have_fitted()
    {
        var document = FrontStageArticles.Article("layout-wrapped-no-blank-lines.txt");

        document[document.Title!.Value].Should().Be("Kerry and Lavrov agree to revive Geneva plan for Syria");
        document.Texts(BlockKind.Paragraph).Select(p => p[..20]).Should().Equal(
            "WASHINGTON, May 7 (A", "The two diplomats sp", "\"We share some very ", "Lavrov said Russia w", "Officials in Washing");
        document[document.Datelines.Should().ContainSingle().Subject.Span].Should().Be("WASHINGTON, May 7 (AP) —");
    }

    [Fact]
    public void Markdown_heading_marks_are_not_part_of_the_title_or_heading()
    {
        var document = Lay("# The red line that was not\n\nThe speech was strange. Obama made the case for strikes.\n\n## What Putin offered\n\nThe Russian proposal came out of nowhere. Nobody expected it.");

        document[document.Title!.Value].Should().Be("The red line that was not");
        document.Texts(BlockKind.Heading).Should().Equal("What Putin offered");
    }

    [Theory]
    [InlineData("MOSCOW (Reuters) - The United States and Russia agreed.", "MOSCOW (Reuters) -")]
    [InlineData("WASHINGTON, May 7 (AP) — Secretary Kerry said.", "WASHINGTON, May 7 (AP) —")]
    [InlineData("MOSCOW, May 7 (Reuters) -- Kerry arrived.", "MOSCOW, May 7 (Reuters) --")]
    [InlineData("Moscow, 7 May (RIA Novosti) – Lavrov said.", "Moscow, 7 May (RIA Novosti) –")]
    [InlineData("UNITED NATIONS (Reuters) - The council met.", "UNITED NATIONS (Reuters) -")]
    [InlineData("DAMASCUS, Syria — Shelling resumed.", "DAMASCUS, Syria —")]
    [InlineData("Baku-APA. The war escalated.", "Baku-APA.")]
    [InlineData("(CNN) -- The talks ended.", "(CNN) --")]
    [InlineData("MOSCOW, May 7. /TASS/. Lavrov met Kerry.", "MOSCOW, May 7. /TASS/.")]
    public void Records_a_wire_dateline_that_opens_a_paragraph_without_cutting_the_paragraph(string paragraph, string lead)
    {
        var document = Lay("Title of the story\n\n" + paragraph);

        document.Blocks[^1].Kind.Should().Be(BlockKind.Paragraph);
        document[document.Blocks[^1].Span].Should().Be(paragraph);
        document[document.Datelines.Should().ContainSingle().Subject.Span].Should().Be(lead);
    }

    [Theory]
    [InlineData("Russia (which vetoed the draft) said no.")]
    [InlineData("US-RUSSIA STRAINS deepened over the year.")]
    [InlineData("The Kremlin - and Putin himself - stayed silent.")]
    [InlineData("Russia/China talks ended without a deal.")]
    public void Does_not_take_ordinary_openings_for_a_dateline(string paragraph)
    {
        var document = Lay("Title of the story\n\n" + paragraph);

        document.Datelines.Should().BeEmpty();
    }

    [Theory]
    [InlineData("# 07 December 2012 00:47 (UTC +04:00)")]
    [InlineData("Posted on Tuesday, May 7, 2013 at 10:47 am")]
    [InlineData("Updated: 2013-05-07 14:02 GMT")]
    [InlineData("7\nMay, 2013")]
    [InlineData("May 7, 2013")]
    [InlineData("Tue May 7, 2013 1:22pm EDT")]
    [InlineData("Last Updated: Tuesday, 7 May 2013, 13:47 GMT")]
    [InlineData("By Jane Roe, Reuters | May 7, 2013")]
    [InlineData("Moscow, 07.05.2013")]
    [InlineData("Posted by Jane Roe on May 7, 2013 | 12 comments")]
    [InlineData("World · May 7, 2013 · 4 min read")]
    public void Takes_a_line_that_is_only_a_date_or_timestamp_for_a_dateline(string line)
    {
        var document = Lay("Title of the story\n\n" + line + "\n\nThe talks went on for hours. Nobody agreed.");

        document.Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Title, BlockKind.Dateline, BlockKind.Paragraph);
        document[document.Blocks[1].Span].Should().Be(line.Replace('\n', ' '));
    }

    [Theory]
    [InlineData("UN Photo", BlockClassifier.PhotoCreditReason)]
    [InlineData("Photo: Reuters", BlockClassifier.PhotoCreditReason)]
    [InlineData("AFP/Getty Images", BlockClassifier.PhotoCreditReason)]
    [InlineData("(Reuters/Maxim Shemetov)", BlockClassifier.PhotoCreditReason)]
    [InlineData("Kerry (left) and Lavrov in Geneva, September 12, 2013.", BlockClassifier.PhotoCaptionReason)]
    [InlineData("Russian President Vladimir Putin, pictured in 2012.", BlockClassifier.PhotoCaptionReason)]
    [InlineData("Map of Syria with Aleppo highlighted.", BlockClassifier.PhotoCaptionReason)]
    [InlineData("Lavrov with Kerry during a break in the talks in Geneva.", BlockClassifier.PhotoCaptionReason)]
    [InlineData("By Arshad Mohammed and Steve Gutterman", BlockClassifier.BylineReason)]
    [InlineData("(The briefing was concluded at 2:17 p.m.)", BlockClassifier.AsideReason)]
    [InlineData("[Laughter.]", BlockClassifier.AsideReason)]
    [InlineData("No comments:", "comment widget")]
    [InlineData("12 comments", "comment widget")]
    [InlineData("Leave a Reply", "comment widget")]
    [InlineData("Follow us on Twitter", "share or follow prompt")]
    [InlineData("Read more: Syria talks stall", "share or follow prompt")]
    [InlineData("Subscribe to our newsletter", "share or follow prompt")]
    [InlineData("© 2013 Reuters. All rights reserved.", "copyright notice")]
    [InlineData("Image caption Lavrov and Kerry in Geneva", BlockClassifier.PhotoCaptionReason)]
    [InlineData("Tags: Syria, Russia, United States", "share or follow prompt")]
    [InlineData("Reporting by Jane Roe; Editing by John Doe", "wire credits")]
    [InlineData("* * *", BlockClassifier.SeparatorReason)]
    public void Marks_page_furniture_between_paragraphs_as_boilerplate_with_its_reason(string line, string reason)
    {
        var document = Lay("Title of the story\n\nThe talks went on for hours. Nobody agreed.\n\n" + line + "\n\nLavrov left for Moscow on Tuesday.");

        document.Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Title, BlockKind.Paragraph, BlockKind.Boilerplate, BlockKind.Paragraph);
        document.Blocks[2].Reason.Should().Be(reason);
    }

    [Theory]
    [InlineData("“Yes.”")]
    [InlineData("“We will not abandon Assad,” Lavrov said.")]
    [InlineData("Russia released a photo of the site on Tuesday.")]
    [InlineData("The map of the region has changed since 2011.")]
    [InlineData("Kerry met with Lavrov in Geneva.")]
    [InlineData("By then, the talks had collapsed.")]
    [InlineData("Read the full statement, Kerry told reporters, before judging it.")]
    [InlineData("SECRETARY KERRY: Thank you very much")]
    public void Keeps_short_real_paragraphs_and_quote_lines_as_paragraphs(string line)
    {
        var document = Lay("Title of the story\n\nThe talks went on for hours. Nobody agreed.\n\n" + line + "\n\nLavrov left for Moscow on Tuesday.");

        document.Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Title, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph);
    }

    [Fact]
    public void Marks_an_author_name_line_and_the_bio_that_follows_it()
    {
        var document = Lay("Title of the story\n\nThe talks went on for hours.\n\nJane Roe\nJane Roe writes about Russia for the paper and is a former Moscow correspondent.");

        document.Blocks.Select(b => b.Reason).Should().Equal(null, null, BlockClassifier.AuthorBylineReason, BlockClassifier.AuthorBioReason);
    }

    [Fact]
    public void Keeps_a_profile_of_a_newsmaker_under_a_name_heading()
    {
        var document = Lay("Title of the story\n\nThe talks went on for hours.\n\nLakhdar Brahimi\n\nLakhdar Brahimi is the UN and Arab League envoy to Syria and a former Algerian foreign minister.");

        document.Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Title, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph);
    }

    [Fact]
    public void Takes_a_repeated_title_for_boilerplate_and_a_different_line_under_the_title_for_a_deck()
    {
        var repeated = Lay("Kerry Meets Lavrov\n\nKerry Meets Lavrov\n\nThe two met on Tuesday.");
        var deck = Lay("Kerry Meets Lavrov\n\nThe two ministers talk Syria for three hours\n\nThe two met on Tuesday.");

        repeated.Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Title, BlockKind.Boilerplate, BlockKind.Paragraph);
        repeated.Blocks[1].Reason.Should().Be(BlockClassifier.RepeatedTitleReason);
        deck.Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Title, BlockKind.Deck, BlockKind.Paragraph);
    }

    [Fact]
    public void Starts_a_paragraph_where_hard_wrapped_text_indents_its_first_line()
    {
        const string text = "Kerry in Moscow\n\n"
            + "    The United States and Russia agreed on Tuesday to try to bring the\n"
            + "Syrian government and rebels to an international conference by the end\n"
            + "of May, officials from both countries told reporters in Moscow tonight.\n"
            + "    Kerry spent three hours waiting for President Vladimir Putin before\n"
            + "their meeting at the Kremlin, where the two men talked about Syria and\n"
            + "about the investigation into the bombings at the Boston Marathon race.\n";

        var document = Lay(text);

        document.Texts(BlockKind.Paragraph).Select(p => p[..12]).Should().Equal("The United S", "Kerry spent ");
    }

    [Fact]
    public void Rebuilds_hard_wrapped_paragraphs_among_long_unwrapped_ones()
    {
        var longParagraph = string.Join(' ', Enumerable.Repeat("The ministers met again in Geneva and agreed to keep talking.", 5));
        var text = "Talks in Geneva\n\n" + longParagraph + "\n\n" + longParagraph + "\n\n"
            + "Lavrov said the United States and Russia would convene the conference\n"
            + "as soon as possible, and that the Syrian government had already named\n"
            + "its delegation, while the opposition was still arguing about its own.\n\n"
            + longParagraph + "\n\n"
            + "Kerry said Washington would press the opposition to attend the talks\n"
            + "in Geneva next month.\n";

        var document = Lay(text);

        document.Texts(BlockKind.Paragraph).Should().HaveCount(5);
        document.Texts(BlockKind.Paragraph).Should().Contain("Kerry said Washington would press the opposition to attend the talks in Geneva next month.");
    }

    [Fact]
    public void Joins_a_speaker_label_alone_on_its_line_to_the_words_below_it()
    {
        var document = Lay("Press Availability\n\nSECRETARY KERRY:\nThank you all for coming.\n\nQUESTION:\nIs Assad going to go?");

        document.Texts(BlockKind.Paragraph).Should().Equal("SECRETARY KERRY: Thank you all for coming.", "QUESTION: Is Assad going to go?");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t \n")]
    public void Lays_out_empty_text_as_no_blocks(string text)
    {
        var document = Lay(text);

        document.Blocks.Should().BeEmpty();
        document.Datelines.Should().BeEmpty();
    }

    [Fact]
    public void Lays_out_a_single_line_of_one_megabyte_as_one_block()
    {
        var line = string.Concat(Enumerable.Repeat("word ", 1024 * 1024 / 5)).Trim();

        var document = Lay(line);

        document.Blocks.Should().ContainSingle().Which.Span.Length.Should().Be(line.Length);
    }

    [Fact]
    public void Lays_out_ten_megabytes_of_paragraphs()
    {
        const string paragraph = "Kerry and Lavrov met in Geneva on Tuesday. “We agreed,” Kerry said.\n\n";
        var text = "A long article\n\n" + new StringBuilder().Insert(0, paragraph, 10 * 1024 * 1024 / paragraph.Length);

        var document = Lay(text);

        document.Blocks.Should().HaveCount(1 + (10 * 1024 * 1024 / paragraph.Length));
        document.Blocks.Skip(1).Should().OnlyContain(b => b.Kind == BlockKind.Paragraph);
    }

    [Fact]
    public void Lays_out_ten_megabytes_of_hard_wrapped_text_without_blank_lines()
    {
        const string paragraph = "The United States and Russia agreed on Tuesday to try to bring the\nSyrian government and rebels to an international conference by\nthe end of the month.\n";
        var text = new StringBuilder().Insert(0, paragraph, 10 * 1024 * 1024 / paragraph.Length).ToString();

        var document = Lay(text);

        document.Blocks.Should().HaveCount(10 * 1024 * 1024 / paragraph.Length);
    }
}
