using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Relais.Web.Features.Accounts;
using Relais.Web.Pages.Connexion;

namespace Relais.Web.Pages.Espace;

/// <summary>An invitation link: GET shows the form (scanners must not use the link up), POST joins and signs in.</summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class InvitationModel(AcceptInvitationHandler handler) : SignInPageModel
{
    public string? OrganisationName { get; private set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    public async Task OnGetAsync(string secret, CancellationToken cancellationToken) =>
        OrganisationName = await handler.OrganisationNameAsync(secret, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string secret, CancellationToken cancellationToken)
    {
        OrganisationName = await handler.OrganisationNameAsync(secret, cancellationToken);
        if (OrganisationName is null)
        {
            return Page();
        }

        var (user, error) = await handler.HandleAsync(new AcceptInvitationCommand(secret, DisplayName), cancellationToken);
        if (user is null)
        {
            ModelState.AddModelError(nameof(DisplayName), error!.Message);
            return Page();
        }

        return await SignInAndRedirectAsync(user);
    }
}
