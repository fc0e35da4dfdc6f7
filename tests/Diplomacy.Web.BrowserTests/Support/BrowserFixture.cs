using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Diplomacy.Web.BrowserTests.Support;

/// <summary>
/// One Chromium (Debian's, never a downloaded one) for the whole collection, and two sites on real ports: one with
/// the tests' own rows for exact assertions, one with the repository's seeds for screenshots and accessibility.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;

    public KestrelSiteFactory TestSite { get; } = new(repositorySeeds: false);

    public KestrelSiteFactory SeededSite { get; } = new(repositorySeeds: true);

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: the test project's own <c>screenshots/</c> folder (ignored by git).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(SourceFolder(), "screenshots");

    public static string AxeScript { get; } = Path.Combine(AppContext.BaseDirectory, "axe.min.js");

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)TestSite).InitializeAsync();
        await ((IAsyncLifetime)SeededSite).InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await ((IAsyncLifetime)TestSite).DisposeAsync();
        await ((IAsyncLifetime)SeededSite).DisposeAsync();
    }

    /// <summary>A fresh context (cookies, storage) at a window width, on one of the sites.</summary>
    public async Task<IPage> OpenAsync(KestrelSiteFactory site, int width = 1280, bool javaScript = true, bool bypassCsp = false)
    {
        ArgumentNullException.ThrowIfNull(site);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            BypassCSP = bypassCsp,
            Permissions = javaScript ? ["clipboard-read", "clipboard-write"] : [],
        });
        return await context.NewPageAsync();
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
