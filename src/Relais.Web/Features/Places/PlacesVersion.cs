using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Places;

/// <summary>
/// Tells whether the places table may have changed, for what the app keeps in memory about it
/// (<see cref="Search.PlaceNameOrder"/>). Imports are counted by their <see cref="ImportRun"/> rows, written in the
/// same transaction as the places; every other writer of places (an edit, a merge undone) calls
/// <see cref="BumpAsync"/> after saving, in the same transaction when there is one.
/// </summary>
public static class PlacesVersion
{
    private const string FlagKey = "places.version";

    /// <summary>The current version: the number of import runs and the last bump.</summary>
    public static async Task<string> ReadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var runs = await db.Set<ImportRun>().CountAsync(cancellationToken);
        var bump = await db.AppFlags.AsNoTracking().Where(f => f.Key == FlagKey).Select(f => f.Value).FirstOrDefaultAsync(cancellationToken);
        return $"{runs}:{bump}";
    }

    /// <summary>Marks the places as changed outside an import: every instance rebuilds what it keeps on its next read.</summary>
    public static async Task BumpAsync(AppDbContext db, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var value = Guid.NewGuid().ToString("N");
        var updated = await db.AppFlags.Where(f => f.Key == FlagKey)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Value, value).SetProperty(f => f.SetAt, at), cancellationToken);
        if (updated == 0)
        {
            db.AppFlags.Add(new AppFlag { Key = FlagKey, Value = value, SetAt = at });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
