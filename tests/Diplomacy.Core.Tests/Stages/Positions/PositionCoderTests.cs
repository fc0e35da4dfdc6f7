using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Positions;
using Diplomacy.Core.Tests.Support;

namespace Diplomacy.Core.Tests.Stages.Positions;

public sealed class PositionCoderTests
{
    private static readonly PositionCoder Coder = new(SharedKnowledge.Base);

    private static List<Position> Code(CodingDocument document)
    {
        Coder.Process(document.Document);
        return document.Document.Positions;
    }

    private static CodingDocument WithPeople(string body, string published = "2013-05-07") => CodingDocument.Create(body, published)
        .Person("Kerry", "John Kerry", "US")
        .Person("Lavrov", "Sergey Lavrov", "Russia")
        .Person("Ms. Clinton", "Hillary Rodham Clinton", "US")
        .Person("Putin", "Vladimir Putin", "Russia")
        .Person("Stent", "Angela Stent", "US", isAnalyst: true)
        .Person("Assad", "Bashar al-Assad", "Syria")
        .Sides();

    [Fact]
    public void A_quote_gives_its_speaker_s_position_with_the_lexicon_s_stance_and_polarity()
    {
        var positions = Code(WithPeople("“Assad's departure must not be a precondition for a dialogue,” Lavrov said.")
            .Quote("Assad's departure must not be a precondition for a dialogue,", "Sergey Lavrov"));

        var position = positions.Should().ContainSingle().Subject;
        position.Side.Should().Be(Side.Russia);
        position.Topic.Should().Be(Topic.AssadFate);
        position.Holder.Should().Be("Sergey Lavrov");
        position.Polarity.Should().Be(-1);
        position.Stance.Should().Be("Assad's departure is no precondition");
        position.IsAnalysis.Should().BeFalse();
        position.Date.Should().Be(PartialDate.Parse("2013-05-07"));
    }

    [Fact]
    public void A_reported_statement_is_held_by_its_subject_not_by_the_actor_it_is_about()
    {
        var positions = Code(WithPeople("The United States accuses Assad of crimes against his own people and has insisted that he step down."));

        var position = positions.Should().ContainSingle().Subject;
        position.Side.Should().Be(Side.US);
        position.Topic.Should().Be(Topic.AssadFate);
        position.Polarity.Should().Be(1);
        position.Stance.Should().Be("Assad must go");
    }

    [Fact]
    public void A_joint_statement_is_held_by_both_sides()
    {
        var positions = Code(WithPeople("Both nations also agreed that they would push for expanded humanitarian access to reach all parts of Syria."));

        var position = positions.Should().ContainSingle().Subject;
        position.Side.Should().Be(Side.Both);
        position.Topic.Should().Be(Topic.Humanitarian);
        position.Holder.Should().Be("United States and Russia");
        position.Stance.Should().Be("expand humanitarian access");
        position.Polarity.Should().Be(0, "humanitarian has no axis");
    }

    [Fact]
    public void A_joint_view_reported_by_one_minister_is_both_sides_held_by_the_minister()
    {
        var positions = Code(WithPeople("Lavrov spoke. He says both countries want to do everything to stop the bloodshed."));

        var position = positions.Should().ContainSingle().Subject;
        position.Side.Should().Be(Side.Both);
        position.Holder.Should().Be("Sergey Lavrov");
        position.Topic.Should().Be(Topic.Humanitarian);
    }

    [Fact]
    public void A_critic_holds_the_opposite_of_what_it_criticises()
    {
        var positions = Code(WithPeople("Washington has criticized Moscow for steadfastly backing a leader fated to fall."));

        var position = positions.Should().ContainSingle().Subject;
        position.Side.Should().Be(Side.US);
        position.Topic.Should().Be(Topic.AssadFate);
        position.Polarity.Should().Be(1);
        position.Stance.Should().Be("Assad must go");
    }

    [Fact]
    public void Each_clause_of_a_contrast_codes_its_own_side()
    {
        var positions = Code(WithPeople(
            "Russia has repeatedly warned that extremists could come to power in Syria, while Washington has criticized Moscow for backing Assad."));

        positions.Select(p => (p.Side, p.Topic)).Should().BeEquivalentTo([(Side.Russia, Topic.Extremism), (Side.US, Topic.AssadFate)]);
    }

    [Fact]
    public void A_speaker_s_account_of_the_other_side_is_that_side_s_position()
    {
        var positions = Code(WithPeople("Ms. Clinton said the Russians sided with Assad once again."));

        var position = positions.Should().ContainSingle().Subject;
        position.Side.Should().Be(Side.Russia);
        position.Stance.Should().Be("backs Assad");
    }

    [Fact]
    public void An_analyst_s_view_is_marked_as_analysis()
    {
        var positions = Code(WithPeople("“Neither side wants a radical Islamist government to come to power,” Stent said.")
            .Quote("Neither side wants a radical Islamist government to come to power,", "Angela Stent"));

        var position = positions.Should().ContainSingle().Subject;
        position.Topic.Should().Be(Topic.Extremism);
        position.Side.Should().Be(Side.Both);
        position.IsAnalysis.Should().BeTrue();
    }

    [Fact]
    public void The_person_told_is_not_the_holder()
    {
        var positions = Code(WithPeople("Kerry told Putin that common interests could bridge divisions between the big powers."));

        var position = positions.Should().ContainSingle().Subject;
        position.Side.Should().Be(Side.US);
        position.Holder.Should().Be("John Kerry");
        position.Topic.Should().Be(Topic.BilateralRelations);
    }

    [Fact]
    public void A_sentence_without_a_US_or_Russian_holder_codes_nothing()
    {
        Code(WithPeople("Israeli air strikes in Syria have heightened a sense of urgency in the region.")).Should().BeEmpty();
        Code(WithPeople("The weather in Moscow was cold.")).Should().BeEmpty();
    }

    [Fact]
    public void A_position_takes_the_date_of_its_sentence_where_it_has_one()
    {
        var positions = Code(WithPeople("Russia said Monday it was concerned the chance of foreign military intervention was growing.")
            .Date("Monday", "2013-05-06"));

        var position = positions.Should().ContainSingle().Subject;
        position.Topic.Should().Be(Topic.Intervention);
        position.Date.Should().Be(PartialDate.Parse("2013-05-06"));
        position.Polarity.Should().Be(-1);
    }

    [Fact]
    public void Without_a_stance_phrase_the_stance_is_the_clause_compressed()
    {
        var positions = Code(WithPeople("Lavrov said the Security Council must stay the forum of any decision."));

        var position = positions.Should().ContainSingle().Subject;
        position.Topic.Should().Be(Topic.UnSecurityCouncil);
        position.Stance.Should().Be("the Security Council must stay the forum of any decision");
    }

    [Fact]
    public void A_sentence_opening_with_a_dated_year_sets_the_time_of_the_undated_sentences_after_it()
    {
        var positions = Code(WithPeople(
            "In June 2012, the crisis deepened. Russia is opposed to the establishment of no-fly zones. On Tuesday, Russia said again that it opposes any no-fly zone.",
            "2013-05-27")
            .Date("In June 2012", "2012-06")
            .Date("On Tuesday", "2013-05-21"));

        positions.Select(p => p.Date).Should().Equal(PartialDate.Parse("2012-06"), PartialDate.Parse("2013-05-21"));
    }

    [Fact]
    public void A_question_states_no_position()
    {
        Code(WithPeople("Does Russia still insist that Assad must not step down?")).Should().BeEmpty();
    }
}
