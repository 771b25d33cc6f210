using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Dedup;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Review;

public sealed record UnmergePlaceCommand(string PlaceId);

public sealed record UnmergePlaceResult(IReadOnlyList<string> ShownAgain);

/// <summary>
/// Undoes a merge. Given a merged place, every record is shown again; given one record of a merged place, that
/// record alone leaves it. The pairs split are remembered as rejected, so the next run does not merge them again.
/// </summary>
public sealed class UnmergePlaceHandler(AppDbContext db, PlaceMerger merger, TimeProvider time)
{
    public async Task<(UnmergePlaceResult? Result, ReviewError? Error)> HandleAsync(UnmergePlaceCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await merger.LoadAsync(cancellationToken);
        var place = await db.Places().AsNoTracking().Where(p => p.Id == command.PlaceId).Select(p => new { p.Id, p.SourceName }).SingleOrDefaultAsync(cancellationToken);
        if (place is null)
        {
            return (null, new ReviewError("place.not_found", $"Aucun lieu n'a l'identifiant « {command.PlaceId} »."));
        }

        var groupId = place.SourceName == Place.MergedSourceName ? place.Id : merger.GroupOf(place.Id);
        if (groupId is null)
        {
            return (null, new ReviewError("place.not_merged", $"Le lieu « {command.PlaceId} » n'est pas une fusion ni une fiche fusionnée."));
        }

        var members = merger.MembersOf(groupId).ToList();
        var leaving = place.Id == groupId ? members : [place.Id];
        var at = time.GetUtcNow();
        var reviews = await db.Set<MatchReview>().ToDictionaryAsync(r => (r.RecordA, r.RecordB), cancellationToken);
        foreach (var left in leaving)
        {
            foreach (var other in members.Where(m => m != left && (!leaving.Contains(m) || string.CompareOrdinal(left, m) < 0)))
            {
                var (keyA, keyB) = (merger.KeyOf(left).Key, merger.KeyOf(other).Key);
                if (reviews.TryGetValue(MatchReview.Order(keyA, keyB), out var review))
                {
                    review.Reject(at);
                }
                else
                {
                    var rejected = MatchReview.RejectedPair(keyA, left, keyB, other, at);
                    db.Add(rejected);
                    reviews[(rejected.RecordA, rejected.RecordB)] = rejected;
                }
            }

            merger.Leave(left);
        }

        await merger.WriteAsync($"unmerge-{groupId}", cancellationToken);
        await PlacesVersion.BumpAsync(db, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (new UnmergePlaceResult(leaving), null);
    }
}
