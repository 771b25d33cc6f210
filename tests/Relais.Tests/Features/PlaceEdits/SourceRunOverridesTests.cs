using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.History;
using Relais.Web.Features.PlaceEdits;

namespace Relais.Tests.Features.PlaceEdits;

/// <summary>Manual edits versus later runs of the place's source, and the history rows imports write, on both providers.</summary>
public abstract class SourceRunOverridesTests(PlaceEditsFixture fixture)
{
    private const string EditedHours = "Tu-Sa 10:00-18:00";

    [Fact]
    public async Task Override_UnchangedReimport_EditKept()
    {
        var (id, source, _) = await EditedPlaceAsync();

        await fixture.ImportAsync(source, c => c["id"] = "lieu");

        Assert.Equal(EditedHours, (await fixture.PlaceAsync(id)).OpeningHours);
        Assert.Equal(1, await OverrideCountAsync(id));
    }

    [Fact]
    public async Task Override_SourceChangesAnotherField_EditKeptOtherFieldUpdatedAndRecorded()
    {
        var (id, source, _) = await EditedPlaceAsync();

        await fixture.ImportAsync(source, c => { c["id"] = "lieu"; c["nom"] = "Médiathèque renommée"; });

        var place = await fixture.PlaceAsync(id);
        Assert.Equal((EditedHours, "Médiathèque renommée"), (place.OpeningHours, place.Name));
        Assert.True(place.HasInterpretableHours);
        Assert.Equal(1, await OverrideCountAsync(id));
        var imported = await ImportChangesAsync(id);
        var change = Assert.Single(imported);
        Assert.Equal(("nom", "Médiathèque Jean Rousselot", "Médiathèque renommée", $"Import « {source} »"), (change.Field, change.Before, change.After, change.ActorLabel));
    }

    [Fact]
    public async Task Override_SourceChangesEditedField_SourceWinsOverrideDropped()
    {
        var (id, source, _) = await EditedPlaceAsync();

        await fixture.ImportAsync(source, c => { c["id"] = "lieu"; c["horaires"] = "Mo-Fr 08:00-12:00"; });

        Assert.Equal("Mo-Fr 08:00-12:00", (await fixture.PlaceAsync(id)).OpeningHours);
        Assert.Equal(0, await OverrideCountAsync(id));
        var change = Assert.Single(await ImportChangesAsync(id), c => c.Field == "horaires");
        Assert.Equal((EditedHours, "Mo-Fr 08:00-12:00"), (change.Before, change.After));
        var fiche = WebUtility.HtmlDecode(await fixture.Client().GetStringAsync(new Uri($"/lieux/{id}", UriKind.Relative)));
        Assert.DoesNotContain("modifié par l'équipe du lieu", fiche, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ChangedRowWithoutEdits_OneHistoryRowPerChangedField()
    {
        var source = PlaceEditsFixture.NewSource();
        var id = (await fixture.ImportAsync(source, c => c["id"] = "a"))[0];

        await fixture.ImportAsync(source, c => { c["id"] = "a"; c["telephone"] = "+33326000001"; c["frais_a_charge"] = "Payant"; });

        var changes = await ImportChangesAsync(id);
        Assert.Equal(["frais_a_charge", "telephone"], changes.Select(c => c.Field).Order(StringComparer.Ordinal));
        Assert.All(changes, c => Assert.Null(c.UserId));
    }

    /// <summary>A place whose opening hours its team changed through the API.</summary>
    private async Task<(string Id, string Source, HttpClient Client)> EditedPlaceAsync()
    {
        var (id, source, organisation) = await fixture.OwnedPlaceAsync();
        var client = await fixture.WithTokenAsync(await fixture.UserAsync(Role.Mediator, organisation));
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative)))!.AsObject();
        json["horaires"] = EditedHours;
        var response = await client.PutAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative), new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (id, source, client);
    }

    private Task<int> OverrideCountAsync(string id) => fixture.QueryAsync(db => db.Set<PlaceFieldOverride>().CountAsync(o => o.PlaceId == id));

    private Task<List<PlaceChange>> ImportChangesAsync(string id) =>
        fixture.QueryAsync(db => db.Set<PlaceChange>().AsNoTracking().Where(c => c.PlaceId == id && c.Channel == ChangeChannel.SourceImport).ToListAsync());
}

public sealed class SourceRunOverridesSqliteTests(SqlitePlaceEditsFixture fixture) : SourceRunOverridesTests(fixture), IClassFixture<SqlitePlaceEditsFixture>;

public sealed class SourceRunOverridesPostgresTests(PostgresPlaceEditsFixture fixture) : SourceRunOverridesTests(fixture), IClassFixture<PostgresPlaceEditsFixture>;
