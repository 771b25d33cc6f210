using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Relais.EndToEnd.Infrastructure;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;
using static Microsoft.Playwright.Assertions;

namespace Relais.EndToEnd;

/// <summary>A mediator signs in, changes a place's opening hours with the editor (an interval, a closure), saves, and sees the page and its history.</summary>
public class EditPlaceJourneyTests(BrowserFixture fixture) : BrowserJourney(fixture), IClassFixture<BrowserFixture>
{
    private const string Password = "une phrase de passe solide";

    [Fact]
    public async Task EditPlace_HoursEditorIntervalAndClosure_FicheAndHistoryUpdated()
    {
        var (placeId, email) = await MediatorOfAPlaceAsync();
        var page = await OpenPageAsync();
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.GotoAsync("/espace/lieux");
        await page.Locator($"a[href='/espace/lieux/{placeId}/modifier']").ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Modifier");

        var hours = page.Locator("#horaires");
        await hours.FillAsync("Mo-Fr 09:00-12:00");
        await hours.DispatchEventAsync("change");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter un créneau le lundi" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une fermeture exceptionnelle" }).ClickAsync();
        await page.GetByLabel("Date de fermeture 1").FillAsync("2026-12-24");
        await Expect(hours).ToHaveValueAsync("Mo 09:00-12:00,14:00-17:00; Tu-Fr 09:00-12:00; 2026 Dec 24 off");
        await Expect(page.Locator("#horaires-apercu")).ToContainTextAsync("09h00 – 12h00, 14h00 – 17h00");
        await Expect(page.Locator("#horaires-apercu")).ToContainTextAsync("24/12/2026");
        await CheckPageAsync(page, "edit");

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Modifications enregistrées" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Voir la fiche publique" }).First.ClickAsync();
        await Expect(page.Locator(".fiche")).ToContainTextAsync("Horaires : modifié par l'équipe du lieu le");
        await Expect(page.Locator("table.week")).ToContainTextAsync("14h00 – 17h00");
        await CheckPageAsync(page, "fiche");

        await page.GetByRole(AriaRole.Link, new() { Name = "Historique des modifications" }).ClickAsync();
        await Expect(page.Locator("table.history")).ToContainTextAsync("Mo 09:00-12:00,14:00-17:00; Tu-Fr 09:00-12:00; 2026 Dec 24 off");
        await Expect(page.Locator("table.history")).ToContainTextAsync("Équipe du lieu");
        await Expect(page.Locator("table.history")).Not.ToContainTextAsync(email);
        await CheckPageAsync(page, "history");
    }

    private async Task<(string PlaceId, string Email)> MediatorOfAPlaceAsync()
    {
        _ = Server.BaseUrl;
        await using var scope = Server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var placeId = await services.GetRequiredService<AppDbContext>().Places().OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var rna = "W" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        var (_, organisationError) = await services.GetRequiredService<CreateOrganisationHandler>().HandleAsync(new CreateOrganisationCommand("Association du parcours", null, rna));
        Assert.Null(organisationError);
        Assert.Null(await services.GetRequiredService<AddPlaceToOrganisationHandler>().HandleAsync(new AddPlaceToOrganisationCommand(rna, placeId)));
        var email = $"{Guid.NewGuid():N}@exemple.fr";
        var (_, userError) = await services.GetRequiredService<CreateUserHandler>().HandleAsync(new CreateUserCommand(email, Role.Mediator, rna, Password: Password));
        Assert.Null(userError);
        return (placeId, email);
    }
}
