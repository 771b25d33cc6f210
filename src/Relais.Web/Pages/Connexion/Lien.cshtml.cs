using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Relais.Web.Features.Accounts;

namespace Relais.Web.Pages.Connexion;

/// <summary>
/// Asks for a magic link (<c>/connexion/lien</c>) or a password-reset link (<c>/mot-de-passe/oubli</c>): the same
/// answer whether or not the address has an account.
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class LienModel(SendSignInLinkHandler handler) : SignInPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public bool IsReset => Request.Path.StartsWithSegments("/mot-de-passe", StringComparison.Ordinal);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CreateUserHandler.IsEmail(Features.Accounts.User.NormalizeEmail(Email ?? string.Empty)))
        {
            ModelState.AddModelError("Email", "Indiquez une adresse électronique valide, par exemple prenom.nom@exemple.fr.");
            return Page();
        }

        var (purpose, path) = IsReset ? (TokenPurpose.PasswordReset, "/mot-de-passe/nouveau/") : (TokenPurpose.MagicLink, "/connexion/lien/");
        await handler.HandleAsync(new SendSignInLinkCommand(Email!, purpose, LinkBase(path)), cancellationToken);
        Sent = true;
        return Page();
    }
}
