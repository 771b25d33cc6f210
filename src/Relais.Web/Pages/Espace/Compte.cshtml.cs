using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Relais.Web.Features.Accounts;

namespace Relais.Web.Pages.Espace;

/// <summary>The person's own account: deletion, confirmed with the password or a fresh sign-in by link.</summary>
[Authorize]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class CompteModel(CurrentUser current, DeleteAccountHandler delete, TimeProvider time) : PageModel
{
    public User Account { get; private set; } = null!;

    public bool HasPassword => Account.PasswordHash is not null;

    public bool NeedsFreshSignIn => DeleteAccountHandler.NeedsFreshSignIn(Account, time.GetUtcNow());

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        Account = user;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? password, bool confirmed, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        Account = user;
        var error = await delete.HandleAsync(new DeleteAccountCommand(user.Id, password, confirmed), cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(error.Code == "account.password_wrong" ? "Password" : "Confirmed", error.Message);
            return Page();
        }

        await HttpContext.SignOutAsync(AccountsAuthentication.CookieScheme);
        return RedirectToPage("/Espace/CompteSupprime");
    }
}
