using Diplomacy.Web.BrowserTests.Support;
using Diplomacy.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Diplomacy.Web.BrowserTests;

/// <summary>What an analyst does: narrow the timeline, open an entry, read its sentence, and cite it.</summary>
[Collection(Browsers.Name)]
public sealed class AnalystPathTests(BrowserFixture browser)
{
    private TestStore Store => browser.TestSite.Store;

    [Fact]
    public async Task Chemical_weapons_in_2013_to_the_highlighted_sentence_and_back_by_its_permalink()
    {
        var page = await browser.OpenAsync(browser.TestSite);
        await page.GotoAsync("/");

        await page.SelectOptionAsync("#topic", "chemical_weapons");
        await page.FillAsync("#from", "2013-01-01");
        await page.FillAsync("#to", "2013-12-31");
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("topic=chemical_weapons", StringComparison.Ordinal));

        page.Url.Should().Contain("from=2013-01-01").And.Contain("to=2013-12-31");

        // The two positions on the weapons and the agreement, reported in the sentence one of them was coded from.
        await Expect(page.Locator("li.entry")).ToHaveCountAsync(3);
        var timelineUrl = page.Url;

        await page.Locator($"#position-{Store.UsOnWeapons} a.source-link").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"/Articles/{Store.ChemicalArticle}?focus=position-{Store.UsOnWeapons}", StringComparison.Ordinal));
        await Expect(page.Locator("#focus")).ToBeInViewportAsync();
        string.Concat(await page.Locator(".article-body mark.focus").AllTextContentsAsync()).Should().Be(TestStore.QuoteSentence);

        await page.ClickAsync("button.copy-button");
        await Expect(page.Locator("button.copy-button")).ToHaveTextAsync("Copied");
        var permalink = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        permalink.Should().Be(await page.InputValueAsync("#permalink"));

        var colleague = await browser.OpenAsync(browser.TestSite);
        await colleague.GotoAsync(permalink);
        await Expect(colleague.Locator("#focus")).ToBeInViewportAsync();
        string.Concat(await colleague.Locator(".article-body mark.focus").AllTextContentsAsync()).Should().Be(TestStore.QuoteSentence);
        (await colleague.Locator(".focus-note p").First.TextContentAsync()).Should().Be(await page.Locator(".focus-note p").First.TextContentAsync());

        await page.GoBackAsync();
        page.Url.Should().Be(timelineUrl, "the back button returns to the filtered view");
        await Expect(page.Locator("li.entry")).ToHaveCountAsync(3);
        var sharedTimeline = await browser.OpenAsync(browser.TestSite);
        await sharedTimeline.GotoAsync(timelineUrl);
        (await sharedTimeline.Locator("li.entry").EvaluateAllAsync<string[]>("entries => entries.map(e => e.id)"))
            .Should().Equal(await page.Locator("li.entry").EvaluateAllAsync<string[]>("entries => entries.map(e => e.id)"));
    }

    [Fact]
    public async Task Without_javascript_the_filters_and_the_sentence_links_still_work()
    {
        var page = await browser.OpenAsync(browser.TestSite, javaScript: false);
        await page.GotoAsync("/");

        await page.SelectOptionAsync("#type", "veto");
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("type=veto", StringComparison.Ordinal));
        await Expect(page.Locator("li.entry")).ToHaveCountAsync(1);
        await page.Locator("li.entry a.source-link").First.ClickAsync();

        await Expect(page.Locator("#focus")).ToBeInViewportAsync();
        await Expect(page.Locator("#permalink")).ToBeVisibleAsync();
        await Expect(page.Locator("button.copy-button")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_it_moves_to_the_content()
    {
        var page = await browser.OpenAsync(browser.TestSite);
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("a.skip-link")).ToBeFocusedAsync();
        await Expect(page.Locator("a.skip-link")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        page.Url.Should().EndWith("#main");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task On_a_phone_the_lanes_fold_into_one_column_that_fits_the_screen()
    {
        var page = await browser.OpenAsync(browser.TestSite, width: 390);
        await page.GotoAsync("/?from=2011&to=2014");

        await Expect(page.Locator(".lane-headings")).ToBeHiddenAsync();
        var lefts = await page.Locator("li.entry").EvaluateAllAsync<double[]>("entries => entries.map(e => Math.round(e.getBoundingClientRect().left))");
        lefts.Distinct().Should().HaveCount(1, "every entry starts at the same left edge");
        await Expect(page.Locator($"#event-{Store.Veto} .lane-name")).ToHaveTextAsync("Russia");
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue("nothing overflows sideways");
    }

    [Fact]
    public async Task On_a_wide_screen_each_side_has_its_own_column()
    {
        var page = await browser.OpenAsync(browser.TestSite);
        await page.GotoAsync("/?from=2011&to=2014");

        var us = await page.Locator($"#event-{Store.Sanctions}").BoundingBoxAsync();
        var both = await page.Locator($"#event-{Store.Agreement}").BoundingBoxAsync();
        var russia = await page.Locator($"#event-{Store.Veto}").BoundingBoxAsync();

        us!.X.Should().BeLessThan(both!.X);
        both.X.Should().BeLessThan(russia!.X);
    }

    [Fact]
    public async Task The_printed_page_drops_navigation_and_filters()
    {
        var page = await browser.OpenAsync(browser.TestSite);
        await page.GotoAsync("/");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(page.Locator("aside.filters")).ToBeHiddenAsync();
        await Expect(page.Locator("nav[aria-label=Main]")).ToBeHiddenAsync();
        await Expect(page.Locator("li.entry").First).ToBeVisibleAsync();
    }
}
