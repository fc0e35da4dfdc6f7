using System.Globalization;
using Diplomacy.Data;
using Diplomacy.Web.Pages.Account;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Web.Tests.Support;

/// <summary>
/// The site on a real SQLite file in a temporary folder, with an empty seeds folder (so the tests' own rows are
/// the whole store), a docs folder of test pages, and one editor account.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string EditorName = "alice";
    public const string EditorPassword = "correct horse battery staple";

    private static readonly Lazy<string> EditorHash = new(() => EditorAccounts.HashPassword(EditorPassword));

    public SiteFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "diplomacy-web-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "seeds"));
        Directory.CreateDirectory(Path.Combine(Folder, "docs"));
        File.WriteAllText(Path.Combine(Folder, "docs", "extraction.md"), TestDocs.Extraction);
        File.WriteAllText(Path.Combine(Folder, "docs", "limits.md"), TestDocs.Limits);
    }

    public string Folder { get; }

    public TestStore Store { get; private set; } = null!;

    /// <summary>Null to use the repository's own seeds folder, as <c>dotnet run</c> does.</summary>
    protected virtual string? SeedsFolder => Path.Combine(Folder, "seeds");

    protected virtual bool AddsTestRows => true;

    /// <summary>
    /// Many tests sign in within a minute from the one test address, so sign-in is limited far above the site's own
    /// setting; null keeps the setting of appsettings.json.
    /// </summary>
    protected virtual int? SignInAttempts => 10_000;

    public async Task InitializeAsync()
    {
        // Starting the server runs the site's start-up: migrations, then the seeds folder.
        Start();
        if (AddsTestRows)
        {
            await using var scope = Services.CreateAsyncScope();
            Store = await TestStore.SeedAsync(scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>());
        }
    }

    /// <summary>Starts the in-memory test server; a subclass may start a real Kestrel port instead.</summary>
    protected virtual void Start() => _ = Server;

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Diplomacy", "Data Source=" + Path.Combine(Folder, "site.db"));
        if (SeedsFolder is { } seeds)
        {
            builder.UseSetting("Content:Seeds", seeds);
        }

        builder.UseSetting("Content:Docs", Path.Combine(Folder, "docs"));
        builder.UseSetting("Editors:" + EditorName, EditorHash.Value);
        if (SignInAttempts is { } attempts)
        {
            builder.UseSetting(SignInLimit.AttemptsKey, attempts.ToString(CultureInfo.InvariantCulture));
        }

        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
