using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Dedup;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Review;

public sealed record ListReviewsQuery(bool IncludeDecided = false);

/// <summary>One side of a pair to review, as a moderator compares it.</summary>
public sealed record ReviewSide(string Record, string PlaceId, string? Name, string? Address, string? Commune);

public sealed record ReviewItem(int Id, int Score, string Reason, int NameScore, int? AddressScore, int? DistanceMetres, string Status, ReviewSide A, ReviewSide B);

/// <summary>The review queue: pairs the matcher could not decide, best scores first.</summary>
public sealed class ListReviewsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<ReviewItem>> HandleAsync(ListReviewsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reviews = await db.Set<MatchReview>().AsNoTracking()
            .Where(r => query.IncludeDecided || r.Status == MatchReview.Pending)
            .OrderByDescending(r => r.Score).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var places = await ReviewSides.LoadAsync(db, reviews, cancellationToken);

        ReviewSide Side(string key, string id) =>
            places.TryGetValue(id, out var p) ? new ReviewSide(key, id, p.Name, p.Address, p.Commune) : new ReviewSide(key, id, null, null, null);
        return [.. reviews.Select(r => new ReviewItem(r.Id, r.Score, r.Reason, r.NameScore, r.AddressScore, r.DistanceMetres, r.Status, Side(r.RecordA, r.PlaceIdA), Side(r.RecordB, r.PlaceIdB)))];
    }
}
