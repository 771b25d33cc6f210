using System.Text.Json;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Places;

namespace Relais.Tests.Features.Places.Search;

/// <summary>
/// Searches without a location use the alphabetical order the app keeps in memory: it must follow every
/// import at once, and sort as French readers expect (accents and case ignored).
/// </summary>
public abstract class SearchNameOrderTests(AppFixture fixture)
{
    [Fact]
    public async Task SearchWithoutLocation_AfterReimport_FrenchOrderOfTheNewNames()
    {
        using var first = TempFile.WithText(StandardCsv.File(
            StandardCsv.Row(c => { c["id"] = "a"; c["nom"] = "Ordre Bravo"; }),
            StandardCsv.Row(c => { c["id"] = "b"; c["nom"] = "Ordre éclair"; }),
            StandardCsv.Row(c => { c["id"] = "c"; c["nom"] = "Ordre alpha"; })));
        using var second = TempFile.WithText(StandardCsv.File(
            StandardCsv.Row(c => { c["id"] = "a"; c["nom"] = "Ordre Delta"; }),
            StandardCsv.Row(c => { c["id"] = "c"; c["nom"] = "Ordre alpha"; }),
            StandardCsv.Row(c => { c["id"] = "d"; c["nom"] = "Ordre Charlie"; }),
            StandardCsv.Row(c => { c["id"] = "e"; c["nom"] = "Ordre Écho"; })));
        await ImportAsync(first.Path);
        var before = await SearchAsync("q=ordre");

        await ImportAsync(second.Path);
        var after = await SearchAsync("q=ordre");
        var filtered = await SearchAsync("q=ordre&departement=51");
        var national = await SearchAsync("page_size=2&page=2");

        Assert.Equal(["Ordre alpha", "Ordre Bravo", "Ordre éclair"], before.Names);
        Assert.Equal(["Ordre alpha", "Ordre Charlie", "Ordre Delta", "Ordre Écho"], after.Names);
        Assert.Equal(after.Names, filtered.Names);
        Assert.Equal(4, national.Total);
        Assert.Equal(["Ordre Delta", "Ordre Écho"], national.Names);
    }

    private async Task ImportAsync(string path)
    {
        await using var scope = fixture.App.Scope();
        var result = await fixture.App.Get<ImportPlacesHandler>(scope).HandleAsync(new ImportPlacesCommand(path, "ordre"));
        Assert.Equal(0, result.Rejected);
    }

    private async Task<(int Total, List<string> Names)> SearchAsync(string parameters)
    {
        using var client = fixture.App.CreateClient();
        using var page = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/places?{parameters}", UriKind.Relative)));
        return (page.RootElement.GetProperty("total").GetInt32(), [.. page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nom").GetString()!)]);
    }
}

public sealed class SearchNameOrderSqliteTests(SqliteAppFixture fixture) : SearchNameOrderTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SearchNameOrderPostgresTests(PostgresAppFixture fixture) : SearchNameOrderTests(fixture), IClassFixture<PostgresAppFixture>;
