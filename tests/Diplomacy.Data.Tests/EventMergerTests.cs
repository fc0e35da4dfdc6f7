using Diplomacy.Core.Model;
using Diplomacy.Data.Import;
using Diplomacy.Data.Tests.Support;

namespace Diplomacy.Data.Tests;

public sealed class EventMergerTests
{
    [Theory]
    [InlineData("2011-10", "2011-10-04", true)]
    [InlineData("2011", "2011-10-04", true)]
    [InlineData("2011-10", "2012-10", false)]
    [InlineData("2012-06-18", "2012-06-28", false)]
    [InlineData("2012-06", "2012-07", false)]
    public void Two_readings_agree_when_equal_at_the_coarser_precision(string first, string second, bool agree) =>
        EventMerger.DatesAgree(PartialDate.Parse(first), PartialDate.Parse(second)).Should().Be(agree);

    [Theory]
    [InlineData("2011-10", "2012-10", true)]
    [InlineData("2012-06-18", "2013-06-18", true)]
    [InlineData("2012", "2013-05", true)]
    [InlineData("2011-10", "2013-10", false)]
    [InlineData("2011-10", "2011-11", false)]
    [InlineData("2012-06-18", "2013-06-19", false)]
    public void A_copy_may_misdate_an_event_by_a_year_but_not_by_a_month_or_two_years(string first, string second, bool mayBeOneEvent) =>
        EventMerger.DifferAtMostInTheYear(PartialDate.Parse(first), PartialDate.Parse(second)).Should().Be(mayBeOneEvent);

    [Fact]
    public void A_recycled_sentence_keeps_its_evidence_key_when_the_copy_prints_another_year()
    {
        var original = DocumentBuilder.For("a.txt", "Title\nIn October, Russia and China vetoed the draft.\n")
            .Temporal("October", new PartialDate(2011, 10));
        var copy = DocumentBuilder.For("b.txt", "Title\nIn October 2012, Russia and China vetoed the draft!\n")
            .Temporal("October 2012", new PartialDate(2012, 10));
        var other = DocumentBuilder.For("c.txt", "Title\nIn October, Russia and China blocked the draft.\n")
            .Temporal("October", new PartialDate(2011, 10));

        string Key(DocumentBuilder builder, string sentence) => MergeKeys.Evidence(builder.Document, builder.Find(sentence));

        Key(copy, "In October 2012, Russia and China vetoed the draft!").Should()
            .Be(Key(original, "In October, Russia and China vetoed the draft."))
            .And.NotBe(Key(other, "In October, Russia and China blocked the draft."));
    }

    [Fact]
    public void A_quote_is_the_same_whatever_its_punctuation_case_or_spacing_but_not_whoever_said_it()
    {
        var key = MergeKeys.Quote("We obviously disagree over the path forward on Syria,", "Hillary Rodham Clinton");

        MergeKeys.Quote("we  obviously disagree over the path forward on Syria.", "Hillary Rodham Clinton").Should().Be(key);
        MergeKeys.Quote("We obviously disagree over the path forward on Syria,", "John Kerry").Should().NotBe(key);
        MergeKeys.Quote("We obviously disagree over the path forward on Syria,", null).Should().NotBe(key);
    }
}
