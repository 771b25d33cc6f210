using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.CorrectionRequests;

namespace Relais.Web.Pages.Espace;

/// <summary>The error reports this person handles, each with "Corrigé" / "Rien à changer" and an optional note.</summary>
[Authorize]
public sealed class SignalementsModel(CurrentUser current, ListCorrectionRequestsHandler list, CloseCorrectionRequestHandler close) : PageModel
{
    public IReadOnlyList<CorrectionRequestItem> Requests { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "tous")]
    public bool IncludeClosed { get; set; }

    public string? Done { get; private set; }

    public static string KindLabel(CorrectionKind kind) => Pages.Lieux.SignalerModel.Kinds.Single(k => k.Kind == kind).Label;
    /// <summary>Moderators (national or territorial) may resolve "Ce lieu n'existe plus" by unpublishing the place.</summary>
    public bool CanUnpublish { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        CanUnpublish = CloseCorrectionRequestHandler.CanUnpublish(user);
        Requests = await list.HandleAsync(user, IncludeClosed, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CorrectionStatus? status, string? note, bool unpublish, CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } user)
        {
            return Challenge();
        }

        var closing = unpublish ? CorrectionStatus.Resolved : status ?? CorrectionStatus.Open;
        var error = await close.HandleAsync(user, new CloseCorrectionRequestCommand(id, closing, note, unpublish), cancellationToken);
        if (error?.Code == "correction_request.forbidden")
        {
            return Forbid();
        }

        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error.Message);
        }

        else
        {
            Done = unpublish ? "Le lieu est dépublié : il n'apparaît plus dans la recherche, l'API ni l'export." : closing == CorrectionStatus.Resolved ? "Signalement marqué comme corrigé." : "Signalement classé : rien à changer.";
        }

        CanUnpublish = CloseCorrectionRequestHandler.CanUnpublish(user);
        Requests = await list.HandleAsync(user, IncludeClosed, cancellationToken);
        return Page();
    }
}
