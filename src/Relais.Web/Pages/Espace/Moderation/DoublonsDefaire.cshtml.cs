using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Dedup;
using Relais.Web.Features.Places;
using Relais.Web.Features.Review;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Pages.Espace.Moderation;

/// <summary>
/// Undoing a merge from the web: the page says what will happen and asks for a confirming click (the whole merge,
/// or one record out of it). Moderators only, and coordinators for the merged places of their territories.
/// </summary>
[Authorize]
public sealed class DoublonsDefaireModel(CurrentUser current, ReviewAccess access, UnmergePlaceHandler unmerge, AppDbContext db) : PageModel
{
    public string PlaceId { get; private set; } = string.Empty;

    public string PlaceName { get; private set; } = string.Empty;

    public IReadOnlyList<(string Id, SourceRecord Record)> Records { get; private set; } = [];

    /// <summary>After the undo: the places shown again.</summary>
    public IReadOnlyList<(string Id, string Name)> ShownAgain { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        if (!await access.CanUnmergeAsync(user, id, cancellationToken))
        {
            return ReviewAccess.IsModerator(user) && !await db.Places().AnyAsync(p => p.Id == id, cancellationToken) ? NotFound() : Forbid();
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? record, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        if (!await access.CanUnmergeAsync(user, id, cancellationToken))
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (record is not null && Records.All(r => r.Id != record))
        {
            ModelState.AddModelError(string.Empty, "Cette fiche ne fait pas partie de ce lieu fusionné.");
            return Page();
        }

        var (result, error) = await unmerge.HandleAsync(new UnmergePlaceCommand(record ?? id), cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            return Page();
        }

        var shown = result!.ShownAgain.ToList();
        var places = await db.Places().AsNoTracking().Where(p => shown.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        ShownAgain = [.. places.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Id, p.Name))];
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var place = await db.Places().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (place is null || !place.IsMerged)
        {
            return false;
        }

        (PlaceId, PlaceName) = (place.Id, place.Name);
        var sources = await PlaceSources.LoadAsync(db, place, cancellationToken);
        var members = await db.Places().AsNoTracking().Where(p => p.MergedIntoId == id).Select(p => new { p.Id, p.SourceName, p.SourceRecordId }).ToListAsync(cancellationToken);
        var ids = members.ToDictionary(m => $"{m.SourceName}:{m.SourceRecordId}", m => m.Id, StringComparer.Ordinal);
        Records = [.. sources.Records.Select(r => (ids[r.Key], r))];
        return true;
    }
}
