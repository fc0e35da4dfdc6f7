namespace Diplomacy.Web.Tests.Support;

/// <summary>The site exactly as <c>dotnet run</c> starts it on a fresh clone: the repository's seeds ingested into an empty store.</summary>
public sealed class SeededSiteFactory : SiteFactory
{
    protected override string? SeedsFolder => null;

    protected override bool AddsTestRows => false;
}
