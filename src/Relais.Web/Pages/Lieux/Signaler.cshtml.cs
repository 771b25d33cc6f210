using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Http;

namespace Relais.Web.Pages.Lieux;

/// <summary>
/// "Signaler une erreur". Spam is kept out without a third-party captcha: a honeypot field people never see, a
/// signed time stamp (a form sent within seconds of being shown is a robot), antiforgery, and a per-address
/// rate limit on submissions. Robots get the same thank-you page, and nothing is stored.
/// </summary>
[EnableRateLimiting(PublicFormsRateLimit.Policy)]
public sealed class SignalerModel(AppDbContext db, SubmitCorrectionRequestHandler handler, FormStamp stamps) : PageModel
{
    public string PlaceName { get; private set; } = string.Empty;

    [BindProperty]
    public CorrectionKind? Kind { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    /// <summary>The honeypot: hidden from people and screen readers, filled by robots.</summary>
    [BindProperty]
    public string? Website { get; set; }

    [BindProperty]
    public string? Stamp { get; set; }

    public static IReadOnlyList<(CorrectionKind Kind, string Label)> Kinds { get; } =
    [
        (CorrectionKind.OpeningHours, "Les horaires"),
        (CorrectionKind.Contact, "Le téléphone, le courriel ou le site"),
        (CorrectionKind.Address, "L'adresse"),
        (CorrectionKind.Services, "Les services proposés"),
        (CorrectionKind.PlaceClosed, "Ce lieu n'existe plus"),
        (CorrectionKind.Other, "Autre chose"),
    ];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadPlaceAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Stamp = stamps.Issue();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadPlaceAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var command = new SubmitCorrectionRequestCommand(id, Kind, Message);
        var isRobot = !string.IsNullOrEmpty(Website) || !stamps.SentByAPerson(Stamp);
        var problems = isRobot ? SubmitCorrectionRequestHandler.Check(command) : await handler.HandleAsync(command, cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var (field, message) in problems)
            {
                ModelState.AddModelError(field, message);
            }

            Stamp = stamps.IssueForRedisplay();
            return Page();
        }

        // A robot's complete form gets the same answer as a person's, and is dropped.
        return RedirectToPage("Merci", new { id });
    }

    private async Task<bool> LoadPlaceAsync(string id, CancellationToken cancellationToken)
    {
        PlaceName = await db.PublishedPlaces().Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        return PlaceName.Length > 0;
    }
}
