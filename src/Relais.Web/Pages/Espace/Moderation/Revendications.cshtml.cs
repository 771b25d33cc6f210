using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Claims;

namespace Relais.Web.Pages.Espace.Moderation;

/// <summary>Pending claims, for national moderators and the coordinators of the places' territories.</summary>
[Authorize]
public sealed class RevendicationsModel(CurrentUser current, ListPlaceClaimsHandler list, DecidePlaceClaimHandler decide) : PageModel
{
    public IReadOnlyList<PlaceClaimItem> Claims { get; private set; } = [];

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        if (!ListPlaceClaimsHandler.IsModerator(user))
        {
            return Forbid();
        }

        Claims = await list.HandleAsync(user, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, bool approve, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        var error = await decide.HandleAsync(user, new DecidePlaceClaimCommand(id, approve), cancellationToken);
        if (error?.Code == "claim.forbidden")
        {
            return Forbid();
        }

        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error.Message);
        }
        else
        {
            Done = approve ? "Demande acceptée : le lieu est ajouté à la structure." : "Demande refusée.";
        }

        Claims = await list.HandleAsync(user, cancellationToken);
        return Page();
    }
}
