using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Features.Orientation;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Http;

namespace Relais.Web.Pages.Orientation;

/// <summary>
/// "Envoyer par courriel": sends the sheet to the person. Rate-limited like every public form, with the same
/// honeypot and signed time stamp; a robot gets the same answer as a person and nothing is sent.
/// </summary>
[EnableRateLimiting(PublicFormsRateLimit.Policy)]
public sealed class EnvoyerModel(AppDbContext db, FormStamp stamps, TimeProvider time, SendOrientationSheetHandler handler) : SheetPageModel(db, stamps, time)
{
    public IActionResult OnGet(string id) => Redirect($"/orientation/fiche/{Uri.EscapeDataString(id)}{Request.QueryString}");

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var isRobot = !string.IsNullOrEmpty(Website) || !Stamps.SentByAPerson(Stamp);
        var problems = isRobot ? Sheet.Check(sending: true) : await handler.HandleAsync(new SendOrientationSheetCommand(id, Sheet, PlaceUrl), cancellationToken);
        AddProblems(problems);
        if (problems.Count == 0)
        {
            SentTo = Sheet.Email?.Trim();
        }

        Stamp = Stamps.IssueForRedisplay();
        return Page();
    }
}
