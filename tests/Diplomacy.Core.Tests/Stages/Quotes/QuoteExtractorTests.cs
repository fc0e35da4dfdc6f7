using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Actors;
using Diplomacy.Core.Stages.Quotes;
using Diplomacy.Core.Tests.Support;

namespace Diplomacy.Core.Tests.Stages.Quotes;

public sealed class QuoteExtractorTests
{
    private static readonly ActorRecognizer Recognizer = new(SharedKnowledge.Base, PeopleLexicon.LoadDefault());
    private static readonly QuoteExtractor Extractor = new(SpeechLexicon.LoadDefault());

    private static List<Quote> Extract(string body, string published = "2013-05-07")
    {
        var document = HandLaidDocument.Create("Title\n\n" + body, published);
        Recognizer.Process(document);
        Extractor.Process(document);
        return document.Quotes;
    }

    [Theory]
    [InlineData("“We will not accept this,” Lavrov said.")]
    [InlineData("\"We will not accept this,\" said Sergei Lavrov.")]
    [InlineData("Lavrov said: “We will not accept this.”")]
    [InlineData("“We will not accept this.” – Mr. Lavrov")]
    [InlineData("“We will not accept this.” -Foreign Minister Lavrov")]
    [InlineData("“We will not accept this,” Lavrov told reporters in Geneva.")]
    [InlineData("“We will not accept this,” Lavrov also told Kerry.")]
    [InlineData("'We will not accept this,' Lavrov said.")]
    [InlineData("‘We will not accept this,’ said Sergei Lavrov.")]
    [InlineData("“We will not accept this,” Sergei Lavrov, the Russian foreign minister, said.")]
    [InlineData("Sergei Lavrov, the Russian foreign minister, said: “We will not accept this.”")]
    [InlineData("Lavrov opened with a warning: “We will not accept this.”")]
    public void An_explicit_cue_names_the_speaker(string body)
    {
        var quote = Extract(body).Should().ContainSingle().Subject;

        quote.Text.Should().StartWith("We will not accept this");
        quote.Speaker.Should().Be("Sergey Lavrov");
        quote.Attribution.Should().Be(Attribution.Explicit);
    }

    [Fact]
    public void A_pronoun_cue_resolves_to_the_last_person_named()
    {
        var quotes = Extract("Lavrov criticised the plan.\n\n“It will fail,” he said.");

        quotes.Should().ContainSingle().Which.Should().Match<Quote>(q => q.Speaker == "Sergey Lavrov" && q.Attribution == Attribution.Pronoun);
    }

    [Fact]
    public void A_quote_missing_its_opening_mark_starts_at_its_paragraph()
    {
        var quotes = Extract("We agreed today on a plan for the talks.” – Secretary Kerry");

        quotes.Should().ContainSingle().Which.Should().Match<Quote>(q => q.Text == "We agreed today on a plan for the talks." && q.Speaker == "John Kerry");
    }

    [Fact]
    public void A_mixed_pair_of_curly_and_straight_marks_is_one_quote()
    {
        var quotes = Extract("“We remain very concerned about the regime,\" Panetta said.");

        quotes.Should().ContainSingle().Which.Speaker.Should().Be("Leon Panetta");
    }

    [Fact]
    public void A_second_quote_in_the_paragraph_carries_the_first_ones_speaker()
    {
        var quotes = Extract("“Events are accelerating,” Clinton told reporters. “The pressure is increasing.”", "2012-12-07");

        quotes.Should().HaveCount(2);
        quotes[1].Should().Match<Quote>(q => q.Speaker == "Hillary Rodham Clinton" && q.Attribution == Attribution.Carried);
    }

    [Fact]
    public void A_paragraph_opening_with_a_quote_continues_the_previous_speaker()
    {
        var quotes = Extract("“The first part of my answer,” Putin said.\n\n“And the second part of my answer.”");

        quotes.Should().HaveCount(2);
        quotes[1].Speaker.Should().Be("Vladimir Putin");
    }

    [Fact]
    public void An_unclosed_quote_runs_over_paragraphs_in_the_wire_convention()
    {
        var quotes = Extract("“This is the first paragraph of the statement,\n\n“and this is the second one,” Lavrov said.");

        quotes.Should().HaveCount(2);
        quotes.Should().OnlyContain(q => q.Speaker == "Sergey Lavrov");
    }

    [Fact]
    public void A_nested_single_quote_is_a_quote_of_its_own_with_the_outer_speaker()
    {
        var quotes = Extract("“Both sides are going to say, ‘I told you so,’” Lavrov said.");

        quotes.Should().HaveCount(2);
        quotes.Should().ContainSingle(q => q.Text == "I told you so," && q.ParentIndex == 0).Which.Speaker.Should().Be("Sergey Lavrov");
    }

    [Fact]
    public void A_short_quote_without_a_verb_of_saying_is_a_scare_quote_and_not_extracted()
    {
        Extract("Here we are “all of a sudden” with common ground.").Should().BeEmpty();
        Extract("Obama has warned Syria that chemical weapons would cross a “red line”.", "2012-12-07").Should().ContainSingle().Which.Speaker.Should().Be("Barack Obama");
    }

    [Fact]
    public void Apostrophes_are_not_quote_marks()
    {
        var quotes = Extract("“We don’t accept the Kremlin’s view,” Kerry said.");

        quotes.Should().ContainSingle().Which.Text.Should().Be("We don’t accept the Kremlin’s view,");
    }

    [Fact]
    public void Where_an_article_quotes_in_single_marks_apostrophes_stay_apostrophes()
    {
        var quotes = Extract("'We don't accept the Kremlin's view of the allies' plan,' Kerry said.");

        quotes.Should().ContainSingle().Which.Text.Should().Be("We don't accept the Kremlin's view of the allies' plan,");
    }

    [Fact]
    public void A_sentence_after_a_quote_that_ends_in_a_full_stop_does_not_attribute_it()
    {
        var quotes = Extract("Kerry spoke first: “We will not accept this.” Sergei Lavrov, the Russian foreign minister, replied that “nothing is agreed”.");

        quotes.Select(q => q.Speaker).Should().Equal("John Kerry", "Sergey Lavrov");
    }

    [Fact]
    public void A_name_that_opens_the_reported_clause_is_not_the_speaker()
    {
        var quotes = Extract("Kerry called the strikes “a grave mistake” on Sunday and said Russia was “going to pay a price for this”.");

        quotes.Should().OnlyContain(q => q.Speaker == "John Kerry");
    }

    [Fact]
    public void A_quote_set_off_under_a_lead_in_ending_in_a_colon_takes_its_speaker_from_it()
    {
        var quotes = Extract("Lavrov put it this way on Monday:\n\n> “We are calling on the Syrian leadership to place the weapons under international control.”");

        quotes.Should().ContainSingle().Which.Speaker.Should().Be("Sergey Lavrov");
    }

    [Fact]
    public void A_pronoun_after_a_leading_clause_does_not_stand_for_the_person_in_that_clause()
    {
        var quotes = Extract("Kerry spoke in London. Asked whether Assad could avoid an attack, he said: “He could turn over every single bit of his weapons.”");

        quotes.Should().ContainSingle().Which.Speaker.Should().Be("John Kerry");
    }

    [Theory]
    [InlineData("Clinton met Lavrov in Geneva. “We have our differences,” she said.", "Hillary Rodham Clinton")]
    [InlineData("Jane Roe, a senior fellow at the Brookings Institution, met Lavrov. “We have our differences,” she said.", "Jane Roe")]
    [InlineData("Ms. Roe met Lavrov in Geneva. “We have our differences,” he said.", "Sergey Lavrov")]
    public void A_pronoun_stands_for_the_last_person_of_its_gender(string body, string speaker)
    {
        var quote = Extract(body).Should().ContainSingle().Subject;

        quote.Speaker.Should().Be(speaker);
        quote.Attribution.Should().Be(Attribution.Pronoun);
    }

    [Fact]
    public void A_transcript_label_naming_an_office_speaks_for_its_holder_on_the_date()
    {
        var quotes = Extract("THE SECRETARY: Thank you all very much.\n\nTHE PRESIDENT: We will not accept this.");

        quotes.Select(q => q.Speaker).Should().Equal("John Kerry", "Barack Obama");
    }

    [Fact]
    public void According_to_names_the_source_of_a_quote_later_in_its_sentence()
    {
        var quotes = Extract("According to Foreign Minister Sergei Lavrov, Moscow regards the strikes “as aggression against a sovereign nation in violation of international law.”");

        quotes.Should().ContainSingle().Which.Speaker.Should().Be("Sergey Lavrov");
    }

    [Fact]
    public void A_pronoun_stands_for_the_subject_before_a_name_mentioned_in_passing()
    {
        var quotes = Extract("Lavrov said Moscow was not interested in persons - a reference to Assad - but in the Syrian people. “We are interested in the fate of the Syrian people as a whole,” he said.");

        quotes.Should().ContainSingle().Which.Speaker.Should().Be("Sergey Lavrov");
    }

    [Fact]
    public void Transcript_labels_make_each_turn_a_quote_with_its_speaker()
    {
        var quotes = Extract("SECRETARY KERRY: Thank you very much for coming today.\n\nWe had a good meeting.\n\nQUESTION: Will there be a conference?\n\nFOREIGN MINISTER LAVROV: Yes, we hope so.");

        quotes.Select(q => q.Speaker).Should().Equal("John Kerry", "John Kerry", null, "Sergey Lavrov");
        quotes[0].Attribution.Should().Be(Attribution.Label);
    }

    [Fact]
    public void Thousands_of_unbalanced_marks_give_a_result_without_hanging()
    {
        var body = string.Concat(Enumerable.Repeat("“word \" ‘ ” ", 5000));

        var act = () => Extract(body);

        act.Should().NotThrow();
    }
}
