using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Tests.Features.Accounts;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Features.History;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.CorrectionRequests;

/// <summary>Reports reach the place's team (or its territory's coordinators, or the moderators); "Ce lieu n'existe plus" can unpublish it.</summary>
public abstract class ReportHandlingTests(MaintainersFixture fixture)
{
    [Fact]
    public async Task Submit_PlaceOfAnOrganisation_ItsMembersMailedNotOthers()
    {
        var placeId = await fixture.ImportPlaceAsync();
        var (_, siret) = await fixture.OrganisationAsync();
        await fixture.AddPlaceAsync(siret, placeId);
        var admin = await fixture.UserAsync(Role.OrganisationAdmin, siret);
        var mediator = await fixture.UserAsync(Role.Mediator, siret);
        var coordinator = await fixture.UserAsync(Role.TerritoryCoordinator, territories: ["51"]);

        await SubmitAsync(placeId, CorrectionKind.OpeningHours, "Fermé le lundi depuis septembre.");

        foreach (var member in new[] { admin, mediator })
        {
            var mail = Assert.Single(fixture.MailsTo(member.Email));
            Assert.Contains("Fermé le lundi depuis septembre.", mail.Text, StringComparison.Ordinal);
            Assert.Contains("/espace/signalements", mail.Text, StringComparison.Ordinal);
        }

        Assert.Empty(fixture.MailsTo(coordinator.Email));
    }

    [Fact]
    public async Task Submit_PlaceWithoutOrganisation_CoordinatorsOfItsTerritoryMailed()
    {
        var placeId = await fixture.ImportPlaceAsync();
        var local = await fixture.UserAsync(Role.TerritoryCoordinator, territories: ["51"]);
        var byRegion = await fixture.UserAsync(Role.TerritoryCoordinator, territories: ["R44"]);
        var elsewhere = await fixture.UserAsync(Role.TerritoryCoordinator, territories: ["26"]);

        await SubmitAsync(placeId, CorrectionKind.Contact, "Le numéro ne répond plus.");

        Assert.Single(fixture.MailsTo(local.Email));
        Assert.Single(fixture.MailsTo(byRegion.Email));
        Assert.Empty(fixture.MailsTo(elsewhere.Email));
    }

    [Fact]
    public async Task Submit_PlaceOfNoOrganisationNorCoordinator_ModeratorsMailed()
    {
        var placeId = await fixture.ImportPlaceAsync(c => (c["commune"], c["code_postal"], c["code_insee"], c["latitude"], c["longitude"]) = ("Ajaccio", "20000", "2A004", "41.9192", "8.7386"));
        var moderator = await fixture.UserAsync(Role.Moderator);

        await SubmitAsync(placeId, CorrectionKind.Other, "La photo n'est pas la bonne.");

        Assert.Contains(fixture.MailsTo(moderator.Email), m => m.Text.Contains("La photo n'est pas la bonne.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unpublish_ModeratorResolvesPlaceClosed_HiddenFromApiSearchExportAndPage()
    {
        var placeId = await fixture.ImportPlaceAsync(c => c["nom"] = "Lieu fermé pour de bon");
        var requestId = await SubmitAsync(placeId, CorrectionKind.PlaceClosed, "Le lieu a fermé en juin.");
        var moderator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Moderator));
        using var anonymous = fixture.Client();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri($"/api/v1/places/{placeId}", UriKind.Relative))).StatusCode);

        var response = await MaintainersFixture.PostFormAsync(moderator, "/espace/signalements", ("id", requestId.ToString()), ("unpublish", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("dépublié", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/api/v1/places/{placeId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/lieux/{placeId}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(placeId, await anonymous.GetStringAsync(new Uri("/api/v1/places?q=Lieu%20fermé%20pour%20de%20bon&page_size=100", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(placeId, await anonymous.GetStringAsync(new Uri("/api/v1/places?commune=51454&page_size=100", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(placeId, await anonymous.GetStringAsync(new Uri("/api/v1/places/points.geojson?commune=51454", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("Lieu fermé pour de bon", await anonymous.GetStringAsync(new Uri("/api/v1/places/export.csv?commune=51454", UriKind.Relative)), StringComparison.Ordinal);
        var request = await RequestAsync(requestId);
        Assert.Equal(CorrectionStatus.Resolved, request.Status);
        await using var scope = fixture.Scope();
        var change = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<PlaceChange>().AsNoTracking().SingleAsync(c => c.PlaceId == placeId);
        Assert.Equal((ChangeChannel.Moderation, CloseCorrectionRequestHandler.PublicationField, "publié"), (change.Channel, change.Field, change.Before));
    }

    [Fact]
    public async Task Unpublish_PlaceTeamMember_RefusedAndPlaceStaysPublished()
    {
        var placeId = await fixture.ImportPlaceAsync();
        var (_, siret) = await fixture.OrganisationAsync();
        await fixture.AddPlaceAsync(siret, placeId);
        var admin = await fixture.SignedInAsync(await fixture.UserAsync(Role.OrganisationAdmin, siret));
        var requestId = await SubmitAsync(placeId, CorrectionKind.PlaceClosed, "Fermé définitivement.");

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("/espace/signalements", UriKind.Relative)));
        var response = await MaintainersFixture.PostFormAsync(admin, "/espace/signalements", ("id", requestId.ToString()), ("unpublish", "true"));

        Assert.DoesNotContain("Dépublier", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/acces-refuse", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        await using var scope = fixture.Scope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<AppDbContext>().Places().SingleAsync(p => p.Id == placeId)).IsPublished);
        Assert.Equal(CorrectionStatus.Open, (await RequestAsync(requestId)).Status);
    }

    [Fact]
    public async Task Unpublish_ReportOfAnotherKind_Refused()
    {
        var placeId = await fixture.ImportPlaceAsync();
        var requestId = await SubmitAsync(placeId, CorrectionKind.Address, "Mauvais numéro de rue.");
        var moderator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Moderator));

        var response = await MaintainersFixture.PostFormAsync(moderator, "/espace/signalements", ("id", requestId.ToString()), ("unpublish", "true"));

        Assert.Contains("Seul un signalement « Ce lieu n'existe plus »", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(CorrectionStatus.Open, (await RequestAsync(requestId)).Status);
    }

    [Fact]
    public async Task Unpublish_ThenSourceRunsAgain_PlaceStaysUnpublished()
    {
        var source = $"t-{Guid.NewGuid():N}"[..16];
        await ImportAsync(source, "Nom d'origine");
        var placeId = Place.IdFor(source, "lieu-1");
        var requestId = await SubmitAsync(placeId, CorrectionKind.PlaceClosed, "Le lieu a fermé.");
        var moderator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Moderator));
        await MaintainersFixture.PostFormAsync(moderator, "/espace/signalements", ("id", requestId.ToString()), ("unpublish", "true"));

        await ImportAsync(source, "Nom changé par la source");

        await using var scope = fixture.Scope();
        var place = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Places().AsNoTracking().SingleAsync(p => p.Id == placeId);
        Assert.Equal("Nom changé par la source", place.Name);
        Assert.False(place.IsPublished);
    }

    private async Task ImportAsync(string source, string name)
    {
        using var file = Infrastructure.TempFile.WithText(Infrastructure.StandardCsv.File(Infrastructure.StandardCsv.Row(c => c["nom"] = name)));
        await using var scope = fixture.Scope();
        await scope.ServiceProvider.GetRequiredService<ImportPlacesHandler>().HandleAsync(new ImportPlacesCommand(file.Path, source));
    }

    private async Task<Guid> SubmitAsync(string placeId, CorrectionKind kind, string message)
    {
        await using var scope = fixture.Scope();
        var problems = await scope.ServiceProvider.GetRequiredService<SubmitCorrectionRequestHandler>().HandleAsync(new SubmitCorrectionRequestCommand(placeId, kind, message));
        Assert.Empty(problems);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<CorrectionRequest>().Where(r => r.PlaceId == placeId && r.Message == message).Select(r => r.Id).SingleAsync();
    }

    private async Task<CorrectionRequest> RequestAsync(Guid id)
    {
        await using var scope = fixture.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<CorrectionRequest>().AsNoTracking().SingleAsync(r => r.Id == id);
    }
}

public sealed class ReportHandlingSqliteTests(SqliteMaintainersFixture fixture) : ReportHandlingTests(fixture), IClassFixture<SqliteMaintainersFixture>;

public sealed class ReportHandlingPostgresTests(PostgresMaintainersFixture fixture) : ReportHandlingTests(fixture), IClassFixture<PostgresMaintainersFixture>;
