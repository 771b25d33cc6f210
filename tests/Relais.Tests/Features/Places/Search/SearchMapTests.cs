using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Places.Search;

/// <summary>What the search page's scripts rely on: the map's positions, the hidden fields they set, the files they load.</summary>
public abstract class SearchMapTests(SearchFixture fixture)
{
    [Fact]
    public async Task Points_SameSearchAsList_EveryPlaceWithIdAndName()
    {
        using var client = fixture.App.CreateClient();
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/places?commune=26362&rayon=20", UriKind.Relative)));
        var response = await client.GetAsync(new Uri("/api/v1/places/points.geojson?commune=26362&rayon=20&page=2&page_size=5", UriKind.Relative));
        using var points = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var total = list.RootElement.GetProperty("total").GetInt32();
        var features = points.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.True(total > 20, $"{total} places");
        Assert.Equal(total, points.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(total, features.Count);
        Assert.False(points.RootElement.GetProperty("truncated").GetBoolean());
        var first = features[0].GetProperty("properties");
        Assert.Equal(list.RootElement.GetProperty("items")[0].GetProperty("id").GetString(), first.GetProperty("id").GetString());
        Assert.Equal(list.RootElement.GetProperty("items")[0].GetProperty("nom").GetString(), first.GetProperty("nom").GetString());
        Assert.Equal(2, first.EnumerateObject().Count());
    }

    [Fact]
    public async Task Points_BadInput_ProblemDetailsWithStableCode()
    {
        using var client = fixture.App.CreateClient();
        var response = await client.GetAsync(new Uri("/api/v1/places/points.geojson?commune=Valence", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("search.commune_ambiguous", problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Points_OpenApi_DocumentedWithSummaryAndTag()
    {
        using var client = fixture.App.CreateClient();
        using var openApi = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var operation = openApi.RootElement.GetProperty("paths").GetProperty("/api/v1/places/points.geojson").GetProperty("get");
        Assert.Contains("carte", operation.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("Lieux", operation.GetProperty("tags")[0].GetString());
    }

    [Theory]
    [InlineData("ou=Valence%20(26)&commune=26362", "commune=26362")] // picked from the suggestions
    [InlineData("commune=26362", "commune=26362")] // a choice link: the box shows "Valence (26)"
    [InlineData("ou=Valence%20(26)", "commune=26362")] // the label typed or kept without the hidden field
    [InlineData("ou=26000&commune=69123", "code_postal=26000")] // the box names another place: the box wins
    [InlineData("ou=26000&latitude=45.76&longitude=4.83", "code_postal=26000")] // a filled box wins over a position
    [InlineData("latitude=44.933&longitude=4.892", "latitude=44.933&longitude=4.892")]
    public async Task SearchPage_WhereBoxAndHiddenFields_MapSearchesTheSamePlace(string query, string expected)
    {
        using var client = fixture.App.CreateClient();

        var html = await client.GetStringAsync(new Uri($"/lieux?{query}", UriKind.Relative));

        Assert.Contains("lieux trouvés", html, StringComparison.Ordinal);
        Assert.Contains($"data-points=\"/api/v1/places/points.geojson?{expected.Replace("&", "&amp;", StringComparison.Ordinal)}\"", html, StringComparison.Ordinal);
        Assert.Equal(expected.StartsWith("latitude", StringComparison.Ordinal), html.Contains("Autour de votre position", StringComparison.Ordinal));
        Assert.Equal(expected == "commune=26362", html.Contains("<input type=\"hidden\" name=\"commune\" value=\"26362\">", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchPage_Results_MapHiddenUntilScriptsAndNoInlineScript()
    {
        using var client = fixture.App.CreateClient();

        var results = await client.GetStringAsync(new Uri("/lieux?ou=26000", UriKind.Relative));
        var empty = await client.GetStringAsync(new Uri("/lieux", UriKind.Relative));

        Assert.Contains("<div class=\"map-panel\" hidden>", results, StringComparison.Ordinal);
        Assert.Contains("data-tile-url=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"", results, StringComparison.Ordinal);
        Assert.Contains("/lib/leaflet/leaflet.js", results, StringComparison.Ordinal);
        Assert.DoesNotContain("/lib/leaflet/leaflet.js", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"carte\"", empty, StringComparison.Ordinal);
        foreach (var html in new[] { results, empty })
        {
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
            Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("/lib/leaflet/leaflet.js")]
    [InlineData("/lib/leaflet/leaflet.css")]
    [InlineData("/lib/leaflet/images/marker-icon.png")]
    [InlineData("/lib/leaflet.markercluster/leaflet.markercluster.js")]
    [InlineData("/lib/leaflet.markercluster/MarkerCluster.css")]
    [InlineData("/js/results-map.js")]
    [InlineData("/js/commune-combobox.js")]
    [InlineData("/js/around-me.js")]
    public async Task FrontEndAssets_CopiedByTheBuild_Served(string path)
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] encoding = path.EndsWith(".png", StringComparison.Ordinal) ? [] : ["gzip"];
        Assert.Equal(encoding, response.Content.Headers.ContentEncoding);
    }
}

public sealed class SearchMapSqliteTests(SqliteSearchFixture fixture) : SearchMapTests(fixture), IClassFixture<SqliteSearchFixture>;

public sealed class SearchMapPostgresTests(PostgresSearchFixture fixture) : SearchMapTests(fixture), IClassFixture<PostgresSearchFixture>;

public class MapOptionsTests
{
    [Fact]
    public async Task MapOptions_EmptyTileUrl_KeptEmptySoTheScriptDrawsNoTiles()
    {
        await using var app = new RelaisAppFactory(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["Map:TileUrl"] = string.Empty });
        await using var scope = app.Scope();

        Assert.Equal(string.Empty, app.Get<MapOptions>(scope).TileUrl);
        Assert.Contains("OpenStreetMap", app.Get<MapOptions>(scope).Attribution, StringComparison.Ordinal);
    }
}
