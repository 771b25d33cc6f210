using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Claims;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Pages.Lieux;

/// <summary>"Gérer cette fiche": a member of an organisation asks to maintain a place that came from a source.</summary>
[Authorize]
public sealed class GererModel(CurrentUser current, AppDbContext db, RequestPlaceClaimHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    public string PlaceName { get; private set; } = string.Empty;

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    [BindProperty]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } early)
        {
            return early;
        }

        if (OrganisationId is not { } organisationId)
        {
            ModelState.AddModelError(nameof(OrganisationId), "Choisissez la structure qui gérera la fiche.");
            return Page();
        }

        var user = (await current.GetAsync(cancellationToken))!;
        var (_, error) = await handler.HandleAsync(user, new RequestPlaceClaimCommand(Id, organisationId, Message), cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(error.Code == "claim.message_too_long" ? nameof(Message) : nameof(OrganisationId), error.Message);
            return Page();
        }

        Sent = true;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        PlaceName = await db.PublishedPlaces().Where(p => p.Id == Id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        if (PlaceName.Length == 0)
        {
            return NotFound();
        }

        var ids = user.Memberships.Select(m => m.OrganisationId).ToList();
        Organisations = [.. (await db.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => (o.Id, o.Name))];
        return null;
    }
}
