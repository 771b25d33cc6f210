using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Relais.EndToEnd.Infrastructure;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;
using static Microsoft.Playwright.Assertions;

namespace Relais.EndToEnd;

/// <summary>A place's maintainer signs in with a link received by e-mail and resolves an error report on the place.</summary>
public partial class MaintainerJourneyTests(MailBrowserFixture fixture) : BrowserJourney(fixture), IClassFixture<MailBrowserFixture>
{
    [Fact]
    public async Task Maintainer_SignsInByMagicLinkAndResolvesReport_NoAccessibilityViolation()
    {
        var (email, placeName, _) = await MaintainerWithReportAsync("73282932000074");
        var page = await OpenPageAsync();

        await page.GotoAsync("/connexion/lien");
        await CheckPageAsync(page, "ask-link");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Recevoir le lien" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("un lien vient d'y être envoyé");
        await CheckPageAsync(page, "link-sent");

        var link = SignInLink().Match((await MailAsync(email, "Votre lien de connexion à Relais")).Text).Value;
        await page.GotoAsync(link);
        await CheckPageAsync(page, "use-link");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Votre espace");
        await CheckPageAsync(page, "space");

        await page.GetByRole(AriaRole.Link, new() { Name = "Signalements à traiter" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Signalements à traiter");
        await Expect(page.Locator(".result")).ToContainTextAsync("Les horaires du samedi ont changé.");
        await CheckPageAsync(page, "reports");

        await page.GetByLabel("Note pour l'équipe").FillAsync("Horaires du samedi corrigés.");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Corrigé : {placeName}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Signalement marqué comme corrigé.");
        await Expect(page.GetByText("Aucun signalement à traiter.")).ToBeVisibleAsync();
        await CheckPageAsync(page, "resolved");
    }

    [Fact]
    public async Task Admin_InvitesConfirmsAndOpensAccount_EveryPageAccessible()
    {
        var (email, placeName, placeId) = await MaintainerWithReportAsync("73282932000082");
        var page = await OpenPageAsync();
        await SignInAsync(page, email);

        await page.GetByRole(AriaRole.Link, new() { Name = "Gérer les membres de Espace numérique du parcours" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Membres de Espace numérique du parcours");
        await CheckPageAsync(page, "members");
        var invitee = $"{Guid.NewGuid():N}@exemple.fr";
        await page.GetByLabel("Adresse électronique").FillAsync(invitee);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Invitation envoyée à {invitee}");

        var invitation = await OpenPageAsync();
        await invitation.GotoAsync(InvitationLink().Match((await MailAsync(invitee, "Invitation à rejoindre « Espace numérique du parcours » sur Relais")).Text).Value);
        await CheckPageAsync(invitation, "invitation");
        await invitation.GetByLabel("Votre nom").FillAsync("Camille Martin");
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Rejoindre la structure" }).ClickAsync();
        await Expect(invitation.Locator("h1")).ToHaveTextAsync("Votre espace");

        await using (var scope = Server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Relais.Web.Features.Freshness.SendFreshnessRemindersHandler>().HandleAsync(DateTimeOffset.UtcNow);
        }

        var confirm = await OpenPageAsync();
        await confirm.GotoAsync(ConfirmLink().Match((await MailAsync(email, "Tout est toujours exact ?")).Text).Value);
        await Expect(confirm.Locator("h1")).ToHaveTextAsync("Tout est toujours exact ?");
        await CheckPageAsync(confirm, "confirm");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Oui, tout est exact" }).ClickAsync();
        await Expect(confirm.GetByRole(AriaRole.Status)).ToContainTextAsync(placeName);
        await CheckPageAsync(confirm, "confirmed");

        await page.GotoAsync("/espace/compte");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Votre compte");
        await CheckPageAsync(page, "account");
        await page.GotoAsync($"/lieux/{placeId}/gerer");
        await CheckPageAsync(page, "claim");
    }

    private async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/connexion/lien");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Recevoir le lien" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await page.GotoAsync(SignInLink().Match((await MailAsync(email, "Votre lien de connexion à Relais")).Text).Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Votre espace");
    }

    /// <summary>An organisation admin (no password: links only) whose organisation maintains a demo place with an open report.</summary>
    private async Task<(string Email, string PlaceName, string PlaceId)> MaintainerWithReportAsync(string siret)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var owned = services.GetRequiredService<AppDbContext>().Set<OrganisationPlace>().Select(o => o.PlaceId);
        var place = await services.GetRequiredService<AppDbContext>().Places().Where(p => !owned.Contains(p.Id)).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync();
        var (_, organisationError) = await services.GetRequiredService<CreateOrganisationHandler>().HandleAsync(new CreateOrganisationCommand("Espace numérique du parcours", siret, null));
        Assert.Null(organisationError);
        Assert.Null(await services.GetRequiredService<AddPlaceToOrganisationHandler>().HandleAsync(new AddPlaceToOrganisationCommand(siret, place.Id)));
        var email = $"{Guid.NewGuid():N}@exemple.fr";
        var (_, userError) = await services.GetRequiredService<CreateUserHandler>().HandleAsync(new CreateUserCommand(email, Role.OrganisationAdmin, siret));
        Assert.Null(userError);
        Assert.Empty(await services.GetRequiredService<SubmitCorrectionRequestHandler>().HandleAsync(new SubmitCorrectionRequestCommand(place.Id, CorrectionKind.OpeningHours, "Les horaires du samedi ont changé.")));
        Assert.Contains("Les horaires du samedi ont changé.", (await MailAsync(email, $"Erreur signalée : {place.Name}")).Text, StringComparison.Ordinal);
        return (email, place.Name, place.Id);
    }

    private async Task<Relais.Tests.Infrastructure.ReceivedEmail> MailAsync(string to, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (fixture.Smtp.Messages.FirstOrDefault(m => m.To.Contains(to, StringComparer.OrdinalIgnoreCase) && m.Subject == subject) is { } message)
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No message « {subject} » to {to}.");
    }

    [GeneratedRegex(@"https?://\S+/connexion/lien/[A-Za-z0-9_-]+")]
    private static partial Regex SignInLink();

    [GeneratedRegex(@"/espace/invitation/[A-Za-z0-9_-]+")]
    private static partial Regex InvitationLink();

    // The path only: links in jobs' messages carry the configured PublicUrl, not this test server's port.
    [GeneratedRegex(@"/espace/confirmer/[A-Za-z0-9_-]+")]
    private static partial Regex ConfirmLink();
}
