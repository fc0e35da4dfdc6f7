namespace Diplomacy.Web.Tests.Support;

/// <summary>The read-only tests share one site and its store; tests that write get their own.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFactory>
{
    public const string Name = "site";
}
