using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Accounts;

public sealed record UserSummary(string Email, string? DisplayName, IReadOnlyList<string> Roles, bool HasPassword, DateTimeOffset? LastSignInAt, bool Locked);

/// <summary>Every account with its roles ("Mediator @ 12345678901234", "TerritoryCoordinator 26|R84").</summary>
public sealed class ListUsersHandler(AppDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<UserSummary>> HandleAsync(CancellationToken cancellationToken = default)
    {
        var users = await db.Set<User>().AsNoTracking().Include(u => u.Memberships).OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var organisations = await db.Set<Organisation>().AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var now = time.GetUtcNow();
        return [.. users.Select(u => new UserSummary(
            u.Email,
            u.DisplayName,
            [
                .. u.AccountRole is { } role ? [role == Role.TerritoryCoordinator ? $"{role} {u.Territories}" : role.ToString()] : Array.Empty<string>(),
                .. u.Memberships.Select(m => $"{m.Role} @ {organisations[m.OrganisationId].Identifier} ({organisations[m.OrganisationId].Name})"),
            ],
            u.PasswordHash is not null,
            u.LastSignInAt,
            u.IsLockedOut(now)))];
    }
}
