using System.Net;
using System.Text.Json;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Places.Search;

/// <summary>Search semantics on the real Hinaura data plus a few hand-made places, through the real API.</summary>
public abstract class SearchPlacesTests(SearchFixture fixture)
{
    [Fact]
    public async Task Search_CommuneAndRadius_SortedByDistanceWithinRadius()
    {
        var page = await SearchAsync("commune=69123&rayon=5&page_size=100");

        var distances = page.Items.Select(i => i.GetProperty("distance_km").GetDouble()).ToList();
        Assert.NotEmpty(distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 5));
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task Search_RadiusEdge_IncludedJustAboveExcludedJustBelow()
    {
        var near = (await SearchAsync("commune=69123&rayon=20&page_size=100")).Items[^1];
        var distance = near.GetProperty("distance_km").GetDouble();
        var id = near.GetProperty("id").GetString();

        var above = await SearchAsync($"commune=69123&rayon={Math.Min(100, distance + 0.05).ToString(System.Globalization.CultureInfo.InvariantCulture)}&page_size=100");
        var below = await SearchAsync($"commune=69123&rayon={Math.Max(1, distance - 0.05).ToString(System.Globalization.CultureInfo.InvariantCulture)}&page_size=100");

        Assert.Contains(above.Items, i => i.GetProperty("id").GetString() == id);
        Assert.DoesNotContain(below.Items, i => i.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Search_ServicesAnyOf_EachResultHasOne()
    {
        var page = await SearchAsync("departement=26&services=Accès internet et matériel informatique|Loisirs et créations numériques&page_size=100");

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, i => Assert.Matches("Accès internet et matériel informatique|Loisirs et créations numériques", i.GetProperty("services").GetString()!));
    }

    [Fact]
    public async Task Search_PublicsAllOf_EachResultHasAll()
    {
        var page = await SearchAsync("publics_specifiquement_adresses=Jeunes&publics_specifiquement_adresses=Seniors&page_size=100");

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, i =>
        {
            var publics = i.GetProperty("publics_specifiquement_adresses").GetString()!.Split('|');
            Assert.Contains("Jeunes", publics);
            Assert.Contains("Seniors", publics);
        });
    }

    [Fact]
    public async Task Search_TypologyCode_NoSubstringFalsePositive()
    {
        var page = await SearchAsync("q=Relais test typologie&typologie=CC&page_size=100");

        Assert.Equal(["Relais test typologie CC"], page.Items.Select(i => i.GetProperty("nom").GetString()));
    }

    [Fact]
    public async Task Search_NameWithTypoAndNoAccent_Found()
    {
        var page = await SearchAsync("q=mediateque chabeuil");

        Assert.Contains(page.Items, i => i.GetProperty("nom").GetString() == "Médiathèque de Chabeuil");
    }

    [Fact]
    public async Task Search_OpenOnPublicHoliday_PhOffPlaceClosedOrdinaryPlaceOpen()
    {
        // 2026-11-11 (Armistice) is a Wednesday; 2026-11-18 the next ordinary Wednesday.
        var holiday = await SearchAsync("q=Relais test horaires&ouvert_le=2026-11-11T10:00");
        var ordinary = await SearchAsync("q=Relais test horaires&ouvert_le=2026-11-18T10:00");

        Assert.DoesNotContain(holiday.Items, i => i.GetProperty("nom").GetString() == "Relais test horaires fériés");
        Assert.Contains(ordinary.Items, i => i.GetProperty("nom").GetString() == "Relais test horaires fériés");
    }

    [Fact]
    public async Task Search_WeekParity_OnlyOnOddWeeks()
    {
        // ISO week 47 (2026-11-21, a Saturday) is odd, week 48 (2026-11-28) even.
        var odd = await SearchAsync("q=Relais test horaires semaine&ouvert_le=2026-11-21T10:00");
        var even = await SearchAsync("q=Relais test horaires semaine&ouvert_le=2026-11-28T10:00");

        Assert.Contains(odd.Items, i => i.GetProperty("nom").GetString() == "Relais test horaires semaine impaire");
        Assert.DoesNotContain(even.Items, i => i.GetProperty("nom").GetString() == "Relais test horaires semaine impaire");
    }

    [Theory]
    [InlineData("foo=1", "search.unknown_parameter")]
    [InlineData("services=Aide", "search.invalid_value")]
    [InlineData("rayon=500", "search.invalid_value")]
    [InlineData("latitude=45", "search.invalid_value")]
    [InlineData("commune=Saint-Martin", "search.commune_ambiguous")]
    [InlineData("commune=Xyzville", "search.commune_unknown")]
    [InlineData("ouvert_le=demain", "search.invalid_value")]
    public async Task Search_BadInput_ProblemDetailsWithStableCode(string parameters, string code)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(new Uri($"/api/v1/places?{parameters}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task GetPlace_KnownAndUnknownIds_PlaceOrNotFound()
    {
        var id = (await SearchAsync("departement=26&page_size=1")).Items[0].GetProperty("id").GetString();
        using var client = fixture.App.CreateClient();

        var found = await client.GetStringAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/api/v1/places/nope", UriKind.Relative));

        Assert.Equal(id, JsonDocument.Parse(found).RootElement.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("place.not_found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Filters_StandardCsvOfTheSamePlaces()
    {
        using var client = fixture.App.CreateClient();
        var total = (await SearchAsync("departement=26")).Total;

        var csv = await client.GetStringAsync(new Uri("/api/v1/places/export.csv?departement=26", UriKind.Relative));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,pivot,nom,commune,code_postal", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length - 1 >= total);
    }

    [Fact]
    public async Task Search_GeoJson_FeatureCollection()
    {
        using var client = fixture.App.CreateClient();
        using var geo = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/places?commune=69123&format=geojson", UriKind.Relative)));

        Assert.Equal("FeatureCollection", geo.RootElement.GetProperty("type").GetString());
        var first = geo.RootElement.GetProperty("features")[0];
        Assert.Equal("Point", first.GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public async Task SearchPage_PostcodeWithoutJavaScript_ListsPlacesWithDistanceAndPagination()
    {
        using var client = fixture.App.CreateClient();

        var html = await client.GetStringAsync(new Uri("/lieux?ou=26000&rayon=20", UriKind.Relative));

        Assert.Contains("lieux trouv", html, StringComparison.Ordinal);
        Assert.Contains("Le Village AFPA", html, StringComparison.Ordinal);
        Assert.Contains("à 0,2 km", html, StringComparison.Ordinal);
        Assert.Contains("Page 1 sur", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_AmbiguousCommune_OffersChoicesAsLinks()
    {
        using var client = fixture.App.CreateClient();

        var html = await client.GetStringAsync(new Uri("/lieux?ou=Valence", UriKind.Relative));

        Assert.Contains("Plusieurs communes", html, StringComparison.Ordinal);
        Assert.Contains("commune=26362", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlacePage_KnownAndUnknown_FicheOrNotFound()
    {
        var id = (await SearchAsync("commune=26362&page_size=1")).Items[0].GetProperty("id").GetString();
        using var client = fixture.App.CreateClient();

        var html = await client.GetStringAsync(new Uri($"/lieux/{id}", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/lieux/inconnu", UriKind.Relative));

        Assert.Contains("Horaires", html, StringComparison.Ordinal);
        Assert.Contains("Itinéraire", html, StringComparison.Ordinal);
        Assert.Contains("plus d'un an", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ApiDocumentation_OpenApiAndReadablePage_Served()
    {
        using var client = fixture.App.CreateClient();

        using var openApi = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var page = await client.GetStringAsync(new Uri("/api/index.html", UriKind.Relative));

        Assert.True(openApi.RootElement.GetProperty("paths").TryGetProperty("/api/v1/places", out _));
        Assert.Contains("API publique de Relais", page, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn", page, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(int Total, List<JsonElement> Items)> SearchAsync(string parameters)
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(new Uri($"/api/v1/places?{parameters}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var root = JsonDocument.Parse(body).RootElement;
        return (root.GetProperty("total").GetInt32(), [.. root.GetProperty("items").EnumerateArray()]);
    }
}

/// <summary>A database with the Hinaura places and a few hand-made ones, shared read-only by the search tests.</summary>
public abstract class SearchFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public RelaisAppFactory App { get; } = new(provider);

    public async Task InitializeAsync()
    {
        using var client = App.CreateClient();
        await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var handMade = TempFile.WithText(StandardCsv.File(
            StandardCsv.Row(c => { c["id"] = "cc"; c["nom"] = "Relais test typologie CC"; c["typologie"] = "CC"; }),
            StandardCsv.Row(c => { c["id"] = "ccas"; c["nom"] = "Relais test typologie CCAS"; c["typologie"] = "CCAS"; }),
            StandardCsv.Row(c => { c["id"] = "ph"; c["nom"] = "Relais test horaires fériés"; c["horaires"] = "Mo-Fr 09:00-12:00; PH off"; }),
            StandardCsv.Row(c => { c["id"] = "week"; c["nom"] = "Relais test horaires semaine impaire"; c["horaires"] = "week 1-53/2 Sa 09:00-12:00"; })));
        await using var scope = App.Scope();
        await App.Get<ImportPlacesHandler>(scope).HandleAsync(new ImportPlacesCommand(TestPaths.Hinaura, "hinaura"));
        await App.Get<ImportPlacesHandler>(scope).HandleAsync(new ImportPlacesCommand(handMade.Path, "tests"));
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class SqliteSearchFixture() : SearchFixture(DatabaseProvider.Sqlite);

public sealed class PostgresSearchFixture() : SearchFixture(DatabaseProvider.Postgres);

public sealed class SearchPlacesSqliteTests(SqliteSearchFixture fixture) : SearchPlacesTests(fixture), IClassFixture<SqliteSearchFixture>;

public sealed class SearchPlacesPostgresTests(PostgresSearchFixture fixture) : SearchPlacesTests(fixture), IClassFixture<PostgresSearchFixture>;
