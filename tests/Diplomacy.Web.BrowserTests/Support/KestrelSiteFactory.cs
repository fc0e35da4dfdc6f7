using System.Net;
using Diplomacy.Web.Tests.Support;

namespace Diplomacy.Web.BrowserTests.Support;

/// <summary>The site on a real loopback port, where a browser can reach it.</summary>
/// <param name="repositorySeeds">True for the repository's seed articles (as <c>dotnet run</c> serves them), false for the tests' own rows.</param>
public sealed class KestrelSiteFactory(bool repositorySeeds) : SiteFactory
{
    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override string? SeedsFolder => repositorySeeds ? null : base.SeedsFolder;

    protected override bool AddsTestRows => !repositorySeeds;

    protected override void Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
    }
}
