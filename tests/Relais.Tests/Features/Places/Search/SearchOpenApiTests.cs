using System.Text.Json;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Places.Search;

namespace Relais.Tests.Features.Places.Search;

/// <summary>The OpenAPI document lists every search parameter, with the standard's values where there is a list.</summary>
public sealed class SearchOpenApiTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Theory]
    [InlineData("/api/v1/places", false)]
    [InlineData("/api/v1/places/export.csv", true)]
    public async Task OpenApi_SearchOperations_EveryKnownParameterDocumented(string path, bool export)
    {
        using var client = fixture.App.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var parameters = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().ToList();
        var names = parameters.Select(p => p.GetProperty("name").GetString()!).ToList();

        var expected = SearchParameters.Known.Where(k => !export || k is not ("page" or "page_size" or "format")).Concat(export ? ["strict"] : []).Order(StringComparer.Ordinal);
        Assert.Equal(expected, names.Order(StringComparer.Ordinal));
        var services = parameters.Single(p => p.GetProperty("name").GetString() == "services");
        Assert.Contains("Aide aux démarches administratives", services.GetProperty("schema").GetProperty("items").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }
}
