using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.History;
using Relais.Web.Features.PlaceEdits;
using Relais.Web.Infrastructure;

namespace Relais.Tests.Features.PlaceEdits;

/// <summary><c>PUT /api/v1/places/{id}</c> on SQLite and PostgreSQL.</summary>
public abstract class PutPlaceTests(PlaceEditsFixture fixture)
{
    [Fact]
    public async Task Put_PlaceAsReturnedByGetWithChanges_SavedWithHistoryOverridesAndDate()
    {
        var (id, _, organisation) = await fixture.OwnedPlaceAsync(c => c["date_maj"] = "2026-01-15");
        var client = await fixture.WithTokenAsync(await fixture.UserAsync(Role.Mediator, organisation));
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative)))!.AsObject();
        json["telephone"] = "04 72 00 00 01";
        json["horaires"] = "Mo-Fr 09:00-12:00; 2026 Dec 24 off";
        json["distance_km"] = 1.5;

        var response = await client.PutAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative), Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("+33472000001", (string?)answer["telephone"]);
        var place = await fixture.PlaceAsync(id);
        Assert.Equal("Mo-Fr 09:00-12:00; 2026 Dec 24 off", place.OpeningHours);
        Assert.True(place.HasInterpretableHours);
        Assert.Equal(ParisTime.Today(TimeProvider.System), place.UpdatedOn);
        var changes = await fixture.QueryAsync(db => db.Set<PlaceChange>().AsNoTracking().Where(c => c.PlaceId == id).ToListAsync());
        Assert.Equal(["date_maj", "horaires", "telephone"], changes.Select(c => c.Field).Order(StringComparer.Ordinal));
        Assert.All(changes, c => Assert.Equal(ChangeChannel.Api, c.Channel));
        Assert.Contains(changes, c => c.Field == "telephone" && c.Before == "+33326000000" && c.After == "+33472000001");
        var overrides = await fixture.QueryAsync(db => db.Set<PlaceFieldOverride>().AsNoTracking().Where(o => o.PlaceId == id).ToListAsync());
        Assert.Equal(["horaires", "telephone"], overrides.Select(o => o.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Put_InvalidFields_422ListingEveryFieldAndNothingWritten()
    {
        var (id, _, organisation) = await fixture.OwnedPlaceAsync();
        var client = await fixture.WithTokenAsync(await fixture.UserAsync(Role.OrganisationAdmin, organisation));
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative)))!.AsObject();
        json["code_postal"] = "ABCDE";
        json["courriels"] = "pas-une-adresse";
        json["services"] = "Cours de cuisine";
        var before = await fixture.PlaceAsync(id);

        var response = await client.PutAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative), Json(json));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("place.invalid", (string?)problem["code"]);
        var errors = problem["errors"]!.AsObject();
        Assert.Contains("code_postal", errors.Select(e => e.Key));
        Assert.Contains("courriels", errors.Select(e => e.Key));
        Assert.Equal("services.invalid", (string?)errors["services"]![0]!["code"]);
        Assert.False(string.IsNullOrEmpty((string?)errors["services"]![0]!["message"]));
        var after = await fixture.PlaceAsync(id);
        Assert.Equal((before.PostalCode, before.Emails, before.UpdatedOn), (after.PostalCode, after.Emails, after.UpdatedOn));
        Assert.Equal(0, await fixture.QueryAsync(db => db.Set<PlaceChange>().CountAsync(c => c.PlaceId == id)));
    }

    [Fact]
    public async Task Put_WithoutCredentials_401()
    {
        var (id, _, _) = await fixture.OwnedPlaceAsync();

        var response = await fixture.Client().PutAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative), Json(new JsonObject { ["nom"] = "X" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Put_PlaceOfAnotherOrganisation_403ProblemAndNothingWritten()
    {
        var (id, _, _) = await fixture.OwnedPlaceAsync();
        var (_, _, otherOrganisation) = await fixture.OwnedPlaceAsync();
        var client = await fixture.WithTokenAsync(await fixture.UserAsync(Role.OrganisationAdmin, otherOrganisation));
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative)))!.AsObject();
        json["nom"] = "Pris par une autre structure";

        var response = await client.PutAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative), Json(json));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("place.forbidden", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
        Assert.NotEqual("Pris par une autre structure", (await fixture.PlaceAsync(id)).Name);
    }

    [Fact]
    public async Task Put_UnknownPlace_404Problem()
    {
        var client = await fixture.WithTokenAsync(await fixture.UserAsync(Role.Admin));

        var response = await client.PutAsync(new Uri("/api/v1/places/inconnu", UriKind.Relative), Json(new JsonObject { ["nom"] = "X" }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("place.not_found", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
    }

    [Fact]
    public async Task Put_WithSessionCookie_SavedWithoutAntiforgeryToken()
    {
        var (id, _, organisation) = await fixture.OwnedPlaceAsync();
        var client = await fixture.SignedInAsync(await fixture.UserAsync(Role.Mediator, organisation));
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative)))!.AsObject();
        json["nom"] = "Nom changé par la session";

        var response = await client.PutAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative), Json(json));
        var form = await client.PutAsync(new Uri($"/api/v1/places/{id}", UriKind.Relative), new FormUrlEncodedContent([new("nom", "X")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Nom changé par la session", (await fixture.PlaceAsync(id)).Name);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }

    private static StringContent Json(JsonNode json) => new(json.ToJsonString(), Encoding.UTF8, "application/json");
}

public sealed class PutPlaceSqliteTests(SqlitePlaceEditsFixture fixture) : PutPlaceTests(fixture), IClassFixture<SqlitePlaceEditsFixture>;

public sealed class PutPlacePostgresTests(PostgresPlaceEditsFixture fixture) : PutPlaceTests(fixture), IClassFixture<PostgresPlaceEditsFixture>;
