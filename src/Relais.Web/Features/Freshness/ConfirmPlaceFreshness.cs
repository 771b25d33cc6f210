using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.History;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Standard;

namespace Relais.Web.Features.Freshness;

public sealed record FreshnessLinkTarget(string PlaceId, string PlaceName, string Commune, DateOnly UpdatedOn);

/// <summary>
/// The confirm link of a reminder: <see cref="ReadAsync"/> tells which place it is about (GET shows a button),
/// <see cref="HandleAsync"/> moves the place's <c>date_maj</c> to today, changes nothing else and records it in the history (POST).
/// </summary>
public sealed class ConfirmPlaceFreshnessHandler(AppDbContext db, FreshnessLinks links, TimeProvider time)
{
    /// <summary>Who confirmed, in the history: the link is the team's, without a sign-in.</summary>
    public const string ConfirmedBy = "Équipe du lieu (lien de confirmation)";

    private static readonly AccountsError Invalid = new("freshness.link_invalid", "Ce lien n'est plus valable : il a expiré ou la fiche a déjà été confirmée depuis.");

    public async Task<(FreshnessLinkTarget? Target, AccountsError? Error)> ReadAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (links.Read(token, time.GetUtcNow()) is not { } link)
        {
            return (null, Invalid);
        }

        var (placeId, period) = link;

        var target = await db.PublishedPlaces().AsNoTracking().Where(p => p.Id == placeId)
            .Select(p => new FreshnessLinkTarget(p.Id, p.Name, p.Commune, p.UpdatedOn)).SingleOrDefaultAsync(cancellationToken);
        return target is null || target.UpdatedOn != period ? (null, Invalid) : (target, null);
    }

    public async Task<(FreshnessLinkTarget? Target, AccountsError? Error)> HandleAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (links.Read(token, time.GetUtcNow()) is not { } link)
        {
            return (null, Invalid);
        }

        var (placeId, period) = link;

        var place = await db.PublishedPlaces().SingleOrDefaultAsync(p => p.Id == placeId, cancellationToken);
        if (place is null || place.UpdatedOn != period)
        {
            return (null, Invalid);
        }

        var before = place.UpdatedOn;
        place.UpdatedOn = ParisTime.Today(time);
        db.Add(PlaceChange.Record(place.Id, time.GetUtcNow(), userId: null, ConfirmedBy, ChangeChannel.Form, StandardColumns.DateMaj,
            before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), place.UpdatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(cancellationToken);
        await PlacesVersion.BumpAsync(db, time.GetUtcNow(), cancellationToken);
        return (new FreshnessLinkTarget(place.Id, place.Name, place.Commune, place.UpdatedOn), null);
    }
}
