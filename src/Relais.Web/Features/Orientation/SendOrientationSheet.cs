using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Features.Places.Search;
using Relais.Web.Infrastructure;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Email;
using Relais.Web.Standard;

namespace Relais.Web.Features.Orientation;

/// <param name="PlaceUrl">The absolute address of the place's page, put in the message.</param>
public sealed record SendOrientationSheetCommand(string PlaceId, OrientationSheet Sheet, string PlaceUrl);

/// <summary>
/// "Envoyer par courriel": the orientation sheet, as plain text, to the person's address. Nothing is kept
/// (outside the development outbox); problems come back as (field, French message) pairs.
/// </summary>
public sealed class SendOrientationSheetHandler(AppDbContext db, IEmailSender email, TimeProvider time)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async Task<IReadOnlyList<(string Field, string Message)>> HandleAsync(SendOrientationSheetCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var problems = command.Sheet.Check(sending: true);
        if (problems.Count > 0)
        {
            return problems;
        }

        var place = await db.PublishedPlaces().AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.PlaceId, cancellationToken);
        if (place is null)
        {
            return [("PlaceId", "Ce lieu n'existe plus dans l'annuaire.")];
        }

        var subject = $"Votre fiche d'orientation : {place.Name}";
        try
        {
            await email.SendAsync(new EmailMessage(command.Sheet.Email!.Trim(), subject, Text(place, command)), cancellationToken);
        }
        catch (EmailDeliveryException)
        {
            return [(nameof(OrientationSheet.Email), "Le courriel n'a pas pu partir : réessayez dans quelques minutes, ou imprimez la fiche.")];
        }

        return [];
    }

    private string Text(Place place, SendOrientationSheetCommand command)
    {
        var sheet = command.Sheet;
        var text = new StringBuilder();
        text.AppendLine(sheet.Beneficiary.Length > 0 ? $"Bonjour {sheet.Beneficiary}," : "Bonjour,").AppendLine();
        var by = string.Join(", ", new[] { sheet.Referrer, sheet.ReferrerStructure?.Trim() }.Where(s => !string.IsNullOrEmpty(s)));
        text.AppendLine(by.Length > 0 ? $"{by} vous conseille ce lieu pour vous faire aider avec le numérique :" : "Voici le lieu conseillé pour vous faire aider avec le numérique :");
        text.AppendLine().AppendLine(place.Name).AppendLine(place.Address);
        if (place.AddressComplement is { } complement)
        {
            text.AppendLine(complement);
        }

        text.AppendLine(French, $"{place.PostalCode} {place.Commune}");
        if (place.Phone is { } phone)
        {
            text.AppendLine(French, $"Téléphone : {PlaceText.Phone(phone)}");
        }

        foreach (var address in (place.Emails ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            text.AppendLine(French, $"Courriel : {address}");
        }

        if (place.BookingUrl is { } booking)
        {
            text.AppendLine(French, $"Prendre rendez-vous : {booking}");
        }

        if (OpeningHoursCache.Get(place.OpeningHours) is { } schedule)
        {
            text.AppendLine().AppendLine("Horaires cette semaine :");
            foreach (var day in schedule.WeekOf(ParisTime.Today(time), place.DepartmentCode).Days)
            {
                text.AppendLine(French, $"  {day.DayName}{(day.IsPublicHoliday ? " (férié)" : "")} : {day.Text}");
            }
        }

        if (place.Services != ServiceKind.None)
        {
            text.AppendLine().AppendLine("On peut y trouver de l'aide pour :");
            foreach (var service in Vocabularies.Services.Split(place.Services))
            {
                text.AppendLine(French, $"  - {service}");
            }
        }

        if (sheet.Notes?.Trim() is { Length: > 0 } notes)
        {
            text.AppendLine().AppendLine("Notes :").AppendLine(notes);
        }

        text.AppendLine().AppendLine(French, $"La fiche du lieu, toujours à jour : {command.PlaceUrl}");
        text.AppendLine().AppendLine("Ce message vous est envoyé une seule fois par Relais, l'annuaire des lieux de médiation numérique. Votre adresse n'a pas été conservée.");
        return text.ToString();
    }
}
