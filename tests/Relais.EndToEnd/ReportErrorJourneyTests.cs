using Relais.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Relais.EndToEnd;

/// <summary>Someone finds wrong opening hours on a place's page and reports them.</summary>
public class ReportErrorJourneyTests(BrowserFixture fixture) : BrowserJourney(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ReportError_IncompleteThenComplete_ErrorsListedThenThanked()
    {
        var page = await OpenPageAsync();
        await page.GotoAsync("/lieux?ou=26000");
        await page.Locator(".result h3 a").First.ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Signaler une erreur sur cette fiche" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Signaler une erreur");
        await CheckPageAsync(page, "form");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Envoyer le signalement" }).ClickAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Alert)).ToContainTextAsync("Choisissez ce qui est faux.");
        await CheckPageAsync(page, "errors");

        await page.GetByLabel("Les horaires").CheckAsync();
        await page.GetByLabel("Ce qui est faux").FillAsync("Le lieu est fermé le lundi depuis la rentrée.");
        await page.WaitForTimeoutAsync(3_100); // a person takes a few seconds; robots are refused under three
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Envoyer le signalement" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Merci, votre signalement est envoyé");
        await CheckPageAsync(page, "thanks");
    }
}
