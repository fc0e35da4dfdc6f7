using Diplomacy.Core.Stages.Coding;

namespace Diplomacy.Core.Tests.Stages.Coding;

public sealed class PhraseMatcherTests
{
    private static readonly PhraseMatcher<string> Matcher = new(
    [
        ("held talks", "talks"),
        ("held", "held"),
        ("suspended * talks", "suspended"),
        ("Assad's departure", "departure"),
        ("security council resolution", "council"),
        ("resolution 2254", "2254"),
    ]);

    private static List<WordToken> Words(string text) => WordTokenizer.Tokenize(text);

    [Fact]
    public void The_longest_phrase_at_a_position_wins_and_matches_do_not_overlap()
    {
        Matcher.FindAll(Words("Kerry held talks with Lavrov and held firm"))
            .Select(m => m.Values[0]).Should().Equal("talks", "held");
    }

    [Fact]
    public void A_star_stands_for_any_one_word()
    {
        Matcher.FindAll(Words("Washington suspended its talks with Moscow")).Should().ContainSingle()
            .Which.Values.Should().Equal("suspended");
        Matcher.FindAll(Words("Washington suspended talks")).Should().BeEmpty();
    }

    [Fact]
    public void Case_and_curly_apostrophes_do_not_matter()
    {
        Matcher.FindAll(Words("ASSAD’S DEPARTURE is no precondition")).Should().ContainSingle()
            .Which.Values.Should().Equal("departure");
    }

    [Fact]
    public void Every_match_finds_overlapping_phrases_too()
    {
        var words = Words("UN Security Council Resolution 2254");

        Matcher.FindAll(words).Select(m => m.Values[0]).Should().Equal("council");
        Matcher.FindEvery(words).Select(m => m.Values[0]).Should().Equal("council", "2254");
    }

    [Fact]
    public void A_word_table_reads_known_words_without_new_strings_and_marks_unknown_ones()
    {
        var table = new WordTable(["held talks", "Assad's departure"]);
        var tokens = WordTokenizer.Tokenize("Assad’s allies HELD talks", new Diplomacy.Core.Text.TextSpan(0, 25), table);

        tokens.Select(t => t.Text).Should().Equal("assad", "'s", WordTable.Unknown, "held", "talks");
        Matcher.FindAll(tokens).Select(m => m.Values[0]).Should().Equal("talks");
    }
}
