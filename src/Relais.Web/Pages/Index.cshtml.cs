using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Pages;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public int PlaceCount { get; private set; }

    public int DepartmentCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PlaceCount = await db.ListedPlaces().CountAsync(cancellationToken);
        DepartmentCount = await db.ListedPlaces().Where(p => p.DepartmentCode != null).Select(p => p.DepartmentCode).Distinct().CountAsync(cancellationToken);
    }
}
