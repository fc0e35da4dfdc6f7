using Microsoft.AspNetCore.Authentication.Cookies;

namespace Diplomacy.Web.Pages.Account;

public static class EditorAccountsRegistration
{
    /// <summary>Cookie sign-in for editors and the <see cref="EditorAccounts.PolicyName"/> policy that every write requires.</summary>
    public static IServiceCollection AddEditorAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/Account/Login";
                options.LogoutPath = "/Account/Logout";
                options.AccessDeniedPath = "/Account/Login";
                options.Cookie.Name = "diplomacy.editor";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorAccounts.PolicyName, policy => policy.RequireAuthenticatedUser().RequireRole(EditorAccounts.Role));
        services.AddSingleton(new EditorAccounts(configuration));
        return services;
    }
}
