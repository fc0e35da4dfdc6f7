using Diplomacy.Data;

namespace Diplomacy.Web.Infrastructure;

public static class RepositoryContentRegistration
{
    public static IServiceCollection AddRepositoryContent(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return services.AddSingleton(RepositoryContent.Locate(configuration, environment.ContentRootPath));
    }

    /// <summary>Brings the schema up to date and, when the store holds no article, ingests the seed articles.</summary>
    public static async Task InitializeStoreAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var scope = app.Services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var content = scope.ServiceProvider.GetRequiredService<RepositoryContent>();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
                .InitializeAsync(content.SeedsDirectory, app.Lifetime.ApplicationStopping)
                .ConfigureAwait(false);
        }
    }
}
