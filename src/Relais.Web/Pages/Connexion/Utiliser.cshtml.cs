using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Relais.Web.Features.Accounts;

namespace Relais.Web.Pages.Connexion;

/// <summary>
/// Opens a link received by e-mail. GET only shows a button: mail scanners that follow links must not use up a
/// single-use link; the POST redeems it (and, for a reset, sets the new password).
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class UtiliserModel(RedeemTokenHandler handler) : SignInPageModel
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public bool IsReset => Request.Path.StartsWithSegments("/mot-de-passe", StringComparison.Ordinal);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string secret, CancellationToken cancellationToken)
    {
        if (IsReset && !string.Equals(Password, Confirmation, StringComparison.Ordinal))
        {
            ModelState.AddModelError("Confirmation", "Les deux mots de passe sont différents.");
            return Page();
        }

        var (user, error) = await handler.HandleAsync(new RedeemTokenCommand(secret, IsReset ? TokenPurpose.PasswordReset : TokenPurpose.MagicLink, Password), cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(error.Code == "user.password_too_short" ? "Password" : "lien", error.Message);
            return Page();
        }

        return await SignInAndRedirectAsync(user!);
    }
}
