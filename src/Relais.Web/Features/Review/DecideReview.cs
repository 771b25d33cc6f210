using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Dedup;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Review;

public sealed record DecideReviewCommand(int PairId, bool Confirm);

/// <summary>An expected failure of a review or merge action, with a stable code.</summary>
public sealed record ReviewError(string Code, string Message);

/// <summary>
/// A moderator's decision on a pair of the queue. Confirming merges the two records at once (joining their
/// merged places if both already had one); rejecting keeps them apart. Either decision holds for later runs.
/// </summary>
public sealed class DecideReviewHandler(AppDbContext db, PlaceMerger merger, TimeProvider time)
{
    public async Task<ReviewError?> HandleAsync(DecideReviewCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var review = await db.Set<MatchReview>().SingleOrDefaultAsync(r => r.Id == command.PairId, cancellationToken);
        if (review is null)
        {
            return new ReviewError("review.not_found", $"Aucune paire n'a le numéro {command.PairId}. Liste : ./relais review list");
        }

        if (review.Status != MatchReview.Pending)
        {
            return new ReviewError("review.already_decided", $"La paire {command.PairId} est déjà {(review.Status == MatchReview.Rejected ? "rejetée" : "confirmée")}.");
        }

        var at = time.GetUtcNow();
        if (!command.Confirm)
        {
            review.Reject(at);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }

        var ids = new[] { review.PlaceIdA, review.PlaceIdB };
        if (await db.Places().CountAsync(p => ids.Contains(p.Id), cancellationToken) < 2)
        {
            return new ReviewError("review.record_missing", $"Une des deux fiches de la paire {command.PairId} n'existe plus (retirée par sa source).");
        }

        review.Confirm(at);
        await merger.LoadAsync(cancellationToken);
        merger.Join([(review.PlaceIdA, review.RecordA, SourceOf(review.RecordA)), (review.PlaceIdB, review.RecordB, SourceOf(review.RecordB))], joinGroups: true, confirmed: true);
        await merger.WriteAsync($"review-{review.Id}", cancellationToken);
        await PlacesVersion.BumpAsync(db, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    internal static string SourceOf(string recordKey) => recordKey[..recordKey.IndexOf(':', StringComparison.Ordinal)];
}
