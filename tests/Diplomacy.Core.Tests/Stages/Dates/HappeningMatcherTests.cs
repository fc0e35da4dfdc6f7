using Diplomacy.Core.Stages.Dates;

namespace Diplomacy.Core.Tests.Stages.Dates;

public sealed class HappeningMatcherTests
{
    private static readonly HappeningMatcher Matcher = new(DateTestKnowledge.Create(
        DateTestKnowledge.Happening("us-sanctions", "US sanctions", "2014-03-17", null, ["United States"], ["US"], ["sanctions"])).Happenings);

    [Fact]
    public void A_sentence_alludes_to_a_happening_only_with_a_cue_of_every_group()
    {
        Match("Obama sat down with Putin during the G-20.").Should().BeEmpty();
        Match("Just last week in Mexico during the G-20, Obama sat down with Putin.").Should().ContainSingle().Which.Id.Should().Be("g20-los-cabos");
    }

    [Fact]
    public void Cues_match_whole_words_whatever_their_case_except_capitals()
    {
        Match("the G20 in los cabos").Should().ContainSingle();
        Match("Let us talk about sanctions.").Should().BeEmpty();
        Match("New US sanctions were announced.").Should().ContainSingle().Which.Id.Should().Be("us-sanctions");
    }

    [Fact]
    public void All_matching_happenings_are_returned_earliest_first()
    {
        Match("Kerry and Lavrov met again in Paris.").Select(h => h.Id).Should().Equal("kerry-lavrov-paris-2013", "kerry-lavrov-paris-2014");
    }

    private static IReadOnlyList<Diplomacy.Core.Knowledge.HappeningEntry> Match(string text) => Matcher.Match(text, RunTokenizer.Tokenize(text));
}
