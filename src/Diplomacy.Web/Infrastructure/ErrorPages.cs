namespace Diplomacy.Web.Infrastructure;

public static class ErrorPages
{
    /// <summary>A plain error page for failures and for empty 4xx/5xx responses; the developer page in Development.</summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        return app;
    }
}
