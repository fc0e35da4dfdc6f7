using Diplomacy.Web.Infrastructure;
using Diplomacy.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Web.Tests;

/// <summary>The site as a fresh clone starts it: no configuration, so the repository's seeds are found and ingested.</summary>
public sealed class SeededSiteTests(SeededSiteFactory site) : IClassFixture<SeededSiteFactory>
{
    [Fact]
    public async Task A_fresh_start_serves_the_seeded_timeline()
    {
        var client = site.CreateBrowser();

        var timeline = await client.GetPageAsync("/");
        var articles = await client.GetPageAsync("/Articles");

        var seeds = site.Services.GetRequiredService<RepositoryContent>().SeedsDirectory;
        seeds.Should().NotBeNull().And.EndWith("seeds");
        File.Exists(Path.Combine(seeds!, "..", RepositoryContent.RootMarker)).Should().BeTrue("the seeds are the repository's own");
        articles.QuerySelectorAll("table.data tbody tr").Should().HaveCount(Directory.GetFiles(seeds!, "*.txt").Length);
        timeline.EntryIds().Should().NotBeEmpty("the seed articles hold events and positions");
        var first = timeline.QuerySelector("a.source-link")!.GetAttribute("href")!;
        (await client.GetPageAsync(first)).QuerySelector("mark#focus").Should().NotBeNull("an entry's source link lands on its sentence");
    }

    [Fact]
    public async Task Every_seed_article_renders_with_its_extractions_marked()
    {
        var client = site.CreateBrowser();
        var links = (await client.GetPageAsync("/Articles")).QuerySelectorAll("table.data tbody a").Select(a => a.GetAttribute("href")!).ToList();

        foreach (var link in links)
        {
            var page = await client.GetPageAsync(link);
            page.QuerySelectorAll(".article-body a.mention").Should().NotBeEmpty(link);
        }
    }
}
