using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Dates;

namespace Diplomacy.Core.Tests.Stages.Dates;

public sealed class TemporalExpressionFinderTests
{
    private static readonly TemporalExpressionFinder Finder = new(TemporalLexicon.LoadDefault());

    [Theory]
    [InlineData("It was signed on 7 May 2013 in Moscow.", "on 7 May 2013", "2013-05-07")]
    [InlineData("It was signed May 7, 2013 in Moscow.", "May 7, 2013", "2013-05-07")]
    [InlineData("# 07 December 2012 00:47 (UTC +04:00)", "07 December 2012", "2012-12-07")]
    [InlineData("7\nMay, 2013", "7\nMay, 2013", "2013-05-07")]
    [InlineData("Updated: 2013-05-07 12:00", "2013-05-07", "2013-05-07")]
    [InlineData("Violence has raged since March 2011.", "since March 2011", "2011-03")]
    [InlineData("They met on Sept. 14, 2013 and on Dec. 5.", "on Sept. 14, 2013", "2013-09-14")]
    [InlineData("Tuesday, May 7th, 2013", "May 7th, 2013", "2013-05-07")]
    public void A_date_with_its_year_is_found_in_any_usual_order(string text, string phrase, string date)
    {
        var found = Find(text).Should().ContainSingle(p => p.Year != null).Subject;

        text[found.Span.Start..found.Span.End].Should().Be(phrase);
        found.Explicit.Should().Be(PartialDate.Parse(date));
    }

    [Fact]
    public void A_day_and_month_without_a_year_keep_the_year_open()
    {
        var found = Find("the initiative launched when John visited Moscow on the 7th of May.").Should().ContainSingle().Subject;

        (found.Month, found.Day, found.Year).Should().Be((5, 7, (int?)null));
    }

    [Theory]
    [InlineData("In October, Russia and China vetoed a draft.", 10)]
    [InlineData("Both are scheduled by August.", 8)]
    public void A_lone_month_after_a_preposition_is_a_date(string text, int month)
    {
        Find(text).Should().ContainSingle().Which.Month.Should().Be(month);
    }

    [Theory]
    [InlineData("Theresa May said the leaders may meet.")]
    [InlineData("The Jackson-Vanik amendment was enacted in the 1970s.")]
    [InlineData("They must march on; Resolution 2042 passed.")]
    [InlineData("Some 70,000 people have been killed in 20-month-old fighting.")]
    public void Words_and_numbers_that_are_not_dates_are_left_alone(string text)
    {
        Find(text).Should().BeEmpty();
    }

    [Fact]
    public void Weekdays_relative_phrases_and_elapsed_time_are_found()
    {
        var found = Find("Russia said Monday that last week's talks, held earlier this week and almost a year ago, failed.");

        found.Select(p => p.Kind).Should().Equal(DatePhraseKind.Weekday, DatePhraseKind.Relative, DatePhraseKind.Relative, DatePhraseKind.Relative);
        found[0].Weekday.Should().Be(DayOfWeek.Monday);
        (found[1].Unit, found[1].Offset).Should().Be((TimeUnit.Week, -1));
        (found[2].Unit, found[2].Offset, found[2].Direction).Should().Be((TimeUnit.Week, 0, TimeDirection.Past));
        (found[3].Unit, found[3].Offset, found[3].IsElapsed).Should().Be((TimeUnit.Year, -1, true));
    }

    [Fact]
    public void A_month_of_this_year_and_a_qualified_month_are_found()
    {
        var found = Find("In May this year they agreed on a plan first endorsed last June.");

        (found[0].Month, found[0].YearOffset).Should().Be((5, (int?)0));
        (found[1].Month, found[1].Qualifier, found[1].Direction).Should().Be((6, (int?)-1, TimeDirection.Past));
    }

    [Fact]
    public void A_future_preposition_points_the_date_ahead()
    {
        const string text = "a conference to be called by the end of May";
        var found = Find(text).Should().ContainSingle().Subject;

        found.Direction.Should().Be(TimeDirection.Future);
        text[found.Span.Start..found.Span.End].Should().Be("by the end of May");
    }

    private static List<DatePhrase> Find(string text) => Finder.Find(text, RunTokenizer.Tokenize(text));
}
