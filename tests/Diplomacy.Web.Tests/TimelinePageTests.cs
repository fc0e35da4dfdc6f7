using AngleSharp.Dom;
using Diplomacy.Web.Tests.Support;

namespace Diplomacy.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class TimelinePageTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateBrowser();

    private TestStore Store => site.Store;

    [Fact]
    public async Task Home_page_puts_each_entry_in_its_sides_lane()
    {
        var page = await _client.GetPageAsync("/?from=2011&to=2014");

        Entry(page, $"event-{Store.Agreement}").ClassList.Should().Contain("lane-both", "a US and a Russian actor agree");
        Entry(page, $"event-{Store.Veto}").ClassList.Should().Contain("lane-russia");
        Entry(page, $"event-{Store.Sanctions}").ClassList.Should().Contain("lane-us");
        Entry(page, $"position-{Store.UsOnWeapons}").ClassList.Should().Contain("lane-us");
        Entry(page, $"position-{Store.RussiaOnAssad}").ClassList.Should().Contain("lane-russia");
        page.QuerySelector(".lane-headings")!.TextContent.Should().Contain("United States").And.Contain("Russia");
    }

    [Fact]
    public async Task Entries_show_their_date_at_its_true_precision_in_date_order()
    {
        var page = await _client.GetPageAsync("/?from=2011&to=2014");

        Entry(page, $"event-{Store.Agreement}").QuerySelector("time")!.TextContent.Should().Be("14 Sep 2013");
        Entry(page, $"event-{Store.Agreement}").QuerySelector("time")!.GetAttribute("datetime").Should().Be("2013-09-14");
        Entry(page, $"event-{Store.Sanctions}").QuerySelector("time")!.TextContent.Should().Be("Mar 2014");
        Entry(page, $"event-{Store.Sanctions}").QuerySelector("time")!.GetAttribute("datetime").Should().Be("2014-03");
        Entry(page, $"position-{Store.RussiaOnAssad}").QuerySelector("time")!.TextContent.Should().Be("Sep 2013");
        page.EntryIds().Should().ContainInOrder($"event-{Store.Veto}", $"event-{Store.Accusation}", $"event-{Store.Agreement}", $"event-{Store.Sanctions}");
        page.QuerySelectorAll("h3.year").Select(h => h.TextContent).Should().ContainInOrder("2011", "2013", "2014");
    }

    [Fact]
    public async Task An_entry_shows_its_actors_quotes_with_speakers_and_sources()
    {
        var page = await _client.GetPageAsync("/?from=2013-09&to=2013-09");
        var agreement = Entry(page, $"event-{Store.Agreement}");

        agreement.QuerySelector(".entry-actors")!.TextContent.Should().Contain("John Kerry").And.Contain("Sergey Lavrov");
        agreement.QuerySelector($".entry-actors a[href='/Actors/{Store.Kerry}']").Should().NotBeNull();
        agreement.QuerySelector("blockquote").Should().BeNull("no quote is in the agreement's sentence");
        var quote = Entry(page, $"position-{Store.UsOnWeapons}").QuerySelector("blockquote")!;
        quote.TextContent.Should().Contain(TestStore.QuoteWords.TrimEnd(','), "the position was coded from the quote's sentence")
            .And.Contain("John Kerry");
        agreement.QuerySelector("a.source-link")!.GetAttribute("href").Should().Be($"/Articles/{Store.ChemicalArticle}?focus=event-{Store.AgreementSource}#focus");
        var position = Entry(page, $"position-{Store.RussiaOnAssad}");
        position.QuerySelector(".badge.topic")!.TextContent.Should().Be("Assad's future");
        position.QuerySelector(".stance")!.TextContent.Should().Contain("Assad may stay", "polarity −1 on assad_fate is its second pole");
    }

    [Fact]
    public async Task A_conflict_of_sources_on_the_date_is_shown_with_each_reading()
    {
        var page = await _client.GetPageAsync("/?type=veto");
        var veto = Entry(page, $"event-{Store.Veto}");

        var conflict = veto.QuerySelector(".conflict")!;
        conflict.TextContent.Should().Contain("disagree").And.Contain("Oct 2011").And.Contain("Oct 2012");
        veto.QuerySelectorAll("a.source-link").Should().HaveCount(2);
    }

    [Theory]
    [InlineData("/?topic=chemical_weapons", new[] { "position-weapons-us", "position-weapons-ru", "event-agreement" }, new[] { "event-accusation", "event-veto", "position-assad-ru" })]
    [InlineData("/?topic=assad_fate", new[] { "position-assad-us", "position-assad-ru", "event-agreement", "event-accusation" }, new[] { "event-veto", "event-sanctions", "position-weapons-us" })]
    [InlineData("/?topic=ChemicalWeapons&side=russia", new[] { "position-weapons-ru" }, new[] { "position-weapons-us", "event-agreement" })]
    [InlineData("/?topic=assad_fate&type=accusation", new[] { "event-accusation" }, new[] { "event-agreement", "position-assad-ru", "position-assad-us" })]
    [InlineData("/?side=us&from=2013&to=2014", new[] { "event-sanctions", "position-weapons-us", "position-assad-us" }, new[] { "event-agreement", "event-veto", "position-weapons-ru" })]
    [InlineData("/?side=both&from=2011&to=2014", new[] { "event-agreement", "event-accusation" }, new[] { "event-sanctions", "event-veto", "position-assad-ru" })]
    [InlineData("/?type=veto", new[] { "event-veto" }, new[] { "event-agreement", "position-weapons-us" })]
    [InlineData("/?from=2013-09-01&to=2013-09-30", new[] { "event-agreement", "position-assad-ru" }, new[] { "event-accusation", "position-assad-us", "event-sanctions" })]
    [InlineData("/?to=2012", new[] { "event-veto" }, new[] { "event-agreement" })]
    [InlineData("/?from=2014", new[] { "event-sanctions" }, new[] { "event-veto", "event-agreement" })]
    [InlineData("/?q=chemical+weapons", new[] { "event-agreement", "position-weapons-us", "position-weapons-ru" }, new[] { "event-veto", "position-assad-us" })]
    public async Task Each_filter_narrows_the_timeline(string url, string[] present, string[] absent)
    {
        var ids = (await _client.GetPageAsync(url)).EntryIds();

        ids.Should().Contain(present.Select(Anchor), url).And.NotContain(absent.Select(Anchor), url);
    }

    [Fact]
    public async Task A_topic_keeps_the_events_reported_in_the_sentences_its_positions_were_coded_from()
    {
        var page = await _client.GetPageAsync("/?topic=chemical_weapons");

        page.EntryIds().Should().BeEquivalentTo(
            [$"event-{Store.Agreement}", $"position-{Store.UsOnWeapons}", $"position-{Store.RussiaOnWeapons}"],
            "Lavrov's stance on the weapons was coded from the agreement's sentence; the veto's sentences carry no position");
        page.TextOf(".lead").Should().Contain("positions on Chemical weapons, and the events reported in the sentences they were coded from");
    }

    [Fact]
    public async Task An_event_type_keeps_only_events_and_the_page_says_so()
    {
        var page = await _client.GetPageAsync("/?type=agreement");

        page.EntryIds().Should().Equal($"event-{Store.Agreement}");
        page.TextOf(".lead").Should().Contain("events only").And.Contain("positions have no event type");
        page.QuerySelector("label[for=type]")!.TextContent.Should().Contain("events only");
        (await _client.GetPageAsync("/")).TextOf(".lead").Should().Contain("events and each side's positions");
    }

    [Fact]
    public async Task Each_topics_count_is_the_number_of_entries_its_link_shows()
    {
        var page = await _client.GetPageAsync("/");
        var topics = page.QuerySelectorAll("section.facet[aria-label=Topic] li a").ToList();

        Option(page, "topic", "chemical_weapons").Should().EndWith("(3)", "two positions and the agreement reported in one of their sentences");
        Option(page, "topic", "assad_fate").Should().EndWith("(4)", "two positions, the agreement and the accusation");
        topics.Should().HaveCount(2);
        foreach (var topic in topics)
        {
            var count = topic.ParentElement!.QuerySelector(".count")!.TextContent.Trim();
            var filtered = await _client.GetPageAsync(topic.GetAttribute("href")!);
            filtered.TextOf(".lead").Should().StartWith(count + " entries", topic.TextContent);
            filtered.EntryIds().Should().HaveCount(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), topic.TextContent);
        }
    }

    [Fact]
    public async Task The_actor_filter_keeps_the_actors_events_and_positions()
    {
        var ids = (await _client.GetPageAsync($"/?actor={Store.Kerry}")).EntryIds();

        ids.Should().BeEquivalentTo([$"event-{Store.Agreement}", $"position-{Store.UsOnWeapons}", $"position-{Store.UsOnAssad}"]);
    }

    [Fact]
    public async Task Facets_count_each_choice_with_the_other_filters_kept()
    {
        var page = await _client.GetPageAsync("/?from=2013&to=2013&side=us");

        Option(page, "topic", "chemical_weapons").Should().EndWith("(1)");
        Option(page, "topic", "assad_fate").Should().EndWith("(1)");
        Option(page, "side", "russia").Should().EndWith("(2)", "the side facet ignores the side filter: Russia's two 2013 positions");
        Option(page, "side", "us").Should().EndWith("(2)");
        Option(page, "type", "accusation").Should().EndWith("(0)", "the accusation is in the middle lane, not the US one");
        page.QuerySelector("select#side option[selected]")!.GetAttribute("value").Should().Be("us");
        page.TextOf(".lead").Should().StartWith("2 entries");
        page.QuerySelectorAll(".facet a").Select(a => a.GetAttribute("href")).Should().Contain("/?from=2013&to=2013&side=russia");
    }

    [Fact]
    public async Task Every_view_is_a_permalink_that_gives_the_same_entries_back()
    {
        var first = await _client.GetPageAsync("/?from=2013&to=2013&topic=chemical_weapons");
        var again = await site.CreateBrowser().GetPageAsync("/?from=2013&to=2013&topic=chemical_weapons");

        again.EntryIds().Should().Equal(first.EntryIds()).And.NotBeEmpty();
        first.QuerySelector("select#topic option[selected]")!.GetAttribute("value").Should().Be("chemical_weapons");
        first.QuerySelector("input#from")!.GetAttribute("value").Should().Be("2013-01-01");
        first.QuerySelector("input#to")!.GetAttribute("value").Should().Be("2013-12-31");
    }

    [Fact]
    public async Task The_date_range_defaults_to_the_span_of_the_data()
    {
        var page = await _client.GetPageAsync("/");

        page.QuerySelector("input#from")!.GetAttribute("value").Should().Be("2011-10-04");
        page.QuerySelector("input#to")!.GetAttribute("value").Should().Be("2015-04-30");
    }

    [Fact]
    public async Task Paging_walks_every_entry_once_in_order()
    {
        var seen = new List<string>();
        var url = "/?type=humanitarian";
        for (var pages = 0; url is not null; pages++)
        {
            pages.Should().BeLessThan(5);
            var page = await _client.GetPageAsync(url);
            seen.AddRange(page.EntryIds());
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        seen.Should().HaveCount(TestStore.ConvoyCount).And.OnlyHaveUniqueItems();
        var first = await _client.GetPageAsync("/?type=humanitarian");
        first.QuerySelectorAll("li.entry").Should().HaveCount(Pages.Timeline.IndexModel.PageSize);
        first.QuerySelector("li.entry .entry-text")!.TextContent.Should().Contain("Aid convoy 000");
    }

    [Fact]
    public async Task The_words_filter_needs_every_word()
    {
        var page = await _client.GetPageAsync("/?q=Aleppo+convoy+007");

        page.QuerySelectorAll("li.entry .entry-text").Select(e => e.TextContent.Trim()).Should().Equal("Aid convoy 007 reaches Aleppo");
    }

    [Fact]
    public async Task A_damaged_filter_is_reported_and_left_out()
    {
        var page = await _client.GetPageAsync("/?topic=weather&from=2013-13&after=nonsense");

        page.QuerySelector("[role=alert]")!.TextContent.Should().Contain("“weather” is not a topic").And.Contain("“2013-13” is not a date");
        page.EntryIds().Should().Contain($"event-{Store.Veto}");
    }

    [Fact]
    public async Task Text_from_the_store_is_encoded_not_run()
    {
        using var response = await _client.GetAsync(new Uri("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        html.Should().NotContain("<script>alert(1)</script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public async Task The_view_links_to_its_exports()
    {
        var page = await _client.GetPageAsync("/?topic=chemical_weapons");

        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should()
            .Contain("/api/events?topic=chemical_weapons&format=csv&limit=1000")
            .And.Contain("/api/events?topic=chemical_weapons&format=json&limit=1000");
    }

    private static IElement Entry(IDocument page, string id) =>
        page.GetElementById(id) ?? throw new InvalidOperationException($"No entry {id}: {string.Join(", ", page.EntryIds())}");

    private static string Option(IDocument page, string select, string value) =>
        page.QuerySelector($"select#{select} option[value='{value}']")!.TextContent.Trim();

    private string Anchor(string name) => name switch
    {
        "event-agreement" => $"event-{Store.Agreement}",
        "event-veto" => $"event-{Store.Veto}",
        "event-sanctions" => $"event-{Store.Sanctions}",
        "event-accusation" => $"event-{Store.Accusation}",
        "position-weapons-us" => $"position-{Store.UsOnWeapons}",
        "position-weapons-ru" => $"position-{Store.RussiaOnWeapons}",
        "position-assad-ru" => $"position-{Store.RussiaOnAssad}",
        "position-assad-us" => $"position-{Store.UsOnAssad}",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
