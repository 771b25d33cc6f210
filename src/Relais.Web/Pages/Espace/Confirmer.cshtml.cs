using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Features.Freshness;

namespace Relais.Web.Pages.Espace;

/// <summary>
/// The one-click confirm link of a freshness reminder, without sign-in. GET only shows a button (mail scanners
/// follow links); the POST moves the place's date_maj to today.
/// </summary>
[EnableRateLimiting(PublicFormsRateLimit.Policy)]
public sealed class ConfirmerModel(ConfirmPlaceFreshnessHandler handler) : PageModel
{
    public FreshnessLinkTarget? Target { get; private set; }

    public string? Error { get; private set; }

    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        (Target, var error) = await handler.ReadAsync(token, cancellationToken);
        Error = error?.Message;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        (Target, var error) = await handler.HandleAsync(token, cancellationToken);
        Error = error?.Message;
        Confirmed = Target is not null;
        return Page();
    }
}
