using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.History;
using Relais.Web.Features.PlaceEdits;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure;
using Relais.Web.Infrastructure.Data;
using Relais.Web.OpeningHours;
using Relais.Web.Standard;
using Relais.Web.Standard.Writing;

namespace Relais.Web.Pages.Espace.Lieux;

/// <summary>
/// The edit form of a place, for its team (and national moderation): every field of the standard and the charter,
/// checked by the standard's validator, each message next to its field and in a summary at the top.
/// </summary>
[Authorize]
public sealed class ModifierModel(AppDbContext db, CurrentUser current, PlaceAccess access, EditPlaceHandler edit, TimeProvider time) : PageModel
{
    public string PlaceId { get; private set; } = string.Empty;

    public string PlaceName { get; private set; } = string.Empty;

    public string? UpdatedOn { get; private set; }

    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Errors on fields that the form does not show (none expected; kept for the summary).</summary>
    public IReadOnlyList<string> OtherErrors { get; private set; } = [];

    public WeeklyTable? Preview { get; private set; }

    public string? PreviewError { get; private set; }

    [BindProperty(SupportsGet = true, Name = "enregistre")]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var (place, denied) = await LoadAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var cells = StandardCells.From(place!);
        for (var i = 0; i < cells.Length; i++)
        {
            Values[StandardColumns.All[i]] = cells[i];
        }

        Values[StandardColumns.Pivot] = place!.Pivot;
        Values[PlaceFieldLabels.Charter] = place.Charter;
        BuildPreview(place.DepartmentCode);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var (place, denied) = await LoadAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var cells = EditForm.CellsFrom(Request.Form);
        var charter = Request.Form[PlaceFieldLabels.Charter].ToString();
        var result = await edit.HandleAsync((await current.GetAsync(cancellationToken))!, new EditPlaceCommand(id, cells, charter, ChangeChannel.Form), cancellationToken);
        switch (result.Outcome)
        {
            case EditPlaceOutcome.Saved:
                return Redirect($"/espace/lieux/{Uri.EscapeDataString(id)}/modifier?enregistre=true");
            case EditPlaceOutcome.NotFound:
                return NotFound();
            case EditPlaceOutcome.Forbidden:
                return Forbid();
        }

        KeepPosted(cells, charter);
        var shown = EditForm.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var error in result.Errors.Where(e => shown.Contains(e.Field)))
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        OtherErrors = [.. result.Errors.Where(e => !shown.Contains(e.Field)).Select(e => e.Message)];
        BuildPreview(place!.DepartmentCode);
        return Page();
    }

    /// <summary>"Prévisualiser les horaires" without JavaScript: the form comes back with the week table, nothing saved.</summary>
    public async Task<IActionResult> OnPostApercuAsync(string id, CancellationToken cancellationToken)
    {
        var (place, denied) = await LoadAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        KeepPosted(EditForm.CellsFrom(Request.Form), Request.Form[PlaceFieldLabels.Charter].ToString());
        BuildPreview(place!.DepartmentCode);
        return Page();
    }

    public string? Error(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<(Place? Place, IActionResult? Denied)> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return (null, Challenge());
        }

        var place = await db.Places().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (place is null)
        {
            return (null, NotFound());
        }

        if (!await access.CanEditAsync(user, id, cancellationToken))
        {
            return (null, Forbid());
        }

        (PlaceId, PlaceName) = (place.Id, place.Name);
        UpdatedOn = PlaceText.Date(place.UpdatedOn);
        return (place, null);
    }

    private void KeepPosted(string?[] cells, string charter)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            Values[StandardColumns.All[i]] = cells[i];
        }

        Values[PlaceFieldLabels.Charter] = charter;
    }

    private void BuildPreview(string? departmentCode)
    {
        if (Values.GetValueOrDefault(StandardColumns.Horaires) is not { Length: > 0 } hours)
        {
            return;
        }

        var parse = OpeningHoursSchedule.Parse(hours);
        if (parse.Success)
        {
            Preview = parse.Schedule.WeekOf(ParisTime.Today(time), departmentCode);
        }
        else
        {
            PreviewError = parse.ErrorMessage;
        }
    }
}
