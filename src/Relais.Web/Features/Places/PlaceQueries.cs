using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Places;

public static class PlaceQueries
{
    /// <summary>The places table (Infrastructure does not know features, so the context has no named DbSet).</summary>
    public static DbSet<Place> Places(this AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Place>();
    }
}
