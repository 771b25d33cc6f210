using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Relais.EndToEnd.Infrastructure;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;
using static Microsoft.Playwright.Assertions;

namespace Relais.EndToEnd;

public partial class HomeJourneyTests(BrowserFixture fixture) : BrowserJourney(fixture), IClassFixture<BrowserFixture>
{
    // The bundled Hinaura dataset (Auvergne-Rhône-Alpes), loaded as the demo directory on first start.
    private const int DemoPlaceCount = 687;

    [Fact]
    public async Task HomePage_Desktop_FrenchHeadingStatesPlaceCount()
    {
        var page = await OpenPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal((int)HttpStatusCode.OK, response!.Status);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Trouver un lieu pour se faire aider avec le numérique");
        var stated = PlaceCountSentence().Match(await page.Locator("main").InnerTextAsync());
        Assert.True(stated.Success, "the home page does not say how many places the directory holds");
        Assert.Equal(await ListedPlaceCountAsync(), int.Parse(stated.Groups["count"].Value.Replace("\u202F", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
        Assert.Equal(DemoPlaceCount, await SourceRecordCountAsync());
        await CheckPageAsync(page);
    }

    [Fact]
    public async Task HomePage_Keyboard_FirstTabFocusesSkipLinkAndEnterMovesFocusToContent()
    {
        var page = await OpenPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");

        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Aller au contenu" });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();
        await CheckPageAsync(page, "skip-link-focused");

        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#contenu")).ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#contenu$"));
    }

    [Fact]
    public async Task HomePage_Mobile360_NoHorizontalScrollAndNoAxeViolation()
    {
        var page = await OpenPageAsync(Viewport.Mobile);

        await page.GotoAsync("/");

        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Viewport.Mobile.Width, $"the page is {scrollWidth} px wide on a {Viewport.Mobile.Width} px screen");
        await CheckPageAsync(page);
    }

    [Fact]
    public async Task PlacesApi_CommuneLyon_JsonWithTotal()
    {
        using var client = Server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/places?commune=69123", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var total = json.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 0, "no place in Lyon in the demo directory");
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("items").ValueKind);
    }

    /// <summary>What the directory lists: merged places stand for their records (duplicates inside the demo source too).</summary>
    private async Task<int> ListedPlaceCountAsync()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ListedPlaces().CountAsync();
    }

    private async Task<int> SourceRecordCountAsync()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Places().CountAsync(p => p.SourceName != Place.MergedSourceName);
    }

    [GeneratedRegex(@"L'annuaire compte (?<count>\d[\d\u202F\u00A0]*) lieux")]
    private static partial Regex PlaceCountSentence();
}
