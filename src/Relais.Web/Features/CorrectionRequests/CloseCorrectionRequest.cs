using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.History;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.CorrectionRequests;

/// <param name="Unpublish">Resolve a "Ce lieu n'existe plus" report by unpublishing the place (moderators only).</param>
public sealed record CloseCorrectionRequestCommand(Guid RequestId, CorrectionStatus Status, string? Note, bool Unpublish = false);

/// <summary>
/// Resolves or rejects a report, if this person handles the place it is about. A report that the place no longer
/// exists may be resolved by unpublishing it, by a moderator only (national, or coordinator of its territory):
/// a place's own team cannot remove it from the directory this way.
/// </summary>
public sealed class CloseCorrectionRequestHandler(AppDbContext db, PlaceAccess access, TimeProvider time)
{
    /// <summary>The history entry of an unpublication names no field of the standard.</summary>
    public const string PublicationField = "publication";

    public async Task<AccountsError?> HandleAsync(User user, CloseCorrectionRequestCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var request = await db.Set<CorrectionRequest>().SingleOrDefaultAsync(r => r.Id == command.RequestId, cancellationToken);
        if (request is null)
        {
            return new("correction_request.not_found", "Ce signalement n'existe pas.");
        }

        if (!await access.CanModerateAsync(user, request.PlaceId, cancellationToken))
        {
            return new("correction_request.forbidden", "Ce signalement concerne un lieu que vous ne gérez pas.");
        }

        if (command.Note?.Trim().Length > 1_000)
        {
            return new("correction_request.note_too_long", "La note fait plus de 1 000 caractères.");
        }

        if (command.Status == CorrectionStatus.Open)
        {
            return new("correction_request.status_invalid", "Choisissez ce que vous avez fait : corrigé ou rien à changer.");
        }

        if (command.Unpublish && (request.Kind != CorrectionKind.PlaceClosed || command.Status != CorrectionStatus.Resolved))
        {
            return new("correction_request.unpublish_not_allowed", "Seul un signalement « Ce lieu n'existe plus » peut dépublier le lieu.");
        }

        if (command.Unpublish && !CanUnpublish(user))
        {
            return new("correction_request.forbidden", "Seule la modération peut dépublier un lieu.");
        }

        var now = time.GetUtcNow();
        if (!request.Close(command.Status, user.Id, command.Note, now))
        {
            return new("correction_request.already_closed", "Ce signalement est déjà traité.");
        }

        if (command.Unpublish)
        {
            var place = await db.Places().SingleAsync(p => p.Id == request.PlaceId, cancellationToken);
            place.Unpublish(now);
            db.Add(PlaceChange.Record(place.Id, now, user.Id, user.Email, ChangeChannel.Moderation, PublicationField, "publié", "dépublié (le lieu n'existe plus)"));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (command.Unpublish)
        {
            await PlacesVersion.BumpAsync(db, now, cancellationToken);
        }

        return null;
    }

    /// <summary>National moderators, and coordinators (their territory is checked with the report's place).</summary>
    public static bool CanUnpublish(User user) => user?.AccountRole is Role.Admin or Role.Moderator or Role.TerritoryCoordinator;
}
