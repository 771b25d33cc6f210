using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.CorrectionRequests;

public sealed record SubmitCorrectionRequestCommand(string PlaceId, CorrectionKind? Kind, string? Message);

/// <summary>Stores a report about a place after checking it, then tells its handlers; each problem is a (field, French message) pair.</summary>
public sealed class SubmitCorrectionRequestHandler(AppDbContext db, NotifyCorrectionRequestHandler notify, TimeProvider time)
{
    public async Task<IReadOnlyList<(string Field, string Message)>> HandleAsync(SubmitCorrectionRequestCommand command, CancellationToken cancellationToken = default)
    {
        var problems = Check(command);
        if (problems.Count > 0)
        {
            return problems;
        }

        if (!await db.PublishedPlaces().AnyAsync(p => p.Id == command.PlaceId, cancellationToken))
        {
            return [("PlaceId", "Ce lieu n'existe pas.")];
        }

        var request = CorrectionRequest.Submit(command.PlaceId, command.Kind!.Value, command.Message!.Trim(), time.GetUtcNow());
        db.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await notify.HandleAsync(request, cancellationToken);
        return [];
    }

    /// <summary>The checks that need no database: what a person must fix in the form.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(SubmitCorrectionRequestCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var problems = new List<(string, string)>();
        if (command.Kind is null)
        {
            problems.Add((nameof(command.Kind), "Choisissez ce qui est faux."));
        }

        var message = command.Message?.Trim() ?? string.Empty;
        if (message.Length < 5)
        {
            problems.Add((nameof(command.Message), "Décrivez l'erreur en quelques mots."));
        }
        else if (message.Length > CorrectionRequest.MaxMessageLength)
        {
            problems.Add((nameof(command.Message), $"Le message fait {message.Length} caractères : {CorrectionRequest.MaxMessageLength} au plus."));
        }

        return problems;
    }
}
