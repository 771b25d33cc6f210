using Microsoft.AspNetCore.Mvc;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Http;

namespace Relais.Web.Pages.Orientation;

/// <summary>Shows the sheet and updates its preview; sending by e-mail is the Envoyer page (rate-limited).</summary>
public sealed class FicheModel(AppDbContext db, FormStamp stamps, TimeProvider time) : SheetPageModel(db, stamps, time)
{
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Stamp = Stamps.Issue();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        AddProblems(Sheet.Check(sending: false));
        Stamp = Stamps.IssueForRedisplay();
        return Page();
    }
}
