using System.Text.Json;
using Microsoft.Playwright;
using Relais.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Relais.EndToEnd;

/// <summary>
/// The scripts of the search page: commune suggestions, "Autour de moi" and the map, each a complement to a page
/// that works without them (checked with JavaScript off).
/// </summary>
public class MapJourneyTests(BrowserFixture fixture) : BrowserJourney(fixture), IClassFixture<BrowserFixture>
{
    // Markers in clusters (their count) plus single markers: every place the map holds in view.
    private const string MarkersOnMap = """
        () => [...document.querySelectorAll('#carte .marker-cluster [data-count]')].reduce((n, e) => n + Number(e.dataset.count), 0)
            + document.querySelectorAll('#carte .leaflet-marker-icon:not(.marker-cluster)').length
        """;

    [Fact]
    public async Task Autocomplete_ArrowsAndEnter_PicksCommuneAndLeadsToResults()
    {
        var page = await OpenPageAsync();
        await page.GotoAsync("/lieux");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Où ?" });

        await box.FocusAsync();
        await page.Keyboard.TypeAsync("valen");
        await Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("ArrowDown");

        var active = await box.GetAttributeAsync("aria-activedescendant");
        await Expect(page.Locator($"#{active}")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator($"#{active}")).ToContainTextAsync("Valence (26)");
        await CheckPageAsync(page, "suggestions");

        await page.Keyboard.PressAsync("Enter");
        await Expect(box).ToHaveValueAsync("Valence (26)");
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#resultats")).ToContainTextAsync("lieux trouvés");
        Assert.Contains("commune=26362", page.Url, StringComparison.Ordinal);
        await Expect(box).ToHaveValueAsync("Valence (26)");
        await CheckPageAsync(page, "results");
    }

    [Fact]
    public async Task Map_ValenceResults_ClustersHoldEveryPlaceOfTheSearch()
    {
        var page = await OpenPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);
        await page.GotoAsync("/lieux?commune=26362&rayon=20");

        var map = page.GetByRole(AriaRole.Region, new() { Name = "Carte des lieux trouvés" });
        await Expect(map).ToBeVisibleAsync();
        await Expect(map).ToHaveAttributeAsync("data-count", new System.Text.RegularExpressions.Regex("^[0-9]+$"));
        var points = await PointsAsync(page, await map.GetAttributeAsync("data-points"));
        var total = int.Parse((await page.Locator("#resultats").InnerTextAsync()).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(points > 20, $"only {points} places near Valence in the demo data");
        Assert.Equal(total, points);
        Assert.Equal(points.ToString(System.Globalization.CultureInfo.InvariantCulture), await map.GetAttributeAsync("data-count"));
        Assert.Equal(points, await page.EvaluateAsync<int>(MarkersOnMap));
        Assert.True(await page.Locator("#carte .marker-cluster").CountAsync() > 0, "no cluster on the map");
        await CheckPageAsync(page, "map");

        // Everything a results page downloads, as sent over the wire (compressed), without the tiles.
        long bytes = 0;
        foreach (var response in responses.Where(r => !r.Url.StartsWith("data:", StringComparison.Ordinal)))
        {
            var sizes = await response.Request.SizesAsync();
            bytes += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }

        Assert.True(bytes < 150_000, $"the results page weighs {bytes} bytes");

        // A marker is a button: Enter opens its popup, whose link leads to the place.
        var marker = page.Locator("#carte .leaflet-marker-icon:not(.marker-cluster)").First;
        for (var zoom = 0; zoom < 6 && await page.Locator("#carte .leaflet-marker-icon:not(.marker-cluster)").CountAsync() == 0; zoom++)
        {
            await page.Locator("#carte .marker-cluster").First.ClickAsync();
        }

        var name = await marker.GetAttributeAsync("alt");
        await marker.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var link = page.Locator(".leaflet-popup-content a");
        await Expect(link).ToHaveTextAsync(name!);
        await link.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(name!);
    }

    [Fact]
    public async Task Map_Mobile360_ListComesBeforeTheMap()
    {
        var page = await OpenPageAsync(Viewport.Mobile);
        await page.GotoAsync("/lieux?commune=26362");

        await page.Locator("#carte").ScrollIntoViewIfNeededAsync();
        await Expect(page.Locator("#carte")).ToHaveAttributeAsync("data-count", new System.Text.RegularExpressions.Regex("^[0-9]+$"));
        var list = await page.Locator("ol.results").BoundingBoxAsync();
        var map = await page.Locator("#carte").BoundingBoxAsync();

        Assert.NotNull(list);
        Assert.NotNull(map);
        Assert.True(map.Y >= list.Y + list.Height, "the map comes before the end of the list at 360 px");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 360 px");
        await CheckPageAsync(page);
    }

    [Fact]
    public async Task Search_JavaScriptDisabled_ResultsWithoutMapOrScriptControls()
    {
        var page = await OpenPageAsync(configure: o => o.JavaScriptEnabled = false);
        await page.GotoAsync("/lieux");

        await page.GetByLabel("Où ?").FillAsync("26000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();

        await Expect(page.Locator("#resultats")).ToContainTextAsync("lieux trouvés");
        await Expect(page.Locator(".map-panel")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Autour de moi" })).ToBeHiddenAsync();
        await Expect(page.GetByLabel("Où ?")).Not.ToHaveAttributeAsync("role", "combobox");
        // No CheckPageAsync: axe is a script, and scripts are off. The same markup is checked with them on.
        await Artifacts.ScreenshotAsync(page, nameof(Search_JavaScriptDisabled_ResultsWithoutMapOrScriptControls));
    }

    [Fact]
    public async Task AroundMe_PositionGiven_SearchesAroundYourPosition()
    {
        var page = await OpenPageAsync(configure: o =>
        {
            o.Geolocation = new Geolocation { Latitude = 44.9334f, Longitude = 4.8924f };
            o.Permissions = ["geolocation"];
        });
        await page.GotoAsync("/lieux?ou=Lyon");
        await Expect(page.Locator("#carte")).ToHaveAttributeAsync("data-count", new System.Text.RegularExpressions.Regex("^[0-9]+$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Autour de moi" }).ClickAsync();

        await Expect(page.Locator(".search-centre")).ToHaveTextAsync("Autour de votre position");
        await Expect(page.Locator("#resultats")).ToContainTextAsync("lieux trouvés");
        await Expect(page.GetByLabel("Où ?")).ToHaveValueAsync(string.Empty);
        Assert.Contains("latitude=44.933", page.Url, StringComparison.Ordinal);
        await CheckPageAsync(page);
    }

    [Fact]
    public async Task AroundMe_PositionRefused_ExplainsInFrench()
    {
        var page = await OpenPageAsync();
        await page.GotoAsync("/lieux");

        await page.GetByRole(AriaRole.Button, new() { Name = "Autour de moi" }).ClickAsync();

        await Expect(page.Locator("#autour-de-moi-message")).ToContainTextAsync("Vous n'avez pas autorisé l'accès à votre position");
        await CheckPageAsync(page);
    }

    private static async Task<int> PointsAsync(IPage page, string? url)
    {
        var response = await page.APIRequest.GetAsync(url!);
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("features").GetArrayLength();
    }
}
