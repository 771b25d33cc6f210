using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Claims;
using Relais.Web.Features.Dedup;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Review;

/// <summary>
/// Who reviews duplicates, decided on the server for every page and action. National moderators and admins:
/// every pair and every merge. A territory coordinator: the pairs with at least one record in their territories
/// (a pair across a border concerns both sides, and either coordinator may settle it), and the merged places
/// of their territories. Nobody else.
/// </summary>
public sealed class ReviewAccess(AppDbContext db, PlaceAccess access)
{
    public static bool IsModerator(User? user) => ListPlaceClaimsHandler.IsModerator(user);

    /// <summary>The pending pairs this person sees and decides.</summary>
    public IQueryable<MatchReview> PendingFor(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var pending = db.Set<MatchReview>().AsNoTracking().Where(r => r.Status == MatchReview.Pending);
        if (!IsModerator(user))
        {
            return pending.Where(r => false);
        }

        if (PlaceAccess.IsNational(user))
        {
            return pending;
        }

        var scope = access.Moderated(user).Select(p => p.Id);
        return pending.Where(r => scope.Contains(r.PlaceIdA) || scope.Contains(r.PlaceIdB));
    }

    /// <summary>Whether this person may decide this pair; a pair that does not exist is left to the handler (review.not_found) for national moderators.</summary>
    public async Task<bool> CanDecideAsync(User? user, int pairId, CancellationToken cancellationToken = default)
    {
        if (user is null || !IsModerator(user))
        {
            return false;
        }

        if (PlaceAccess.IsNational(user))
        {
            return true;
        }

        var pair = await db.Set<MatchReview>().AsNoTracking().Where(r => r.Id == pairId).Select(r => new { r.PlaceIdA, r.PlaceIdB }).SingleOrDefaultAsync(cancellationToken);
        return pair is not null
            && await access.Moderated(user).AnyAsync(p => p.Id == pair.PlaceIdA || p.Id == pair.PlaceIdB, cancellationToken);
    }

    /// <summary>Whether this person may undo the merge of this place (a merged place, or one of its records).</summary>
    public async Task<bool> CanUnmergeAsync(User? user, string placeId, CancellationToken cancellationToken = default) =>
        IsModerator(user) && await access.CanModerateAsync(user, placeId, cancellationToken);
}
