using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Review;

public sealed record ListReviewPageQuery(int Page);

/// <summary>One side of a pair on the moderation page: the record as its source gave it.</summary>
public sealed record ReviewPageSide(string Record, string PlaceId, string? Name, string? Address, string? PostalCode, string? Commune, bool Hidden);

public sealed record ReviewPageItem(int Id, int Score, string Reason, int NameScore, int? AddressScore, int? DistanceMetres, ReviewPageSide A, ReviewPageSide B);

public sealed record ReviewPage(int Total, int Page, int PageSize, IReadOnlyList<ReviewPageItem> Items)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The review queue as the moderation page shows it: the pairs this person may decide, best score first, a page at a time.</summary>
public sealed class ListReviewPageHandler(AppDbContext db, ReviewAccess access)
{
    public const int PageSize = 50;

    public Task<int> CountAsync(User user, CancellationToken cancellationToken = default) => access.PendingFor(user).CountAsync(cancellationToken);

    public async Task<ReviewPage> HandleAsync(User user, ListReviewPageQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pending = access.PendingFor(user);
        var total = await pending.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var reviews = await pending.OrderByDescending(r => r.Score).ThenBy(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var places = await ReviewSides.LoadAsync(db, reviews, cancellationToken);

        ReviewPageSide Side(string key, string id) => places.TryGetValue(id, out var p)
            ? new ReviewPageSide(key, id, p.Name, p.Address, p.PostalCode, p.Commune, p.Hidden)
            : new ReviewPageSide(key, id, null, null, null, null, false);
        return new ReviewPage(total, page, PageSize, [.. reviews.Select(r => new ReviewPageItem(r.Id, r.Score, r.Reason, r.NameScore, r.AddressScore, r.DistanceMetres, Side(r.RecordA, r.PlaceIdA), Side(r.RecordB, r.PlaceIdB)))]);
    }
}
