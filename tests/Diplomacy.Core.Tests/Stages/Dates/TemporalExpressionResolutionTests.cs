using Diplomacy.Core.Model;
using Diplomacy.Core.Stages.Dates;
using Diplomacy.Core.Tests.Support;

namespace Diplomacy.Core.Tests.Stages.Dates;

/// <summary>Body phrases resolved against a publication date pinned by a dateline: Wednesday 27 June 2012.</summary>
public sealed class TemporalExpressionResolutionTests
{
    private static readonly Lazy<ArticleDocument> Article = new(() =>
    {
        var document = HandLaidDocument.Create(
            "Talks\n\n27 June 2012\n\n"
            + "In October, Russia and China vetoed a draft. The envoy spoke on Tuesday. The parties will agree by August. "
            + "A draft is expected next month. Last year was hard. In May this year they agreed. They met on the 7th of May. "
            + "Violence has raged since March 2011. The accord of 2010 failed. Earlier this week the envoy left. He arrived yesterday. "
            + "They talked last Friday. Putin will travel to Beijing in September. Officials met on May 3 and 9 November.");
        new DateResolver(DateTestKnowledge.Create()).Process(document);
        return document;
    });

    [Theory]
    [InlineData("In October", "2011-10", false)]
    [InlineData("on Tuesday", "2012-06-26", false)]
    [InlineData("by August", "2012-08", true)]
    [InlineData("next month", "2012-07", true)]
    [InlineData("Last year", "2011", false)]
    [InlineData("In May this year", "2012-05", false)]
    [InlineData("on the 7th of May", "2012-05-07", false)]
    [InlineData("since March 2011", "2011-03", false)]
    [InlineData("of 2010", "2010", false)]
    [InlineData("Earlier this week", "2012-06", false)]
    [InlineData("yesterday", "2012-06-26", false)]
    [InlineData("last Friday", "2012-06-22", false)]
    [InlineData("in September", "2012-09", true)]
    [InlineData("on May 3", "2012-05-03", false)]
    [InlineData("9 November", "2011-11-09", false)]
    public void A_body_phrase_resolves_against_the_publication_date(string phrase, string expected, bool isFuture)
    {
        Article.Value.Published!.Date.Should().Be(new PartialDate(2012, 6, 27));
        var expression = Article.Value.TemporalExpressions.Should().ContainSingle(t => t.Text == phrase).Subject;

        expression.Resolved.Should().Be(PartialDate.Parse(expected));
        expression.IsFuture.Should().Be(isFuture);
    }

    [Fact]
    public void The_dateline_itself_is_not_a_body_phrase()
    {
        Article.Value.TemporalExpressions.Should().NotContain(t => t.Text.Contains("27 June"));
    }
}
