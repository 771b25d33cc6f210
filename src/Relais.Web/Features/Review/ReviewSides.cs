using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Dedup;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Review;

/// <summary>What a moderator compares of one record of a pair, as its source gave it.</summary>
public sealed record ReviewRecordFields(string Name, string Address, string PostalCode, string Commune, bool Hidden);

/// <summary>The records of review pairs, read once for the CLI list and the moderation page alike.</summary>
public static class ReviewSides
{
    /// <summary>The fields of both records of every pair, by place id (by chunks of 500: the CLI may list thousands of pairs); a record its source removed is absent.</summary>
    public static async Task<Dictionary<string, ReviewRecordFields>> LoadAsync(AppDbContext db, IReadOnlyCollection<MatchReview> reviews, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(reviews);
        var places = new Dictionary<string, ReviewRecordFields>(StringComparer.Ordinal);
        foreach (var chunk in reviews.SelectMany(r => new[] { r.PlaceIdA, r.PlaceIdB }).Distinct().Chunk(500))
        {
            foreach (var p in await db.Places().AsNoTracking().Where(p => chunk.Contains(p.Id))
                .Select(p => new { p.Id, p.Name, p.Address, p.PostalCode, p.Commune, Hidden = p.MergedIntoId != null }).ToListAsync(cancellationToken))
            {
                places[p.Id] = new ReviewRecordFields(p.Name, p.Address, p.PostalCode, p.Commune, p.Hidden);
            }
        }

        return places;
    }
}
