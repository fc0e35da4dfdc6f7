using Diplomacy.Core.Analysis;
using Diplomacy.Core.Model;
using Diplomacy.Core.Text;

namespace Diplomacy.Core.Tests.Analysis;

public sealed class PositionAlignmentTests
{
    private static Position Held(Side side, Topic topic, int polarity, string date, bool isAnalysis = false) =>
        new(side, topic, "stance", polarity, side.ToString(), PartialDate.Parse(date), new TextSpan(0, 1), isAnalysis, 0);

    [Fact]
    public void Opposite_poles_in_a_quarter_diverge_and_the_same_pole_converges()
    {
        var cells = PositionAlignment.ByTopicAndQuarter(
        [
            Held(Side.US, Topic.AssadFate, 1, "2013-05-07"),
            Held(Side.Russia, Topic.AssadFate, -1, "2013-06"),
            Held(Side.US, Topic.PoliticalTransition, 1, "2013-05-27"),
            Held(Side.Russia, Topic.PoliticalTransition, 1, "2013-04-02"),
        ]);

        cells.Should().HaveCount(2);
        cells.Single(c => c.Topic == Topic.AssadFate).Alignment.Should().Be(Alignment.Diverge);
        cells.Single(c => c.Topic == Topic.PoliticalTransition).Alignment.Should().Be(Alignment.Converge);
        cells.Should().OnlyContain(c => c.Quarter == new Quarter(2013, 2));
    }

    [Fact]
    public void A_joint_position_converges_and_one_side_alone_is_one_sided()
    {
        var cells = PositionAlignment.ByTopicAndQuarter(
        [
            Held(Side.Both, Topic.Humanitarian, 0, "2016-03-24"),
            Held(Side.Russia, Topic.Intervention, -1, "2016-03-01"),
        ]);

        cells.Single(c => c.Topic == Topic.Humanitarian).Alignment.Should().Be(Alignment.Converge);
        cells.Single(c => c.Topic == Topic.Intervention).Alignment.Should().Be(Alignment.OneSided);
    }

    [Fact]
    public void Both_sides_without_polarity_are_undetermined()
    {
        var cells = PositionAlignment.ByTopicAndQuarter(
        [
            Held(Side.US, Topic.Extremism, 0, "2012-12-06"),
            Held(Side.Russia, Topic.Extremism, 0, "2012-11-30"),
        ]);

        cells.Should().ContainSingle().Which.Alignment.Should().Be(Alignment.Undetermined);
        cells[0].Quarter.ToString().Should().Be("2012-Q4");
    }

    [Fact]
    public void Quarters_are_kept_apart_and_analysts_and_year_only_dates_left_out()
    {
        var cells = PositionAlignment.ByTopicAndQuarter(
        [
            Held(Side.US, Topic.AssadFate, 1, "2012-03-01"),
            Held(Side.Russia, Topic.AssadFate, -1, "2012-04-01"),
            Held(Side.Russia, Topic.AssadFate, 1, "2012-03-15", isAnalysis: true),
            Held(Side.Russia, Topic.AssadFate, 1, "2012"),
        ]);

        cells.Select(c => (c.Quarter.ToString(), c.Alignment)).Should().Equal(("2012-Q1", Alignment.OneSided), ("2012-Q2", Alignment.OneSided));
    }
}
