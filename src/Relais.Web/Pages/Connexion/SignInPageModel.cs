using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relais.Web.Features.Accounts;

namespace Relais.Web.Pages.Connexion;

/// <summary>What the sign-in pages share: opening the session cookie and going back where the person was.</summary>
public abstract class SignInPageModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    protected string LinkBase(string path) => $"{Request.Scheme}://{Request.Host}{path}";

    protected async Task<IActionResult> SignInAndRedirectAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await HttpContext.SignInAsync(AccountsAuthentication.CookieScheme, AccountsAuthentication.PrincipalFor(user, AccountsAuthentication.CookieScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/espace");
    }
}
