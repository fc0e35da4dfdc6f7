using System.Net;
using Diplomacy.Data.Import;
using Diplomacy.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Web.Tests;

/// <summary>
/// An editor's correction outlives re-extraction. The class has a site of its own, as re-extracting every article
/// would rewrite the hand-built rows other classes' tests read.
/// </summary>
public sealed class EditorCorrectionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task The_title_and_date_an_editor_corrected_survive_reextract()
    {
        var client = site.CreateBrowser();
        await EditorSession.SignInAsync(client);
        using var added = await EditorSession.PostArticleAsync(client, text: SampleArticles.GenevaWire, sourceName: "Reuters");
        added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var articleUrl = added.Headers.Location!.ToString();
        var id = int.Parse(articleUrl["/Articles/".Length..], System.Globalization.CultureInfo.InvariantCulture);

        using var correction = await EditorSession.PostFormAsync(client, $"/Editor/Edit/{id}", new Dictionary<string, string>
        {
            ["Input.Title"] = "Kerry and Lavrov talk ceasefire in Geneva",
            ["Input.Published"] = "2013-05-07",
            ["Input.SourceName"] = "Reuters",
            ["Input.Url"] = "",
        });
        correction.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var results = new List<ImportResult>();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ReextractAllAsync(results.Add);
        }

        results.Should().ContainSingle(r => r.ArticleId == id).Which.Outcome.Should().Be(ImportOutcome.Added);
        var page = await site.CreateBrowser().GetPageAsync(articleUrl);
        page.TextOf("h1").Should().Be("Kerry and Lavrov talk ceasefire in Geneva");
        page.TextOf("#title-corrected").Should().Be("Title corrected by " + SiteFactory.EditorName);
        page.QuerySelector(".facts time")!.GetAttribute("datetime").Should().Be("2013-05-07");
        page.TextOf("#date-corrected").Should().Be($"(corrected by {SiteFactory.EditorName})");
    }

}
