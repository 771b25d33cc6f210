using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Jobs;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Email;

namespace Relais.Web.Features.CorrectionRequests;

/// <summary>
/// Tells the people who handle a new report: the members of the organisation that maintains the place; when no
/// organisation does, the territorial coordinators of its département or région; when there are none, the national
/// moderators. The message never contains the reporter's identity (there is none) and links to the reports page.
/// </summary>
public sealed partial class NotifyCorrectionRequestHandler(AppDbContext db, IEmailSender email, PublicSite site, ILogger<NotifyCorrectionRequestHandler> logger)
{
    public async Task<IReadOnlyList<string>> HandleAsync(CorrectionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var place = await db.Places().AsNoTracking().Where(p => p.Id == request.PlaceId)
            .Select(p => new { p.Name, p.Commune, p.DepartmentCode, p.RegionCode }).SingleAsync(cancellationToken);
        var recipients = await RecipientsAsync(request.PlaceId, place.DepartmentCode, place.RegionCode, cancellationToken);
        var text = $"""
            Bonjour,

            Une personne a signalé une erreur sur la fiche « {place.Name} » ({place.Commune}) :

            {CorrectionKinds.Label(request.Kind)}
            « {request.Message} »

            Vérifiez la fiche, corrigez-la si besoin, puis indiquez ce que vous avez fait :
            {site.Link("/espace/signalements")}

            L'équipe Relais
            """;
        foreach (var to in recipients)
        {
            try
            {
                await email.SendAsync(new EmailMessage(to, $"Erreur signalée : {place.Name}", text), cancellationToken);
            }
            catch (EmailDeliveryException exception)
            {
                LogFailed(logger, exception, request.Id);
            }
        }

        return recipients;
    }

    private async Task<IReadOnlyList<string>> RecipientsAsync(string placeId, string? department, string? region, CancellationToken cancellationToken)
    {
        var team = await db.Set<OrganisationPlace>().Where(o => o.PlaceId == placeId)
            .Join(db.Set<Membership>(), o => o.OrganisationId, m => m.OrganisationId, (o, m) => m.UserId)
            .Join(db.Set<User>(), id => id, u => u.Id, (id, u) => u.Email)
            .ToListAsync(cancellationToken);
        if (team.Count > 0)
        {
            return [.. team.Distinct().Order(StringComparer.Ordinal)];
        }

        var coordinators = await db.Set<User>().Where(u => u.AccountRole == Role.TerritoryCoordinator).ToListAsync(cancellationToken);
        var local = coordinators.Where(u => u.TerritoryCodes.Any(c => c == department || (region is not null && c == "R" + region))).Select(u => u.Email).ToList();
        if (local.Count > 0)
        {
            return [.. local.Order(StringComparer.Ordinal)];
        }

        return await db.Set<User>().Where(u => u.AccountRole == Role.Moderator).Select(u => u.Email).OrderBy(e => e).ToListAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail the handlers of correction request {RequestId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid requestId);
}
