using System.Net;
using System.Text;
using Diplomacy.Web.Tests.Support;

namespace Diplomacy.Web.Tests;

public sealed class EditorTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task An_editor_adds_a_pasted_article_and_readers_see_it_at_once()
    {
        var client = site.CreateBrowser();
        var readers = site.CreateBrowser();
        (await readers.GetPageAsync("/Articles?q=Geneva+ceasefire")).QuerySelectorAll("table.data tbody tr").Should().BeEmpty();
        await EditorSession.SignInAsync(client);

        using var response = await EditorSession.PostArticleAsync(client, text: SampleArticles.GenevaWire, sourceName: "Reuters");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.Should().MatchRegex("^/Articles/[0-9]+$");
        var page = await readers.GetPageAsync(location);
        page.QuerySelector(".article-body")!.TextContent.Should().Contain("met on Friday to discuss a ceasefire");
        page.QuerySelector(".facts")!.TextContent.Should().Contain("Reuters").And.Contain("by " + SiteFactory.EditorName);
        (await readers.GetPageAsync("/Articles?q=Geneva+ceasefire")).QuerySelectorAll("table.data tbody tr").Should().HaveCount(1, "the editor's change evicts the cached pages");

        using var again = await EditorSession.PostArticleAsync(client, text: SampleArticles.GenevaWire);
        (await again.Content.ReadAsStringAsync()).Should().Contain("already stored");
    }

    [Theory]
    [InlineData("", "Paste the article")]
    [InlineData("   \n\t  ", "Paste the article")]
    [InlineData("<html><body><script>alert(1)</script>Syria</body></html>", "HTML markup")]
    [InlineData("Kerry said <img src=x onerror=alert(1)> nothing", "HTML markup")]
    public async Task Bad_pasted_text_is_refused_with_a_clear_error_and_kept_in_the_form(string text, string error)
    {
        var client = site.CreateBrowser();
        await EditorSession.SignInAsync(client);

        using var response = await EditorSession.PostArticleAsync(client, text: text, sourceName: "Kept source");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[role=alert]")!.TextContent.Should().Contain(error);
        page.QuerySelector("textarea")!.TextContent.Trim().Should().Be(text.Trim(), "nothing the editor typed is lost");
        page.QuerySelector("input[name='Input.SourceName']")!.GetAttribute("value").Should().Be("Kept source");
        page.QuerySelectorAll("main script").Should().BeEmpty();
    }

    [Fact]
    public async Task A_binary_upload_is_refused_with_a_clear_error()
    {
        var client = site.CreateBrowser();
        await EditorSession.SignInAsync(client);
        var pdfLike = new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x00, 0x01, 0x02, 0xFF, 0x00, 0x00 };

        using var response = await EditorSession.PostArticleAsync(client, file: pdfLike);

        (await response.Content.ReadAsStringAsync()).Should().Contain("not text");
    }

    [Fact]
    public async Task A_huge_article_is_refused_with_its_size_and_the_limit()
    {
        var client = site.CreateBrowser();
        await EditorSession.SignInAsync(client);
        var huge = Encoding.UTF8.GetBytes(new string('a', 3 * 1024 * 1024));

        using var response = await EditorSession.PostArticleAsync(client, file: huge);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("The article is 3.0 MB; the limit is 2 MB.");
    }

    [Fact]
    public async Task An_uploaded_text_file_is_added()
    {
        var client = site.CreateBrowser();
        await EditorSession.SignInAsync(client);
        var text = SampleArticles.GenevaWire.Replace("Friday", "Thursday", StringComparison.Ordinal);

        using var response = await EditorSession.PostArticleAsync(client, file: Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "a UTF-16 file with its byte-order mark is text");
        var page = await client.GetPageAsync(response.Headers.Location!.ToString());
        page.QuerySelector(".facts")!.TextContent.Should().Contain("upload.txt");
    }

    [Fact]
    public async Task Pasting_and_uploading_at_once_is_refused()
    {
        var client = site.CreateBrowser();
        await EditorSession.SignInAsync(client);

        using var response = await EditorSession.PostArticleAsync(client, text: SampleArticles.GenevaWire, file: Encoding.UTF8.GetBytes(SampleArticles.GenevaWire));

        (await response.Content.ReadAsStringAsync()).Should().Contain("not both");
    }

    [Fact]
    public async Task An_editor_corrects_the_title_date_and_source()
    {
        var client = site.CreateBrowser();
        await EditorSession.SignInAsync(client);
        var url = $"/Editor/Edit/{site.Store.VetoArticle}";
        (await client.GetPageAsync(url)).QuerySelector("input[name='Input.Published']")!.GetAttribute("value").Should().Be("2012-06-27");

        using var response = await EditorSession.PostFormAsync(client, url, new Dictionary<string, string>
        {
            ["Input.Title"] = "Russia and China veto a Syria resolution",
            ["Input.Published"] = "2012-07",
            ["Input.SourceName"] = "Corrected Wire",
            ["Input.Url"] = "https://news.example/veto",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await site.CreateBrowser().GetPageAsync($"/Articles/{site.Store.VetoArticle}");
        page.TextOf("h1").Should().Be("Russia and China veto a Syria resolution");
        page.QuerySelector(".facts time")!.TextContent.Should().Be("Jul 2012");
        page.QuerySelector(".facts")!.TextContent.Should().Contain("Corrected Wire").And.Contain("news.example");
        page.QuerySelector("section[aria-labelledby=date-heading]")!.TextContent.Should().Contain("Set by the editor alice");
    }

    [Fact]
    public async Task A_bad_correction_changes_nothing_and_says_why()
    {
        var client = site.CreateBrowser();
        await EditorSession.SignInAsync(client);
        var url = $"/Editor/Edit/{site.Store.HostileArticle}";

        using var response = await EditorSession.PostFormAsync(client, url, new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.Published"] = "2014-02-30",
            ["Input.Url"] = "javascript:alert(1)",
        });

        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        page.QuerySelector(".validation-summary-errors")!.TextContent.Should().Contain("YYYY-MM-DD").And.Contain("Title").And.Contain("Address (URL)");
        (await site.CreateBrowser().GetPageAsync($"/Articles/{site.Store.HostileArticle}")).TextOf("h1").Should().Be("Washington imposes sanctions");
    }

    [Fact]
    public async Task A_new_articles_source_and_address_are_checked_like_a_corrections()
    {
        var client = site.CreateBrowser();
        await EditorSession.SignInAsync(client);

        using var response = await EditorSession.PostArticleAsync(client, text: SampleArticles.GenevaWire, sourceName: new string('x', 201), url: "javascript:alert(1)");

        response.StatusCode.Should().Be(HttpStatusCode.OK, "nothing is stored, so the form comes back");
        var errors = Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".validation-summary-errors")!.TextContent;
        errors.Should().Contain("Source (outlet)").And.Contain("Address (URL)");
    }
}
