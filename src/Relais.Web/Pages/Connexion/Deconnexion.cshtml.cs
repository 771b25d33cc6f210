using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relais.Web.Features.Accounts;

namespace Relais.Web.Pages.Connexion;

/// <summary>Signing out is a POST (antiforgery), so that no link or image can sign someone out.</summary>
public sealed class DeconnexionModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AccountsAuthentication.CookieScheme);
        return Redirect("/");
    }
}
