using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.History;

public sealed record PlaceChangeItem(DateTimeOffset At, string Actor, ChangeChannel Channel, string Field, string? Before, string? After);

/// <summary>
/// The history of one place, newest first. The values are the place's public data; who made a change is not:
/// the public sees "Équipe du lieu", "Import « source »", "Fusion" or "Modération", and only national moderators,
/// administrators and the coordinators of the place's territory see the author's name.
/// </summary>
public sealed class ListPlaceChangesHandler(AppDbContext db, PlaceAccess access)
{
    public const int MaxRows = 500;

    public async Task<(IReadOnlyList<PlaceChangeItem> Changes, bool WithNames)> HandleAsync(string placeId, User? viewer, CancellationToken cancellationToken = default)
    {
        var withNames = await CanSeeNamesAsync(viewer, placeId, cancellationToken);
        var rows = await db.Set<PlaceChange>().AsNoTracking().Where(c => c.PlaceId == placeId).OrderByDescending(c => c.Id).Take(MaxRows).ToListAsync(cancellationToken);
        return ([.. rows.Select(c => new PlaceChangeItem(c.At, withNames ? c.ActorLabel : PublicActor(c), c.Channel, c.Field, c.Before, c.After))], withNames);
    }

    public static string PublicActor(PlaceChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Channel switch
        {
            ChangeChannel.Form or ChangeChannel.Api => "Équipe du lieu",
            ChangeChannel.SourceImport => change.ActorLabel,
            ChangeChannel.Merge => "Fusion",
            _ => "Modération",
        };
    }

    private async Task<bool> CanSeeNamesAsync(User? viewer, string placeId, CancellationToken cancellationToken) =>
        viewer is not null && (PlaceAccess.IsNational(viewer)
            || (viewer.AccountRole == Role.TerritoryCoordinator && await access.CanModerateAsync(viewer, placeId, cancellationToken)));
}
