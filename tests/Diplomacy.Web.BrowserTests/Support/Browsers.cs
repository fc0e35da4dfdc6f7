namespace Diplomacy.Web.BrowserTests.Support;

[CollectionDefinition(Name)]
public sealed class Browsers : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
