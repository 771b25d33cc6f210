using Microsoft.Playwright;
using Relais.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Relais.EndToEnd;

/// <summary>A social worker looks for a place for someone, in four steps, and prints an orientation sheet.</summary>
public class OrientationJourneyTests(BrowserFixture fixture) : BrowserJourney(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Orientation_FourStepsThenSheet_ResultsAndPrintableSheet()
    {
        var page = await OpenPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Orienter une personne" }).ClickAsync();
        await Expect(page.Locator(".step-count")).ToHaveTextAsync("Orienter une personne — étape 1 sur 4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Cochez au moins un besoin");
        await CheckPageAsync(page, "1-need-error");

        await page.GetByLabel("Aide aux démarches administratives").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await page.GetByLabel("Commune ou code postal").FillAsync("Valence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Plusieurs communes s'appellent « Valence »");
        await CheckPageAsync(page, "2-place-choices");

        await page.GetByLabel("Valence (26", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("Jusqu'à quelle distance ?").SelectOptionAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("La personne a-t-elle besoin d'un accueil particulier ?");
        await CheckPageAsync(page, "3-accessibility");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();

        await page.GetByLabel("matin (avant midi) le mardi").CheckAsync();
        await CheckPageAsync(page, "4-availability");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir les lieux" }).ClickAsync();

        await Expect(page.Locator("#resultats")).ToContainTextAsync("lieux correspondent");
        await Expect(page.Locator(".answers")).ToContainTextAsync("Mardi matin");
        Assert.Contains("/orientation/resultats?", await page.Locator("#lien-orientation").InputValueAsync(), StringComparison.Ordinal);
        await CheckPageAsync(page, "5-results");

        // The shared link opens the same results in another browser.
        var shared = await OpenPageAsync();
        await shared.GotoAsync(await page.Locator("#lien-orientation").InputValueAsync());
        await Expect(shared.Locator("#resultats")).ToHaveTextAsync(await page.Locator("#resultats").InnerTextAsync());

        var placeName = await page.Locator(".result h3 a").First.InnerTextAsync();
        await page.Locator(".result").First.GetByRole(AriaRole.Link, new() { Name = "Préparer la fiche d'orientation" }).ClickAsync();
        await page.GetByLabel("Prénom", new() { Exact = true }).FillAsync("Léa");
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Martin");
        await page.GetByLabel("Notes pour la personne et pour le lieu").FillAsync("Apporter son avis d'imposition et sa carte Vitale.");
        await page.GetByLabel("Votre structure").FillAsync("CCAS de Valence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mettre à jour la fiche" }).ClickAsync();
        await Expect(page.Locator(".sheet-people")).ToContainTextAsync("Léa Martin");
        await Expect(page.Locator(".sheet")).ToContainTextAsync($"Le lieu conseillé : {placeName}");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Imprimer la fiche" })).ToBeVisibleAsync();
        await CheckPageAsync(page, "6-sheet");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".sheet-form")).ToBeHiddenAsync();
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator(".sheet")).ToContainTextAsync("Apporter son avis d'imposition");
        await Expect(page.Locator(".print-only")).ToBeVisibleAsync();
        await Artifacts.ScreenshotAsync(page, "Orientation_print");
        var pdf = await Artifacts.PdfAsync(page, "Orientation_sheet");
        Assert.True(new FileInfo(pdf).Length > 10_000, "Chromium printed the sheet to a PDF");
    }

    [Fact]
    public async Task Orientation_Mobile360KeyboardOnly_StepsUsableAndFitTheScreen()
    {
        var page = await OpenPageAsync(Viewport.Mobile);
        await page.GotoAsync("/orientation");
        await page.GetByLabel("Maîtrise des outils numériques du quotidien").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.GetByLabel("Commune ou code postal").FocusAsync();
        await page.Keyboard.TypeAsync("26000");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".step-count")).ToContainTextAsync("étape 3 sur 4");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "step 3 scrolls sideways at 360 px");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await CheckPageAsync(page, "availability");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "step 4 scrolls sideways at 360 px");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voir les lieux" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#resultats")).ToContainTextAsync("correspond");
        await CheckPageAsync(page, "results");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the results scroll sideways at 360 px");
    }
}
