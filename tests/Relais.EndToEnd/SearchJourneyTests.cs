using Relais.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Relais.EndToEnd;

/// <summary>A person looks for help near Valence, narrows the list and opens a place: keyboard, mouse, 360 px.</summary>
public class SearchJourneyTests(BrowserFixture fixture) : BrowserJourney(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Search_PostcodeThenFilterThenPlace_ResultsAndFicheAccessible()
    {
        var page = await OpenPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Où cherchez-vous ?").FillAsync("26000");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Trouver un lieu" }).ClickAsync();

        await Expect(page.Locator("#resultats")).ToContainTextAsync("lieux trouvés");
        await CheckPageAsync(page, "results");

        await page.Locator("summary", new() { HasText = "Affiner la recherche" }).ClickAsync();
        await page.GetByLabel("Gratuit", new() { Exact = true }).CheckAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();

        Assert.Contains("frais_a_charge=Gratuit", Uri.UnescapeDataString(page.Url), StringComparison.Ordinal);
        await Expect(page.GetByLabel("Gratuit", new() { Exact = true })).ToBeCheckedAsync();
        await CheckPageAsync(page, "filtered");

        var first = page.Locator(".result h3 a").First;
        var name = await first.InnerTextAsync();
        await first.ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await Expect(page.Locator("table.week")).ToBeVisibleAsync();
        await CheckPageAsync(page, "fiche");
    }

    [Fact]
    public async Task Search_KeyboardOnly_EnterSubmitsAndResultsReachable()
    {
        var page = await OpenPageAsync();
        await page.GotoAsync("/lieux");

        // Skip link, site name, menu links, then the search box: Tab reaches it in a few presses.
        for (var presses = 0; presses < 8 && !await page.EvaluateAsync<bool>("document.activeElement?.id === 'ou'"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(page.Locator("#ou")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Valence");
        await page.Keyboard.PressAsync("Enter");

        // "Valence" names three communes: the choices are links, reachable with the keyboard.
        var choice = page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Valence (26)" });
        await choice.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#resultats")).ToContainTextAsync("lieux trouvés");
        await CheckPageAsync(page);
    }

    [Fact]
    public async Task Search_Mobile360_ResultsAndFicheFitTheScreen()
    {
        var page = await OpenPageAsync(Viewport.Mobile);
        await page.GotoAsync("/lieux?ou=69001&rayon=5");
        await CheckPageAsync(page, "results");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the results page scrolls sideways at 360 px");

        await page.Locator(".result h3 a").First.ClickAsync();
        await CheckPageAsync(page, "fiche");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the place page scrolls sideways at 360 px");
    }
}
