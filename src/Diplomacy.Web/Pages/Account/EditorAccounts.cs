using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Diplomacy.Web.Pages.Account;

/// <summary>
/// Editors' accounts live in configuration, one key per editor under <c>Editors</c> whose value is the password's
/// ASP.NET Core Identity hash (PBKDF2, salted): <c>Editors__alice=AQAAAA…</c> in the environment, or user-secrets.
/// No plain password is ever stored; <c>hash-password</c> makes a hash.
/// </summary>
public sealed class EditorAccounts
{
    public const string PolicyName = "Editor";
    public const string Role = "editor";
    public const string SectionName = "Editors";

    private static readonly PasswordHasher<string> Hasher = new();

    // Verifying against a throw-away hash for an unknown name costs as long as for a known one: timing tells nothing.
    private static readonly string DecoyHash = Hasher.HashPassword(string.Empty, Guid.NewGuid().ToString());

    private readonly IConfiguration _configuration;

    public EditorAccounts(IConfiguration configuration) => _configuration = configuration;

    public static string HashPassword(string password) => Hasher.HashPassword(string.Empty, password);

    /// <summary>The signed-in identity for a name and password, or null when they do not match an editor's account.</summary>
    public ClaimsPrincipal? SignIn(string userName, string password)
    {
        var hash = _configuration.GetSection(SectionName)[userName];
        var result = Hasher.VerifyHashedPassword(string.Empty, hash ?? DecoyHash, password);
        if (hash is null || result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, Role)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }
}
