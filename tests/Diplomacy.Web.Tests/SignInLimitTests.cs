using System.Globalization;
using System.Net;
using Diplomacy.Web.Pages.Account;
using Diplomacy.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Web.Tests;

public sealed class SignInLimitTests(SignInLimitedSiteFactory site) : IClassFixture<SignInLimitedSiteFactory>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_configured_limit_get_429_while_reading_goes_on()
    {
        var attempts = site.Services.GetRequiredService<IConfiguration>().GetValue(SignInLimit.AttemptsKey, 0);
        attempts.Should().BeInRange(3, 10, "appsettings.json allows a few attempts a minute");
        var guesser = site.CreateBrowser();
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            using var allowed = await SignInAsync(guesser, "a guess");
            allowed.StatusCode.Should().Be(HttpStatusCode.OK, $"attempt {attempt} of {attempts} is within the limit");
            (await allowed.Content.ReadAsStringAsync()).Should().Contain("The user name or password is wrong.");
        }

        using var refused = await SignInAsync(guesser, "one guess too many");
        using var rightPassword = await SignInAsync(guesser, SiteFactory.EditorPassword);

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var wait = int.Parse(refused.Headers.RetryAfter!.ToString(), CultureInfo.InvariantCulture);
        wait.Should().BeInRange(1, SignInLimit.DefaultWindowSeconds);
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());
        page.TextOf("h1").Should().Be("429");
        page.TextOf("main").Should().Contain("Too many sign-in attempts").And.Contain($"Try again in {wait} s.");
        rightPassword.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "every attempt counts, so guessing cannot go on until one succeeds");
        foreach (var read in new[] { "/Account/Login", "/", "/api/events" })
        {
            using var response = await guesser.GetAsync(new Uri(read, UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"reading {read} is never limited");
        }
    }

    [Theory]
    [InlineData(null, "unknown")]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void Attempts_are_counted_per_address_and_per_IPv6_64(string? address, string key)
    {
        SignInLimit.ClientKey(address is null ? null : IPAddress.Parse(address)).Should().Be(key);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string password) =>
        EditorSession.PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = SiteFactory.EditorName,
            ["Input.Password"] = password,
        });
}
