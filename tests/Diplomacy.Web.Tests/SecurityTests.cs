using System.Net;
using Diplomacy.Web.Infrastructure;
using Diplomacy.Web.Tests.Support;

namespace Diplomacy.Web.Tests;

public sealed class SecurityTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Articles/1")]
    [InlineData("/api/events")]
    [InlineData("/no-such-page")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var response = await site.CreateBrowser().GetAsync(new Uri(url, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Be(SecurityHeaders.ContentSecurityPolicy);
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("strict-origin-when-cross-origin");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        var page = await site.CreateBrowser().GetPageAsync("/");

        page.QuerySelectorAll("script").Should().OnlyContain(s => s.HasAttribute("src"));
        page.QuerySelectorAll("[style]").Should().BeEmpty();
        page.QuerySelectorAll("style").Should().BeEmpty();
        page.QuerySelectorAll("*").SelectMany(e => e.Attributes).Select(a => a.Name).Should().NotContain(n => n.StartsWith("on", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/Editor")]
    [InlineData($"/Editor/Edit/1")]
    public async Task Anonymous_readers_are_sent_to_sign_in_before_any_editor_page(string url)
    {
        using var response = await site.CreateBrowser().GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }

    [Fact]
    public async Task An_anonymous_post_to_the_editor_stores_nothing()
    {
        var client = site.CreateBrowser();
        var before = (await client.GetPageAsync("/Articles")).TextOf(".lead");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Text"] = "An article nobody may add." });

        using var response = await client.PostAsync(new Uri("/Editor", UriKind.Relative), form);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().Should().Contain("/Account/Login");
        }

        (await client.GetPageAsync("/Articles")).TextOf(".lead").Should().Be(before);
    }

    [Fact]
    public async Task A_signed_in_post_without_the_antiforgery_token_is_refused()
    {
        var client = site.CreateBrowser();
        await EditorSession.SignInAsync(client);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Text"] = "Forged from another site." });

        using var response = await client.PostAsync(new Uri("/Editor", UriKind.Relative), form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in()
    {
        var client = site.CreateBrowser();
        using var response = await EditorSession.PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = SiteFactory.EditorName,
            ["Input.Password"] = "not the password",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("The user name or password is wrong.");
        using var editor = await client.GetAsync(new Uri("/Editor", UriKind.Relative));
        editor.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_unknown_editor_does_not_sign_in()
    {
        var client = site.CreateBrowser();
        using var response = await EditorSession.PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = "mallory",
            ["Input.Password"] = SiteFactory.EditorPassword,
        });

        (await response.Content.ReadAsStringAsync()).Should().Contain("The user name or password is wrong.");
    }

    [Fact]
    public async Task Sign_in_returns_only_to_a_local_address()
    {
        var client = site.CreateBrowser();
        using var response = await EditorSession.PostFormAsync(
            client,
            "/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Input.UserName"] = SiteFactory.EditorName, ["Input.Password"] = SiteFactory.EditorPassword });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/Editor");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = site.CreateBrowser();
        await EditorSession.SignInAsync(client);
        (await client.GetAsync(new Uri("/Editor", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        using var response = await EditorSession.PostFormAsync(client, "/Editor", new Dictionary<string, string>(), "/Account/Logout");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync(new Uri("/Editor", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_health_check_answers()
    {
        using var response = await site.CreateBrowser().GetAsync(new Uri("/healthz", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }
}
