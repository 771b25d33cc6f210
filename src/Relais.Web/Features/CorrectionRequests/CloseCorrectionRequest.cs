using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.CorrectionRequests;

public sealed record CloseCorrectionRequestCommand(Guid RequestId, CorrectionStatus Status, string? Note);

/// <summary>Resolves or rejects a report, if this person handles the place it is about.</summary>
public sealed class CloseCorrectionRequestHandler(AppDbContext db, PlaceAccess access, TimeProvider time)
{
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

        if (!request.Close(command.Status, user.Id, command.Note, time.GetUtcNow()))
        {
            return new("correction_request.already_closed", "Ce signalement est déjà traité.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
