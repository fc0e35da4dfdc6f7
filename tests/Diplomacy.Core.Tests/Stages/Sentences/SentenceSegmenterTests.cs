using System.Text;
using Diplomacy.Core.Model;

namespace Diplomacy.Core.Tests.Stages.Sentences;

public class SentenceSegmenterTests
{
    public static TheoryData<string> Seeds => FrontStageArticles.SeedNames;

    private static string[] Split(string paragraph)
    {
        var document = FrontStageArticles.Run("Title\n\n" + paragraph);
        return [.. document.Sentences.Where(s => document.Blocks[s.BlockIndex].Kind == BlockKind.Paragraph).Select(s => document[s.Span])];
    }

    [Theory]
    [InlineData("Mr. Burns said so. He left.", "Mr. Burns said so.|He left.")]
    [InlineData("Ms. Clinton, Mrs. Obama and Dr. Rice met Gen. Dempsey, Sen. McCain, Rep. King and Gov. Perry. They talked.", "Ms. Clinton, Mrs. Obama and Dr. Rice met Gen. Dempsey, Sen. McCain, Rep. King and Gov. Perry.|They talked.")]
    [InlineData("U.S. Secretary of State John Kerry met U.N. envoy Lakhdar Brahimi. They talked.", "U.S. Secretary of State John Kerry met U.N. envoy Lakhdar Brahimi.|They talked.")]
    [InlineData("Russia is wary of the U.S. The talks stalled.", "Russia is wary of the U.S.|The talks stalled.")]
    [InlineData("Deputy Secretary William J. Burns spoke at St. Petersburg University.", "Deputy Secretary William J. Burns spoke at St. Petersburg University.")]
    [InlineData("They met at 11 a.m. Moscow time and left at 2 p.m. The talks failed.", "They met at 11 a.m. Moscow time and left at 2 p.m.|The talks failed.")]
    [InlineData("Talks began on Jan. 22 and on Sept. 11 Feb. 3 was set. Aug. 2 followed.", "Talks began on Jan. 22 and on Sept. 11 Feb. 3 was set.|Aug. 2 followed.")]
    [InlineData("Resolution No. 2254 passed. It was unanimous.", "Resolution No. 2254 passed.|It was unanimous.")]
    [InlineData("Allies, e.g. Iran and Hezbollah, i.e. Assad's friends, objected.", "Allies, e.g. Iran and Hezbollah, i.e. Assad's friends, objected.")]
    [InlineData("Tanks, jets, etc. were shown. Then it rained.", "Tanks, jets, etc. were shown.|Then it rained.")]
    [InlineData("The rate rose 2.5 percent to $30.5 billion. It fell later.", "The rate rose 2.5 percent to $30.5 billion.|It fell later.")]
    [InlineData("There are many issues: ... economic cooperation. Then Iran.", "There are many issues: ... economic cooperation.|Then Iran.")]
    [InlineData("He paused… Then he spoke again.", "He paused…|Then he spoke again.")]
    [InlineData("Is it over? No! It goes on.", "Is it over?|No!|It goes on.")]
    [InlineData("He died in 2011. 70,000 people have been killed.", "He died in 2011.|70,000 people have been killed.")]
    public void Splits_sentences_around_abbreviations_initials_decimals_and_ellipses(string paragraph, string expected)
    {
        Split(paragraph).Should().Equal(expected.Split('|'));
    }

    [Theory]
    [InlineData("“Do we have disagreements? Yes. We obviously disagree over Syria.” -Ms. Clinton", "“Do we have disagreements?|Yes.|We obviously disagree over Syria.” -Ms. Clinton")]
    [InlineData("“And that’s what brought us here to Paris.” – Secretary Kerry", "“And that’s what brought us here to Paris.” – Secretary Kerry")]
    [InlineData("“What would they like their country to be?” – Secretary Kerry", "“What would they like their country to be?” – Secretary Kerry")]
    [InlineData("\"We agreed,\" he said. \"It is a start.\"", "\"We agreed,\" he said.|\"It is a start.\"")]
    [InlineData("\"Yes. No,\" he said.", "\"Yes.|No,\" he said.")]
    [InlineData("“Why?” Kerry asked.", "“Why?” Kerry asked.")]
    [InlineData("“We will find common ground.” Kerry told Putin.", "“We will find common ground.” Kerry told Putin.")]
    [InlineData("“We remain concerned,\" Panetta said. “The intelligence is serious.”", "“We remain concerned,\" Panetta said.|“The intelligence is serious.”")]
    [InlineData("\"The talks are over.\" Russian Foreign Ministry spokesman Alexander Lukashevich said in a statement.", "\"The talks are over.\" Russian Foreign Ministry spokesman Alexander Lukashevich said in a statement.")]
    [InlineData("\"The talks are over.\" Kerry said the talks would resume in Geneva next month.", "\"The talks are over.\"|Kerry said the talks would resume in Geneva next month.")]
    [InlineData("\"It is over.\" Mr. Lavrov said.", "\"It is over.\" Mr. Lavrov said.")]
    [InlineData("“Both sides are going to say, ‘I told you so.’” Rojansky said.", "“Both sides are going to say, ‘I told you so.’” Rojansky said.")]
    public void Keeps_a_closing_quote_mark_and_its_attribution_with_the_quote_s_last_sentence(string paragraph, string expected)
    {
        Split(paragraph).Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void Gives_the_title_decks_and_headings_one_sentence_each_and_datelines_and_boilerplate_none()
    {
        var document = FrontStageArticles.Run("Kerry Meets Lavrov. Again\n\nThe ministers talk Syria\n\nMay 7, 2013\n\nThey met. They talked.\n\nWhat Comes Next?\n\nUN Photo");

        document.Sentences.Select(s => (document.Blocks[s.BlockIndex].Kind, document[s.Span])).Should().Equal(
            (BlockKind.Title, "Kerry Meets Lavrov. Again"),
            (BlockKind.Deck, "The ministers talk Syria"),
            (BlockKind.Paragraph, "They met."),
            (BlockKind.Paragraph, "They talked."),
            (BlockKind.Heading, "What Comes Next?"));
        document.Sentences.Select(s => s.Index).Should().Equal(0, 1, 2, 3, 4);
    }

    [Fact]
    public void Keeps_a_dateline_lead_in_the_first_sentence_of_its_paragraph()
    {
        Split("Baku-APA. The war escalated. Talks stalled.").Should().Equal("Baku-APA. The war escalated.", "Talks stalled.");
        Split("MOSCOW (Reuters) - Kerry arrived. He met Putin.").Should().Equal("MOSCOW (Reuters) - Kerry arrived.", "He met Putin.");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Keeps_each_gold_quote_and_the_cue_after_it_in_one_sentence(string seed)
    {
        var document = FrontStageArticles.Seed(seed);
        var gold = FrontStageArticles.Gold(seed);

        foreach (var quote in gold.GetProperty("quotes").EnumerateArray())
        {
            var text = quote.GetProperty("text").GetString()!;
            var cue = quote.TryGetProperty("cue", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.String ? c.GetString()! : null;
            var end = document.Text.IndexOf(text, StringComparison.Ordinal) + text.Length;
            var cueStart = cue is null ? -1 : document.Text.IndexOf(cue, end, Math.Min(12 + cue.Length, document.Text.Length - end), StringComparison.Ordinal);
            if (cueStart < 0 || text.Length < 12)
            {
                continue;
            }

            var sentence = document.SentenceAt(end - 1);
            sentence.Should().NotBeNull();
            sentence!.Span.End.Should().BeGreaterThanOrEqualTo(cueStart + cue!.Length, "the cue \"{0}\" belongs to the sentence \"{1}\"", cue, document[sentence.Span]);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Lays_sentences_in_order_inside_their_blocks_without_overlap(string seed)
    {
        var document = FrontStageArticles.Seed(seed);

        document.Sentences.Should().NotBeEmpty();
        document.Sentences.Should().OnlyContain(s => document.Blocks[s.BlockIndex].Span.Contains(s.Span) && !s.Span.IsEmpty);
        document.Sentences.Zip(document.Sentences.Skip(1)).Should().OnlyContain(p => p.First.Span.End < p.Second.Span.Start);
        document.Sentences.Should().OnlyContain(s => !char.IsWhiteSpace(document.Text[s.Span.Start]) && !char.IsWhiteSpace(document.Text[s.Span.End - 1]));
    }

    [Fact]
    public void Splits_the_sentences_of_seed_000_at_its_abbreviations_and_quotes()
    {
        var sentences = FrontStageArticles.Seed("000_1170331ad99da955.txt").SentenceTexts().ToList();

        sentences.Should().Contain("Earlier this week, recognizing Russia’s strategic importance to the United States, Deputy Secretary William J. Burns said U.S.-Russia relations are often an uneasy mix of competition and cooperation.");
        sentences.Should().Contain("We obviously disagree over the path forward on Syria.” -Ms. Clinton");
        sentences.Should().Contain("Mr. Burnn said he has spent a good deal of his diplomatic career helping Administrations of both parties navigate US complicated relationship with Russia.");
    }

    [Fact]
    public void Splits_the_sentences_of_the_wire_story_and_the_transcript()
    {
        var wire = FrontStageArticles.Article("layout-reuters-wire.txt").SentenceTexts().ToList();
        var transcript = FrontStageArticles.Article("layout-press-transcript.txt").SentenceTexts().ToList();

        wire.Should().Contain("At 11 a.m. Moscow time on Tuesday, Kerry laid a wreath at the Tomb of the Unknown Soldier.");
        wire.Should().Contain("We are interested in the fate of the Syrian people,\" he said.");
        wire.Should().Contain("Moscow has said his departure cannot be a precondition for talks, e.g. at a conference like the one held in Geneva in June 2012.");
        transcript.Should().Contain("QUESTION: Mr. Secretary, do you believe that the conference can take place in June?");
        transcript.Should().Contain("FOREIGN MINISTER LAVROV: (Via interpreter) We will honor the contracts that were signed a long time ago, i.e. before the conflict began.");
    }

    [Fact]
    public void Segments_text_with_thousands_of_quote_marks()
    {
        var paragraph = string.Concat(Enumerable.Repeat("\"Yes.\" \"No.\" ”“ '' ", 5000));

        var document = FrontStageArticles.Run("Title\n\n" + paragraph);

        document.Sentences.Should().HaveCountGreaterThan(1000);
    }

    [Fact]
    public void Segments_a_single_megabyte_line_without_punctuation_as_one_sentence()
    {
        var line = string.Concat(Enumerable.Repeat("word ", 1024 * 1024 / 5)).Trim();

        var document = FrontStageArticles.Run("Title\n\n" + line);

        document.Sentences.Should().HaveCount(2);
        document.Sentences[1].Span.Length.Should().Be(line.Length);
    }

    [Fact]
    public void Segments_ten_megabytes_of_prose()
    {
        const string paragraph = "Mr. Kerry met Mr. Lavrov at 11 a.m. in the U.S. embassy. “We agreed,” Kerry said. It was 2.5 hours.\n\n";
        var text = "Title\n\n" + new StringBuilder().Insert(0, paragraph, 10 * 1024 * 1024 / paragraph.Length);

        var document = FrontStageArticles.Run(text);

        document.Sentences.Should().HaveCount(1 + (3 * (10 * 1024 * 1024 / paragraph.Length)));
    }

    [Fact]
    public void Segments_empty_text_as_no_sentences()
    {
        FrontStageArticles.Run(string.Empty).Sentences.Should().BeEmpty();
    }
}
