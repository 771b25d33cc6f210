using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Jobs;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Email;

namespace Relais.Web.Features.Freshness;

/// <summary>
/// "Tout est toujours exact ?": to the members of the organisation that maintains each published place whose
/// <c>date_maj</c> is six months old or more, once per period. Returns the number of places reminded.
/// </summary>
public sealed partial class SendFreshnessRemindersHandler(AppDbContext db, IEmailSender email, FreshnessLinks links, PublicSite site, ILogger<SendFreshnessRemindersHandler> logger)
{
    public const string Subject = "Tout est toujours exact ?";

    public async Task<int> HandleAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ParisTime.Zone).DateTime);
        var cutoff = Freshness.ReminderCutoff(today);
        var reminders = db.Set<FreshnessReminder>();
        var due = await db.PublishedPlaces().AsNoTracking()
            .Where(p => p.UpdatedOn <= cutoff)
            .Join(db.Set<OrganisationPlace>(), p => p.Id, o => o.PlaceId, (p, o) => new { p.Id, p.Name, p.Commune, p.UpdatedOn, o.OrganisationId })
            .Where(p => !reminders.Any(r => r.PlaceId == p.Id && r.PeriodUpdatedOn == p.UpdatedOn))
            .ToListAsync(cancellationToken);
        var organisationIds = due.Select(p => p.OrganisationId).Distinct().ToList();
        var members = await db.Set<Membership>().AsNoTracking().Where(m => organisationIds.Contains(m.OrganisationId))
            .Join(db.Set<User>(), m => m.UserId, u => u.Id, (m, u) => new { m.OrganisationId, u.Email })
            .ToListAsync(cancellationToken);

        var reminded = 0;
        foreach (var place in due.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var recipients = members.Where(m => m.OrganisationId == place.OrganisationId).Select(m => m.Email).Distinct().ToList();
            if (recipients.Count == 0)
            {
                continue;
            }

            // Written before sending: a failure half-way never sends the same period twice.
            db.Add(new FreshnessReminder { Id = Guid.NewGuid(), PlaceId = place.Id, PeriodUpdatedOn = place.UpdatedOn, SentAt = now, Recipients = recipients.Count });
            await db.SaveChangesAsync(cancellationToken);
            var link = site.Link($"/espace/confirmer/{links.Create(place.Id, place.UpdatedOn, now)}");
            var text = $"""
                Bonjour,

                La fiche « {place.Name} » ({place.Commune}) sur Relais a été confirmée pour la dernière fois le {PlaceText.Date(place.UpdatedOn)}.

                Si tout est toujours exact (adresse, horaires, contacts, services), confirmez-le en un clic, sans vous connecter :
                {link}

                Si quelque chose a changé, connectez-vous à votre espace pour corriger la fiche :
                {site.Link($"/lieux/{place.Id}")}

                Une fiche à jour, c'est moins de déplacements inutiles pour les personnes que vous accompagnez.

                L'équipe Relais
                """;
            foreach (var to in recipients)
            {
                try
                {
                    await email.SendAsync(new EmailMessage(to, Subject, text), cancellationToken);
                }
                catch (EmailDeliveryException exception)
                {
                    LogFailed(logger, exception, place.Id);
                }
            }

            reminded++;
        }

        return reminded;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail a freshness reminder for place {PlaceId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string placeId);
}
