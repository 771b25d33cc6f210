using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.CorrectionRequests;

public sealed record CorrectionRequestItem(Guid Id, string PlaceId, string PlaceName, string Commune, CorrectionKind Kind, string Message, CorrectionStatus Status, DateTimeOffset CreatedAt, string? ClosingNote, bool PlaceUnpublished);

/// <summary>
/// The reports someone handles: all of them for national moderators, those on their territories' places for a
/// coordinator, those on their organisations' places for a place's team. Open ones first, oldest first.
/// </summary>
public sealed class ListCorrectionRequestsHandler(AppDbContext db, PlaceAccess access)
{
    public async Task<IReadOnlyList<CorrectionRequestItem>> HandleAsync(User user, bool includeClosed, CancellationToken cancellationToken = default)
    {
        var places = access.Moderated(user);
        var requests = db.Set<CorrectionRequest>().AsNoTracking().Where(r => includeClosed || r.Status == CorrectionStatus.Open);
        var items = await requests.Join(places, r => r.PlaceId, p => p.Id, (r, p) => new CorrectionRequestItem(r.Id, p.Id, p.Name, p.Commune, r.Kind, r.Message, r.Status, r.CreatedAt, r.ClosingNote, p.UnpublishedAt != null))
            .ToListAsync(cancellationToken);

        // Sorted here: SQLite cannot order by a date-time with offset.
        return [.. items.OrderBy(i => i.Status != CorrectionStatus.Open).ThenBy(i => i.CreatedAt).Take(500)];
    }
}
