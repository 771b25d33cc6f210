using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Relais.Web.Features.Accounts;

namespace Relais.Web.Pages.Connexion;

/// <summary>Sign-in with e-mail and password. One message for every failure: nothing reveals which accounts exist.</summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class IndexModel(SignInWithPasswordHandler handler) : SignInPageModel
{
    public const string Failure = "Adresse électronique ou mot de passe incorrect, ou connexion par mot de passe bloquée quelques minutes après plusieurs essais. Vous pouvez aussi recevoir un lien de connexion par courriel.";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(string.IsNullOrWhiteSpace(Email) ? "Email" : "Password", string.IsNullOrWhiteSpace(Email) ? "Indiquez votre adresse électronique." : "Indiquez votre mot de passe.");
            return Page();
        }

        var user = await handler.HandleAsync(new SignInWithPasswordCommand(Email, Password, LinkBase("/connexion/lien")), cancellationToken);
        if (user is null)
        {
            ModelState.AddModelError("Email", Failure);
            Password = null;
            return Page();
        }

        return await SignInAndRedirectAsync(user);
    }
}
