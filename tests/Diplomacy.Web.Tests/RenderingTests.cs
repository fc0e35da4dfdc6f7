using Diplomacy.Core.Model;
using Diplomacy.Web.Api;
using Diplomacy.Web.Infrastructure;
using Diplomacy.Web.Pages.Editor;
using Diplomacy.Web.Pages.Timeline;
using Diplomacy.Web.Tests.Support;

namespace Diplomacy.Web.Tests;

public sealed class RenderingTests
{
    private readonly MarkdownRendering _markdown = new();

    [Fact]
    public void Html_in_an_article_is_printed_as_text()
    {
        var html = _markdown.RenderArticle("Title\n\n<script>alert(1)</script> and <b onmouseover=x>bold</b>\n\n[link](javascript:alert(1))", []);

        var page = Html.Parse(html);
        page.QuerySelectorAll("script, b, a").Should().BeEmpty();
        page.Body!.TextContent.Should().Contain("<script>alert(1)</script>").And.Contain("[link](javascript:alert(1))");
    }

    [Fact]
    public void Nested_highlights_are_cut_at_their_edges_with_the_outer_one_first()
    {
        const string text = "Kerry said: \"We agree with Lavrov,\" today.";
        var quote = TestStore.Span(text, "We agree with Lavrov,");
        var lavrov = TestStore.Span(text, "Lavrov");

        var html = _markdown.RenderArticle(text, [
            new TextHighlight(0, text.Length, "focus", "focus"),
            new TextHighlight(quote.Start, quote.End, "quote", "q-1", "/quote", RefLabel: "quote"),
            new TextHighlight(lavrov.Start, lavrov.End, "mention", "m-1", "/Actors/2"),
        ]);

        var page = Html.Parse(html);
        page.GetElementById("focus")!.TextContent.Should().StartWith("Kerry said");
        string.Concat(page.QuerySelectorAll("mark.focus").Select(m => m.TextContent)).Should().Be(text);
        page.GetElementById("q-1")!.TextContent.Should().Be("We agree with ");
        page.QuerySelector("mark.focus mark.quote a.mention#m-1")!.TextContent.Should().Be("Lavrov");
        page.QuerySelector("a.ref-quote")!.GetAttribute("href").Should().Be("/quote");
        page.QuerySelector("a.ref-quote")!.PreviousElementSibling!.TextContent.Should().Be(",", "the reference follows the quote's last piece");
    }

    [Fact]
    public void Highlights_keep_their_place_across_paragraphs_and_line_breaks()
    {
        const string text = "First paragraph here.\n\nSecond line one\nline two ends.";
        var span = TestStore.Span(text, "one\nline two");

        var html = _markdown.RenderArticle(text, [new TextHighlight(span.Start, span.End, "event", "e-1")]);

        var page = Html.Parse(html);
        page.QuerySelectorAll("p").Should().HaveCount(2);
        string.Concat(page.QuerySelectorAll("mark.event").Select(m => m.TextContent)).Should().Be("oneline two");
        page.GetElementById("e-1")!.TextContent.Should().Be("one");
    }

    [Fact]
    public void Indented_news_text_stays_a_paragraph_not_code()
    {
        var page = Html.Parse(_markdown.RenderArticle("Title\n\n    An indented paragraph of an article.", []));

        page.QuerySelector("pre").Should().BeNull();
        page.QuerySelectorAll("p")[^1].TextContent.Should().Contain("An indented paragraph");
    }

    [Theory]
    [InlineData("2011-10-01", DatePrecision.Month, "Oct 2011")]
    [InlineData("2013-05-07", DatePrecision.Day, "7 May 2013")]
    [InlineData("2013-01-01", DatePrecision.Year, "2013")]
    public void Dates_print_at_their_precision(string iso, DatePrecision precision, string expected)
    {
        var date = DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
        DateText.Format(date, precision).Should().Be(expected);
    }

    [Theory]
    [InlineData("2013", true)]
    [InlineData("2013-02", true)]
    [InlineData("2012-02-29", true)]
    [InlineData("2013-02-29", false)]
    [InlineData("2013-13", false)]
    [InlineData("13-01-01", false)]
    [InlineData("2013/01/01", false)]
    [InlineData("", false)]
    public void Partial_dates_are_read_strictly(string text, bool valid) =>
        DateText.TryParse(text, out _).Should().Be(valid);

    [Fact]
    public void A_cursor_reads_back_what_it_wrote()
    {
        var cursor = new TimelineCursor(new DateOnly(2013, 5, 7), EntryKind.Position, 42);

        TimelineCursor.TryParse(cursor.ToString(), out var read).Should().BeTrue();
        read.Should().Be(cursor);
        cursor.ToString().Should().Be("2013-05-07.p42");
        TimelineCursor.TryParse("2013-05-07.x42", out _).Should().BeFalse();
        TimelineCursor.TryParse("2013-05-07.e", out _).Should().BeFalse();
    }

    [Fact]
    public void Csv_quotes_what_needs_quoting_and_defuses_formulas()
    {
        var csv = CsvWriter.Write(["a", "b"], [["plain", "with, comma"], ["=HYPERLINK(\"x\")", "line\nbreak"]]);

        csv.Should().Be("a,b\r\nplain,\"with, comma\"\r\n\"'=HYPERLINK(\"\"x\"\")\",\"line\nbreak\"\r\n");
    }

    [Theory]
    [InlineData("chemical_weapons", Topic.ChemicalWeapons)]
    [InlineData("ChemicalWeapons", Topic.ChemicalWeapons)]
    [InlineData("un-security-council", Topic.UnSecurityCouncil)]
    public void Topics_are_read_in_any_spelling_and_written_in_the_exchange_formats(string text, Topic topic)
    {
        Vocabulary.TryParse(text, out Topic parsed).Should().BeTrue();
        parsed.Should().Be(topic);
        Vocabulary.Slug(Topic.ChemicalWeapons).Should().Be("chemical_weapons");
        Vocabulary.Slug(EventType.MilitaryAction).Should().Be("military-action");
    }

    [Fact]
    public void Submissions_are_checked_before_extraction()
    {
        ArticleSubmission.Check([]).Should().Contain("empty");
        ArticleSubmission.Check("Plain words about Syria."u8).Should().BeNull();
        ArticleSubmission.Check([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]).Should().Contain("not text");
        ArticleSubmission.Check([0xFF, 0xFE, 0x41, 0x00]).Should().BeNull("UTF-16 text has NUL bytes");
        ArticleSubmission.Check("<!DOCTYPE html><p>x</p>"u8).Should().Contain("HTML markup");
    }
}
