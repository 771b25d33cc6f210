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
        var (email, placeName) = await MaintainerWithReportAsync();
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

    /// <summary>An organisation admin (no password: links only) whose organisation maintains a demo place with an open report.</summary>
    private async Task<(string Email, string PlaceName)> MaintainerWithReportAsync()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var place = await services.GetRequiredService<AppDbContext>().Places().OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync();
        var (_, organisationError) = await services.GetRequiredService<CreateOrganisationHandler>().HandleAsync(new CreateOrganisationCommand("Espace numérique du parcours", "73282932000074", null));
        Assert.Null(organisationError);
        Assert.Null(await services.GetRequiredService<AddPlaceToOrganisationHandler>().HandleAsync(new AddPlaceToOrganisationCommand("73282932000074", place.Id)));
        var email = $"{Guid.NewGuid():N}@exemple.fr";
        var (_, userError) = await services.GetRequiredService<CreateUserHandler>().HandleAsync(new CreateUserCommand(email, Role.OrganisationAdmin, "73282932000074"));
        Assert.Null(userError);
        Assert.Empty(await services.GetRequiredService<SubmitCorrectionRequestHandler>().HandleAsync(new SubmitCorrectionRequestCommand(place.Id, CorrectionKind.OpeningHours, "Les horaires du samedi ont changé.")));
        Assert.Contains("Les horaires du samedi ont changé.", (await MailAsync(email, $"Erreur signalée : {place.Name}")).Text, StringComparison.Ordinal);
        return (email, place.Name);
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
}
