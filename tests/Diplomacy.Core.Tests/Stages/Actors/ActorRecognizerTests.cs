using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Actors;
using Diplomacy.Core.Tests.Support;

namespace Diplomacy.Core.Tests.Stages.Actors;

public sealed class ActorRecognizerTests
{
    private static readonly ActorRecognizer Recognizer = new(SharedKnowledge.Base, PeopleLexicon.LoadDefault());

    private static ArticleDocument Recognise(string body, string published = "2013-05-07")
    {
        var document = HandLaidDocument.Create("Title\n\n" + body, published);
        Recognizer.Process(document);
        return document;
    }

    [Fact]
    public void Spelling_variants_of_a_first_name_resolve_to_one_actor()
    {
        var document = Recognise("Sergei Lavrov met reporters. Later Sergey Lavrov left.");

        document.Mentions.Where(m => m.ActorName == "Sergey Lavrov").Should().HaveCount(2);
        document.Actors["Sergey Lavrov"].Aliases.Should().BeEquivalentTo("Sergei Lavrov", "Sergey Lavrov");
    }

    [Theory]
    [InlineData("Secretary Kerry spoke first.", "John Kerry", "Secretary Kerry")]
    [InlineData("Foreign Minister Lavrov spoke first.", "Sergey Lavrov", "Foreign Minister Lavrov")]
    [InlineData("Ms. Clinton spoke first.", "Hillary Rodham Clinton", "Ms. Clinton")]
    public void A_titled_surname_resolves_to_the_known_person(string body, string expected, string surface)
    {
        var document = Recognise(body, "2012-06-27");

        document.Mentions.Should().ContainSingle(m => m.ActorName == expected).Which.Surface.Should().Be(surface);
    }

    [Fact]
    public void A_misspelt_surname_after_a_title_resolves_by_edit_distance()
    {
        var document = Recognise("Secretary Clinon said she was pleased.", "2012-06-27");

        document.Mentions.Should().ContainSingle().Which.Should().Match<ActorMention>(m => m.ActorName == "Hillary Rodham Clinton" && m.Kind == MentionKind.Misspelling);
    }

    [Fact]
    public void An_office_resolves_to_its_holder_on_the_publication_date()
    {
        Recognise("The Secretary of State arrived.", "2012-06-27").Mentions.Single().ActorName.Should().Be("Hillary Rodham Clinton");
        Recognise("The Secretary of State arrived.", "2013-05-27").Mentions.Single().ActorName.Should().Be("John Kerry");
    }

    [Fact]
    public void A_capital_stands_for_its_government_but_not_after_a_preposition_of_place()
    {
        var document = Recognise("Moscow rejected the plan in talks held in Moscow.");

        document.Mentions.Should().ContainSingle(m => m.ActorName == "Russia").Which.Span.Start.Should().Be(document.Text.IndexOf("Moscow", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_name_alone_resolves_only_to_a_person_already_named()
    {
        var document = Recognise("John Kerry arrived. Later John visited the market.");

        document.Mentions.Where(m => m.ActorName == "John Kerry").Should().HaveCount(2);
        Recognise("John visited the market.").Mentions.Should().BeEmpty();
    }

    [Fact]
    public void A_person_introduced_by_an_apposition_is_added_with_role_and_country()
    {
        var document = Recognise("\"We will see,\" said Jane Roebuck, a senior fellow at the Brookings Institution in Washington. Roebuck added that talks would go on.");

        var actor = document.Actors["Jane Roebuck"];
        actor.IsKnown.Should().BeFalse();
        actor.Role.Should().Contain("senior fellow");
        actor.Country.Should().Be("US");
        actor.IsAnalyst.Should().BeTrue();
        document.Mentions.Count(m => m.ActorName == "Jane Roebuck").Should().Be(2);
    }

    [Fact]
    public void A_person_introduced_after_a_role_is_added()
    {
        var document = Recognise("Kremlin spokesman Piotr Zablotsky denied the report.");

        document.Actors.Should().ContainKey("Piotr Zablotsky");
    }

    [Theory]
    [InlineData("“This agreement will not hold,” said U.S. Ambassador Jane Roe.", "Jane Roe", "Ambassador Jane Roe")]
    [InlineData("Russia's deputy ambassador, Ivan Petrov, said the draft was unacceptable.", "Ivan Petrov", "Ivan Petrov")]
    [InlineData("Opposition activist Hadi Abdullah said nobody trusted the regime.", "Hadi Abdullah", "Hadi Abdullah")]
    [InlineData("“This will not hold,” said rebel commander Abu Issa al-Sheikh.", "Abu Issa al-Sheikh", "Abu Issa al-Sheikh")]
    [InlineData("“The devil is in the details,” said Jeffrey White, a defense fellow at the Washington Institute.", "Jeffrey White", "Jeffrey White")]
    public void An_unknown_person_is_found_however_the_text_introduces_them(string body, string name, string surface)
    {
        var document = Recognise(body);

        document.Mentions.Should().Contain(m => m.ActorName == name && m.Surface == surface);
        document.Actors[name].IsKnown.Should().BeFalse();
    }

    [Fact]
    public void A_transcript_label_in_capitals_is_a_mention()
    {
        var document = Recognise("SECRETARY KERRY: Thank you all for coming.");

        document.Mentions.Should().Contain(m => m.ActorName == "John Kerry");
    }

    [Fact]
    public void Lower_case_words_are_not_taken_for_names()
    {
        var document = Recognise("Give us the facts, he said.");

        document.Mentions.Should().BeEmpty();
    }
}
