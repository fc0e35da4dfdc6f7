namespace Diplomacy.Web.Tests.Support;

/// <summary>The test site with sign-in limited as appsettings.json configures it.</summary>
public sealed class SignInLimitedSiteFactory : SiteFactory
{
    protected override int? SignInAttempts => null;
}
