using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Diplomacy.Web.Pages.Account;

[EnableRateLimiting(SignInLimit.PolicyName)]
public sealed class LoginModel(EditorAccounts accounts) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var principal = accounts.SignIn(Input.UserName, Input.Password);
        if (principal is null)
        {
            Failed = true;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Editor");
    }

    public sealed record LoginInput
    {
        [Required]
        [Display(Name = "User name")]
        [StringLength(100)]
        public string UserName { get; init; } = "";

        [Required]
        [DataType(DataType.Password)]
        [StringLength(200)]
        public string Password { get; init; } = "";
    }
}
