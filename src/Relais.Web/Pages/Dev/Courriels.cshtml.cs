using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Email;

namespace Relais.Web.Pages.Dev;

/// <summary>
/// The development outbox: the last messages Relais sent (or would have sent without an SMTP host). Exists only
/// in the Development environment with <c>Email:KeepOutbox</c> on; elsewhere the page answers 404.
/// </summary>
public sealed class CourrielsModel(AppDbContext db, EmailOptions options, IWebHostEnvironment environment) : PageModel
{
    public IReadOnlyList<OutboxEmail> Messages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !options.KeepOutbox)
        {
            return NotFound();
        }

        Messages = await db.Set<OutboxEmail>().AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(50).ToListAsync(cancellationToken);
        return Page();
    }
}
