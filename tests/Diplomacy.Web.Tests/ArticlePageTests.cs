using System.Net;
using Diplomacy.Web.Tests.Support;

namespace Diplomacy.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class ArticlePageTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateBrowser();

    private TestStore Store => site.Store;

    [Fact]
    public async Task Every_quote_event_position_and_actor_is_marked_at_its_span_and_linked()
    {
        var page = await _client.GetPageAsync($"/Articles/{Store.ChemicalArticle}");

        var quote = page.GetElementById($"quote-{Store.HistoricQuoteSource}")!;
        quote.LocalName.Should().Be("mark");
        quote.ClassList.Should().Contain("quote");
        quote.TextContent.Should().Be(TestStore.QuoteWords);
        page.QuerySelector($"a.ref-quote[href='/Actors/{Store.Kerry}#quote-{Store.HistoricQuote}']").Should().NotBeNull();

        var mention = page.GetElementById($"mention-{Store.KerryMention}")!;
        mention.LocalName.Should().Be("a");
        mention.GetAttribute("href").Should().Be($"/Actors/{Store.Kerry}");
        mention.TextContent.Should().Be("John Kerry");

        var evidence = page.QuerySelectorAll(".article-body mark.event").Select(m => m.TextContent);
        string.Concat(evidence).Should().Contain(TestStore.AgreementSentence, "the event's evidence is marked whole, cut only around the links inside it");
        page.QuerySelector($"a.ref-event[href='/?from=2013-09-14&to=2013-09-14#event-{Store.Agreement}']").Should().NotBeNull();
        page.QuerySelector($"a.ref-position[href='/?from=2013-09&to=2013-09#position-{Store.RussiaOnAssad}']").Should().NotBeNull();
    }

    [Fact]
    public async Task A_focus_link_lands_on_the_highlighted_sentence_with_its_permalink()
    {
        var url = $"/Articles/{Store.ChemicalArticle}?focus=event-{Store.AgreementSource}";
        var page = await _client.GetPageAsync(url);

        page.GetElementById("focus")!.ClassList.Should().Contain("focus");
        string.Concat(page.QuerySelectorAll("mark.focus").Select(m => m.TextContent)).Should().Be(TestStore.AgreementSentence);
        page.QuerySelector("input#permalink")!.GetAttribute("value").Should().EndWith(url + "#focus");
        page.QuerySelector(".focus-note")!.TextContent.Should().Contain("Kerry and Lavrov agree");
    }

    [Fact]
    public async Task A_position_or_quote_focus_highlights_its_own_sentence()
    {
        var position = await _client.GetPageAsync($"/Articles/{Store.ChemicalArticle}?focus=position-{Store.RussiaOnAssad}");
        var quote = await _client.GetPageAsync($"/Articles/{Store.ChemicalArticle}?focus=quote-{Store.HistoricQuoteSource}");

        string.Concat(position.QuerySelectorAll("mark.focus").Select(m => m.TextContent)).Should().Be(TestStore.AssadSentence);
        string.Concat(quote.QuerySelectorAll("mark.focus").Select(m => m.TextContent)).Should().Be(TestStore.QuoteSentence);
    }

    [Fact]
    public async Task A_focus_on_a_passage_of_another_article_is_reported()
    {
        var page = await _client.GetPageAsync($"/Articles/{Store.VetoArticle}?focus=event-{Store.AgreementSource}");

        page.GetElementById("focus").Should().BeNull();
        page.QuerySelector("[role=alert]")!.TextContent.Should().Contain("not in this article");
    }

    [Fact]
    public async Task Script_in_an_article_is_shown_as_text_and_never_runs()
    {
        using var response = await _client.GetAsync(new Uri($"/Articles/{Store.HostileArticle}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = Html.Parse(html);

        page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")).Should().OnlyContain(src => src != null && src.StartsWith("/js/site.js"));
        page.QuerySelectorAll(".article-body img, .article-body [onerror]").Should().BeEmpty();
        page.QuerySelector(".article-body")!.TextContent.Should().Contain("<script>alert('owned')</script>");
        html.Should().Contain("&lt;script&gt;alert(").And.NotContain("<script>alert(");
    }

    [Fact]
    public async Task The_page_lists_repairs_flags_the_date_and_its_evidence()
    {
        var chemical = await _client.GetPageAsync($"/Articles/{Store.ChemicalArticle}");
        var hostile = await _client.GetPageAsync($"/Articles/{Store.HostileArticle}");
        var recycled = await _client.GetPageAsync($"/Articles/{Store.RecycledVetoArticle}");

        chemical.QuerySelector(".facts time")!.TextContent.Should().Be("14 Sep 2013");
        chemical.QuerySelector(".facts")!.TextContent.Should().Contain("confidence 0.95").And.Contain("Test Wire");
        chemical.QuerySelector("section[aria-labelledby=date-heading]")!.TextContent.Should().Contain("Saturday 14 September 2013");
        hostile.QuerySelector("section[aria-labelledby=repairs-heading]")!.TextContent.Should().Contain("mojibake").And.Contain("RÄ°A").And.Contain("RIA");
        hostile.QuerySelector(".facts time")!.TextContent.Should().Be("Mar 2014");
        recycled.QuerySelector(".article-body mark.flag")!.TextContent.Should().Be("October 2012");
        recycled.QuerySelector("section[aria-labelledby=flags-heading]")!.TextContent.Should().Contain("no veto in October 2012");
        chemical.QuerySelector("section[aria-labelledby=dropped-heading]").Should().NotBeNull("the layout stage's set-aside blocks are listed");
    }

    [Fact]
    public async Task An_unknown_article_is_not_found()
    {
        using var response = await _client.GetAsync(new Uri("/Articles/999999", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_article_list_searches_title_and_text()
    {
        var all = await _client.GetPageAsync("/Articles");
        var vetoes = await _client.GetPageAsync("/Articles?q=vetoed");

        all.QuerySelectorAll("table.data tbody tr").Should().HaveCount(5);
        all.QuerySelector("table.data tbody tr a")!.TextContent.Should().Be("Aid convoys reach Aleppo", "the latest article comes first");
        vetoes.QuerySelectorAll("table.data tbody tr a").Select(a => a.GetAttribute("href")).Should()
            .BeEquivalentTo([$"/Articles/{Store.VetoArticle}", $"/Articles/{Store.RecycledVetoArticle}"]);
    }
}
