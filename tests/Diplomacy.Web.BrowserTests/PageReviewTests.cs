using System.Text.Json;
using Diplomacy.Web.BrowserTests.Support;
using Microsoft.Playwright;

namespace Diplomacy.Web.BrowserTests;

/// <summary>
/// The main pages of the seeded site, as a fresh clone serves them: axe-core finds no serious or critical
/// accessibility violation at desktop or phone width, and a full-page screenshot of each is saved for review.
/// </summary>
[Collection(Browsers.Name)]
public sealed class PageReviewTests(BrowserFixture browser)
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in new[] { "timeline", "positions", "chart", "actors", "actor", "articles", "article", "quotes", "method", "login" })
        {
            data.Add(page, 1280);
            data.Add(page, 390);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_main_page_has_no_serious_accessibility_violation(string name, int width)
    {
        var page = await browser.OpenAsync(browser.SeededSite, width, bypassCsp: true);
        await page.GotoAsync(await UrlOfAsync(name));

        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{width}.png"),
            FullPage = true,
        });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = BrowserFixture.AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { resultTypes: ["violations"] })).violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | ")}`)
            """);

        violations.EnumerateArray().Select(v => v.GetString()).Should().BeEmpty($"{name} at {width}px");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"))
            .Should().BeLessThanOrEqualTo(0, $"{name} fits {width}px without scrolling sideways");
    }

    [Fact]
    public async Task The_accessibility_check_finds_a_violation_where_there_is_one()
    {
        var page = await browser.OpenAsync(browser.SeededSite, bypassCsp: true);
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/nothing.png\">')");

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = BrowserFixture.AxeScript });
        var ids = await page.EvaluateAsync<string[]>("async () => (await axe.run(document)).violations.map(v => v.id)");

        ids.Should().Contain("image-alt");
    }

    private async Task<string> UrlOfAsync(string name)
    {
        if (name is "actor" or "article")
        {
            var timeline = await browser.OpenAsync(browser.SeededSite);
            await timeline.GotoAsync("/");
            var link = name == "actor" ? timeline.Locator(".entry-actors a").First : timeline.Locator("a.source-link").First;
            var href = await link.GetAttributeAsync("href");
            await timeline.Context.CloseAsync();
            return href!;
        }

        return name switch
        {
            "timeline" => "/",
            "positions" => "/Positions",
            "chart" => "/Chart",
            "actors" => "/Actors",
            "articles" => "/Articles",
            "quotes" => "/Quotes",
            "method" => "/Method/extraction",
            _ => "/Account/Login",
        };
    }
}
