using Diplomacy.Data;
using Diplomacy.Web.Api;
using Diplomacy.Web.Infrastructure;
using Diplomacy.Web.Pages.Account;
using Serilog;

// `hash-password` prints the hash to put in an editor's account (README, "Editors") and exits.
if (EditorPasswordCommand.TryRun(args, Console.In, Console.Out))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);

// Structured logs for the host and one summary line per request.
builder.AddStructuredLogging();

// The store (SQLite unless configured otherwise) and the repository's seeds/ and docs/ folders.
builder.Services.AddDiplomacyStore(builder.Configuration);
builder.Services.AddRepositoryContent(builder.Configuration, builder.Environment);

// Anonymous users read; signed-in editors (accounts in configuration) write; sign-in attempts are rate-limited.
builder.Services.AddEditorAccounts(builder.Configuration);
builder.Services.AddSignInLimit(builder.Configuration);

// Razor Pages by feature; anonymous reads come from the output cache until the store changes.
builder.Services.AddDiplomacyPages();
builder.Services.AddStoreCache(builder.Configuration);

builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");

var app = builder.Build();

app.UseSecurityHeaders();
app.UseErrorPages();
app.UseStaticFiles();
app.UseSerilogRequestLogging();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();

app.MapHealthChecks("/healthz");
app.MapStoreApi();
app.MapRazorPages();

// Migrates the database and, when it holds no article yet, ingests the seed articles.
await app.InitializeStoreAsync();

await app.RunAsync();
