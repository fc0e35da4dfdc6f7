using Diplomacy.Core.Model;
using Diplomacy.Web.Infrastructure;

namespace Diplomacy.Web.Tests;

public sealed class ParameterReaderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_parameter_is_absent_and_no_problem(string? raw)
    {
        var reader = new ParameterReader();

        reader.Optional<Topic>(raw, Vocabulary.TryParse, given => $"“{given}” is not a topic.").Should().BeNull();
        reader.Problems.Should().BeEmpty();
    }

    [Fact]
    public void A_readable_parameter_gives_its_value()
    {
        var reader = new ParameterReader();

        reader.Optional<Topic>("chemical-weapons", Vocabulary.TryParse, given => $"“{given}” is not a topic.").Should().Be(Topic.ChemicalWeapons);
        reader.Problems.Should().BeEmpty();
    }

    [Fact]
    public void An_unreadable_parameter_is_left_out_and_described_in_the_order_met()
    {
        var reader = new ParameterReader();

        var topic = reader.Optional<Topic>("weather", Vocabulary.TryParse, given => $"“{given}” is not a topic.");
        var side = reader.Optional<Side>("both", Vocabulary.TryParseCountry, given => $"“{given}” is not a side (us or russia).");
        reader.Report("The search text was cut.");

        topic.Should().BeNull();
        side.Should().BeNull();
        reader.Problems.Should().Equal("“weather” is not a topic.", "“both” is not a side (us or russia).", "The search text was cut.");
    }

    [Theory]
    [InlineData(null, 1, false)]
    [InlineData("3", 3, false)]
    [InlineData("10000", ParameterReader.MaxPage, false)]
    [InlineData("0", 1, true)]
    [InlineData("10001", 1, true)]
    [InlineData("-2", 1, true)]
    [InlineData("+2", 1, true)]
    [InlineData("two", 1, true)]
    public void A_page_number_is_from_one_to_the_last_page_else_the_first_page(string? raw, int page, bool isProblem)
    {
        var reader = new ParameterReader();

        reader.Page(raw).Should().Be(page);
        reader.Problems.Should().HaveCount(isProblem ? 1 : 0);
    }
}
