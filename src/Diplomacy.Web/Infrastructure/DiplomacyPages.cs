using Diplomacy.Web.Pages.Account;

namespace Diplomacy.Web.Infrastructure;

public static class DiplomacyPages
{
    public static IServiceCollection AddDiplomacyPages(this IServiceCollection services)
    {
        services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/Editor", EditorAccounts.PolicyName));
        services.AddSingleton<TopicAxes>(_ => TopicAxes.LoadDefault());
        services.AddSingleton<MarkdownRendering>();
        return services;
    }
}
