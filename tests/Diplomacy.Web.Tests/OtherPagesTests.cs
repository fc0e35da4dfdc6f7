using System.Globalization;
using Diplomacy.Web.Tests.Support;

namespace Diplomacy.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class OtherPagesTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateBrowser();

    private TestStore Store => site.Store;

    [Fact]
    public async Task The_positions_matrix_marks_convergence_and_divergence_and_links_each_cell_to_its_evidence()
    {
        var page = await _client.GetPageAsync("/Positions");

        var weapons = page.QuerySelector("a[href='/?from=2013-07&to=2013-09&topic=chemical_weapons']")!;
        weapons.ParentElement!.ClassList.Should().Contain("converge", "both sides lean toward removing the weapons");
        weapons.TextContent.Should().Contain("US +1 −0").And.Contain("RU +1 −0");
        var assad = page.QuerySelector("a[href='/?from=2013-07&to=2013-09&topic=assad_fate']")!;
        assad.ParentElement!.ClassList.Should().Contain("diverge", "the US says Assad must go, Russia that he may stay");
        page.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent).Should().StartWith(["2013 Q3"]);
        page.QuerySelector(".axes")!.TextContent.Should().Contain("Assad must go");
    }

    [Fact]
    public async Task The_chart_is_an_svg_drawn_on_the_server_with_its_numbers_in_a_table()
    {
        var page = await _client.GetPageAsync("/Chart");

        var svg = page.QuerySelector("figure.chart svg")!;
        svg.GetAttribute("role").Should().Be("img");
        svg.QuerySelectorAll("rect.bar.positive").Should().HaveCount(1, "September 2013's agreement is the one cooperative month");
        svg.QuerySelectorAll("rect.bar.negative").Should().HaveCount(1, "August 2013's accusation");
        var rows = page.QuerySelectorAll("table.data tbody tr").Select(r => r.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        rows.Should().HaveCount(2);
        rows[0].Should().Equal("Aug 2013", "-2", "1");
        rows[1].Should().Equal("Sep 2013", "8", "1");
        page.QuerySelector("table.data a")!.GetAttribute("href").Should().Be("/?from=2013-08&to=2013-08");
    }

    [Fact]
    public async Task The_actor_list_ranks_by_articles_and_filters()
    {
        var all = await _client.GetPageAsync("/Actors");
        var russians = await _client.GetPageAsync("/Actors?side=russia");
        var byAlias = await _client.GetPageAsync("/Actors?q=Sergei");
        var people = await _client.GetPageAsync("/Actors?kind=organisation");

        all.QuerySelector("table.data tbody tr a")!.TextContent.Should().Be("Russia", "Russia is named in two articles");
        russians.QuerySelectorAll("table.data tbody tr a").Select(a => a.TextContent).Should().BeEquivalentTo(["Russia", "Sergey Lavrov"]);
        byAlias.QuerySelectorAll("table.data tbody tr a").Select(a => a.TextContent).Should().Equal("Sergey Lavrov");
        people.QuerySelectorAll("table.data tbody tr a").Select(a => a.TextContent).Should().Equal("Syrian Arab Red Crescent");
    }

    [Fact]
    public async Task An_actor_page_shows_roles_over_time_aliases_quotes_and_positions_by_date()
    {
        var page = await _client.GetPageAsync($"/Actors/{Store.Kerry}");

        page.TextOf("h1").Should().Be("John Kerry");
        var roles = page.QuerySelector("section[aria-labelledby=roles-heading]")!.TextContent;
        roles.Should().Contain("US Senator, 3 Jan 1985 – 1 Feb 2013").And.Contain("US Secretary of State, 1 Feb 2013 – 20 Jan 2017");
        page.QuerySelectorAll(".inline-list li").Select(li => li.TextContent).Should().Equal("John F. Kerry", "Mr. Kerry");
        page.GetElementById($"quote-{Store.HistoricQuote}")!.TextContent.Should().Contain("historic step").And.Contain("14 Sep 2013");
        var positions = page.QuerySelectorAll("section[aria-labelledby=positions-heading] li").Select(li => li.TextContent).ToList();
        positions.Should().HaveCount(2);
        positions[0].Should().Contain("20 Aug 2013").And.Contain("Assad must go");
        positions[1].Should().Contain("14 Sep 2013").And.Contain("chemical weapons must be removed");
        page.QuerySelector($"a[href='/?actor={Store.Kerry}']").Should().NotBeNull();
    }

    [Theory]
    [InlineData("/Quotes?q=historic", true)]
    [InlineData("/Quotes?q=nothing+like+this", false)]
    [InlineData("/Quotes?side=us", true)]
    [InlineData("/Quotes?side=russia", false)]
    [InlineData("/Quotes?topic=chemical_weapons", true)]
    [InlineData("/Quotes?topic=ceasefire", false)]
    public async Task Quotes_are_searched_by_text_side_and_topic(string url, bool found)
    {
        var page = await _client.GetPageAsync(url);

        page.QuerySelectorAll(".quote-list > li").Should().HaveCount(found ? 1 : 0, url);
    }

    [Fact]
    public async Task Quotes_are_searched_by_speaker_and_link_to_their_sentence()
    {
        var kerry = await _client.GetPageAsync(string.Create(CultureInfo.InvariantCulture, $"/Quotes?speaker={Store.Kerry}"));
        var lavrov = await _client.GetPageAsync(string.Create(CultureInfo.InvariantCulture, $"/Quotes?speaker={Store.Lavrov}"));

        kerry.QuerySelector(".quote-list .reports a")!.GetAttribute("href").Should().Be($"/Articles/{Store.ChemicalArticle}?focus=quote-{Store.HistoricQuoteSource}#focus");
        kerry.QuerySelector("select#speaker option[selected]")!.TextContent.Should().Be("John Kerry");
        lavrov.QuerySelectorAll(".quote-list > li").Should().BeEmpty();
    }

    [Fact]
    public async Task The_method_pages_render_the_docs_with_html_disabled_and_links_rewritten()
    {
        var index = await _client.GetPageAsync("/Method");
        var page = await _client.GetPageAsync("/Method/extraction");

        index.QuerySelectorAll(".doc-nav a").Select(a => a.GetAttribute("href")).Should().Equal("/Method/extraction", "/Method/limits");
        page.TextOf(".prose h1").Should().Be("How extraction works");
        page.QuerySelector(".prose strong")!.TextContent.Should().Be("raw text");
        page.QuerySelector(".prose table").Should().NotBeNull();
        page.QuerySelector(".prose a[href='/Method/limits#dates']").Should().NotBeNull();
        page.QuerySelector(".prose a[href='https://example.org']").Should().NotBeNull();
        page.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).Should().NotContain(h => h!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        page.QuerySelectorAll(".prose script").Should().BeEmpty();
        page.QuerySelector(".prose")!.TextContent.Should().Contain("<script>");
    }

    [Fact]
    public async Task A_missing_method_page_or_path_is_not_found()
    {
        using var missing = await _client.GetAsync(new Uri("/Method/nothing", UriKind.Relative));
        using var traversal = await _client.GetAsync(new Uri("/Method/..%2F..%2Fappsettings", UriKind.Relative));

        missing.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        traversal.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_pages_read_their_page_number_from_the_query()
    {
        var articles = await _client.GetPageAsync("/Articles?page=2");
        var quotes = await _client.GetPageAsync("/Quotes?page=2");
        var actors = await _client.GetPageAsync("/Actors?page=2&side=us");

        articles.QuerySelector("a[rel=prev]")!.GetAttribute("href").Should().Be("/Articles");
        quotes.QuerySelector("a[rel=prev]")!.GetAttribute("href").Should().Be("/Quotes");
        actors.QuerySelector("a[rel=prev]")!.GetAttribute("href").Should().Be("/Actors?side=us");
        articles.QuerySelectorAll("[role=alert]").Should().BeEmpty();
    }

    [Fact]
    public async Task Every_page_has_landmarks_a_skip_link_and_labelled_fields()
    {
        foreach (var url in new[] { "/", "/Positions", "/Chart", "/Actors", $"/Actors/{Store.Kerry}", "/Articles", $"/Articles/{Store.ChemicalArticle}", "/Quotes", "/Method", "/Account/Login" })
        {
            var page = await _client.GetPageAsync(url);

            page.QuerySelector("a.skip-link[href='#main']").Should().NotBeNull(url);
            page.QuerySelector("header").Should().NotBeNull(url);
            page.QuerySelector("nav[aria-label=Main]").Should().NotBeNull(url);
            page.QuerySelectorAll("main").Should().HaveCount(1, url);
            page.QuerySelectorAll("h1").Should().HaveCount(1, url);
            page.DocumentElement.GetAttribute("lang").Should().Be("en");
            page.QuerySelectorAll("[role=alert]").Should().BeEmpty($"{url} reports no problem when nothing is wrong");
            foreach (var field in page.QuerySelectorAll("main input:not([type=hidden]), main select, main textarea"))
            {
                page.QuerySelector($"label[for='{field.Id}']").Should().NotBeNull($"{url}: the field {field.Id} has a label");
            }
        }
    }
}
