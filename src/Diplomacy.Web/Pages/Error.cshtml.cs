using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diplomacy.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Status { get; set; }

    public string Message => Status switch
    {
        404 => "There is no page at this address.",
        400 => "The request could not be read.",
        403 => "You are not allowed to do this.",
        413 => "What was sent is larger than the site accepts: an article may be at most 2 MB. Nothing was stored.",
        429 => Response.Headers.RetryAfter is [{ } seconds]
            ? $"Too many sign-in attempts from your address. Try again in {seconds} s."
            : "Too many sign-in attempts from your address. Wait a minute, then try again.",
        _ => "Something went wrong on our side. The error has been logged.",
    };

    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
