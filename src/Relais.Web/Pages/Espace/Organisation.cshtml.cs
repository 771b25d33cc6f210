using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relais.Web.Features.Accounts;

namespace Relais.Web.Pages.Espace;

/// <summary>An organisation's members, for its admins: invite by e-mail, remove, leave (not as the last admin).</summary>
[Authorize]
public sealed class OrganisationModel(CurrentUser current, ListOrganisationMembersHandler list, InviteMemberHandler invite, RemoveMemberHandler remove) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<OrganisationMemberItem> Members { get; private set; } = [];

    public Guid CurrentUserId { get; private set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public Role Role { get; set; } = Role.Mediator;

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        var (outcome, error) = await invite.HandleAsync(user, new InviteMemberCommand(id, Email, Role, $"{Request.Scheme}://{Request.Host}/espace/invitation/"), cancellationToken);
        if (error == OrganisationMembers.Forbidden)
        {
            return Forbid();
        }

        if (error is not null)
        {
            ModelState.AddModelError(nameof(Email), error.Message);
        }
        else
        {
            Done = outcome == InvitationOutcome.Joined ? $"{Email} a un compte Relais : la personne fait désormais partie de la structure." : $"Invitation envoyée à {Email}.";
            Email = null;
        }

        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid userId, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        var error = await remove.HandleAsync(user, new RemoveMemberCommand(id, userId), cancellationToken);
        if (error == OrganisationMembers.Forbidden)
        {
            return Forbid();
        }

        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            return await ShowAsync(id, cancellationToken);
        }

        if (userId == user.Id)
        {
            return Redirect("/espace");
        }

        Done = "La personne ne fait plus partie de la structure.";
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        var (organisation, members, error) = await list.HandleAsync(user, id, cancellationToken);
        if (error == OrganisationMembers.Forbidden)
        {
            return Forbid();
        }

        if (organisation is null)
        {
            return NotFound();
        }

        (Organisation, Members, CurrentUserId) = (organisation, members, user.Id);
        return Page();
    }
}
