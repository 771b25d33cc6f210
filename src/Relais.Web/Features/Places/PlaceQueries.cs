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

    /// <summary>
    /// The places the public sees: all but those a moderator unpublished. The one filter for publication, used by
    /// the search (list, map points, name order), the API, the export, the place page and its forms.
    /// </summary>
    public static IQueryable<Place> PublishedPlaces(this AppDbContext db) => db.Places().Where(p => p.UnpublishedAt == null);

    /// <summary>
    /// The places every list shows (search, map points, kept name order, export): the published ones, less the source
    /// records merged into another place (a merged record's own address leads to that place, see <see cref="Place.MergedIntoId"/>).
    /// </summary>
    public static IQueryable<Place> ListedPlaces(this AppDbContext db) => db.PublishedPlaces().Where(p => p.MergedIntoId == null);
}
