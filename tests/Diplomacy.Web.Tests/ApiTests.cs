using System.Net;
using System.Text.Json;
using Diplomacy.Web.Tests.Support;

namespace Diplomacy.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class ApiTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateBrowser();

    private TestStore Store => site.Store;

    [Fact]
    public async Task Events_take_the_timelines_filters_and_name_their_source_span_and_permalink()
    {
        var json = await GetJsonAsync("/api/events?topic=chemical_weapons&from=2013&to=2013");
        var page = await _client.GetPageAsync("/?topic=chemical_weapons&from=2013&to=2013");

        var items = json.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("kind").GetString() + "-" + i.GetProperty("id").GetInt32()).Should().Equal(page.EntryIds());
        var us = items.Single(i => i.GetProperty("kind").GetString() == "position" && i.GetProperty("id").GetInt32() == Store.UsOnWeapons);
        us.GetProperty("side").GetString().Should().Be("us");
        us.GetProperty("topic").GetString().Should().Be("chemical_weapons");
        us.GetProperty("date").GetString().Should().Be("2013-09-14");
        var source = us.GetProperty("sources")[0];
        source.GetProperty("articleId").GetInt32().Should().Be(Store.ChemicalArticle);
        var (start, end) = TestStore.Span(TestStore.ChemicalText, TestStore.QuoteSentence);
        source.GetProperty("start").GetInt32().Should().Be(start);
        source.GetProperty("end").GetInt32().Should().Be(end);
        source.GetProperty("permalink").GetString().Should().EndWith($"/Articles/{Store.ChemicalArticle}?focus=position-{Store.UsOnWeapons}#focus");
        us.GetProperty("permalink").GetString().Should().EndWith($"/?from=2013-09-14&to=2013-09-14#position-{Store.UsOnWeapons}");
        us.GetProperty("quotes")[0].GetProperty("speaker").GetString().Should().Be("John Kerry");
    }

    [Theory]
    [InlineData("topic=chemical_weapons")]
    [InlineData("topic=assad_fate&side=both")]
    [InlineData("type=veto")]
    [InlineData("topic=assad_fate&type=accusation")]
    public async Task Events_json_and_csv_give_the_entries_the_timeline_shows(string query)
    {
        var shown = (await _client.GetPageAsync("/?" + query)).EntryIds();
        var json = await GetJsonAsync("/api/events?" + query);
        using var response = await _client.GetAsync(new Uri("/api/events?format=csv&" + query, UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        shown.Should().NotBeEmpty();
        json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString() + "-" + i.GetProperty("id").GetInt32())
            .Should().Equal(shown, query);
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => string.Join('-', line.Split(',')[..2])).Distinct()
            .Should().Equal(shown, query);
    }

    [Fact]
    public async Task Events_page_with_a_limit_and_a_next_address()
    {
        var first = await GetJsonAsync("/api/events?type=humanitarian&limit=100");
        var next = first.GetProperty("next").GetString()!;
        var second = await GetJsonAsync(new Uri(next).PathAndQuery);

        first.GetProperty("count").GetInt32().Should().Be(100);
        second.GetProperty("count").GetInt32().Should().Be(TestStore.ConvoyCount - 100);
        second.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
        next.Should().Contain("type=humanitarian").And.Contain("limit=100").And.Contain("after=");
    }

    [Fact]
    public async Task Events_export_as_csv_one_row_per_source()
    {
        using var response = await _client.GetAsync(new Uri("/api/events?type=veto&format=csv", UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("timeline.csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("kind,id,date,precision,side,event_type,topic,stance,text,holder,actors,article_id,article_title,start,end");
        lines.Should().HaveCount(3, "the veto has two sources");
        lines[1].Should().StartWith($"event,{Store.Veto},2011-10-04,day,russia,veto,");
        lines[1].Should().Contain($"/Articles/{Store.VetoArticle}?focus=event-");
        lines[2].Should().Contain(",2012-10,");
    }

    [Fact]
    public async Task Quotes_api_searches_like_the_page()
    {
        var found = await GetJsonAsync($"/api/quotes?speaker={Store.Kerry}&q=historic");
        var none = await GetJsonAsync("/api/quotes?side=russia");
        using var csv = await _client.GetAsync(new Uri("/api/quotes?side=us&format=csv", UriKind.Relative));

        var quote = found.GetProperty("items")[0];
        quote.GetProperty("speaker").GetString().Should().Be("John Kerry");
        var report = quote.GetProperty("reports")[0];
        report.GetProperty("source").GetProperty("start").GetInt32().Should().Be(TestStore.Span(TestStore.ChemicalText, TestStore.QuoteWords).Start);
        report.GetProperty("source").GetProperty("permalink").GetString().Should().EndWith($"?focus=quote-{Store.HistoricQuoteSource}#focus");
        report.GetProperty("attribution").GetString().Should().Be("explicit");
        none.GetProperty("count").GetInt32().Should().Be(0);
        (await csv.Content.ReadAsStringAsync()).Should().StartWith("quote_id,text,speaker").And.Contain("John Kerry");
    }

    [Fact]
    public async Task Actors_api_lists_aliases_roles_and_mentions_with_spans()
    {
        var json = await GetJsonAsync("/api/actors?q=Kerry");

        var kerry = json.GetProperty("items")[0];
        kerry.GetProperty("name").GetString().Should().Be("John Kerry");
        kerry.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal("John F. Kerry", "Mr. Kerry");
        kerry.GetProperty("roles")[1].GetProperty("from").GetString().Should().Be("2013-02-01");
        var mention = kerry.GetProperty("mentions")[0];
        mention.GetProperty("start").GetInt32().Should().Be(TestStore.Span(TestStore.ChemicalText, "John Kerry").Start);
        mention.GetProperty("permalink").GetString().Should().EndWith($"?focus=mention-{Store.KerryMention}#focus");
        kerry.GetProperty("permalink").GetString().Should().EndWith($"/Actors/{Store.Kerry}");
    }

    [Theory]
    [InlineData("/api/events?topic=weather")]
    [InlineData("/api/events?limit=0")]
    [InlineData("/api/events?limit=5000")]
    [InlineData("/api/events?format=xml")]
    [InlineData("/api/quotes?side=mars")]
    [InlineData("/api/actors?kind=planet")]
    public async Task A_bad_parameter_is_a_problem_response(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
