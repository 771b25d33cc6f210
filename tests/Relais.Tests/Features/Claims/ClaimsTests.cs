using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Tests.Features.Accounts;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Claims;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Claims;

/// <summary>Claiming a place from a source: who may ask (e-mail domain, SIRET), and the moderators' decision.</summary>
public abstract class ClaimsTests(MaintainersFixture fixture)
{
    [Fact]
    public async Task Claim_EmailAtThePlacesDomain_WaitsThenApprovedByModerator()
    {
        var domain = $"mediatheque-{Guid.NewGuid():N}"[..24] + ".fr";
        var placeId = await fixture.ImportPlaceAsync(c => (c["courriels"], c["site_web"]) = ($"accueil@{domain}", $"https://www.{domain}/"));
        var (organisation, siret) = await fixture.OrganisationAsync();
        var requester = await fixture.UserAsync(Role.Mediator, siret, email: $"camille@{domain}");
        var client = await fixture.SignedInAsync(requester);

        var asked = await MaintainersFixture.PostFormAsync(client, $"/lieux/{placeId}/gerer", ("OrganisationId", organisation.Id.ToString()), ("Message", "Je suis responsable de l'espace numérique."));

        Assert.Contains("envoyée à la modération", WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var claim = Assert.Single(await ClaimsAsync(placeId));
        Assert.Equal((ClaimStatus.Pending, ClaimGround.EmailDomain), (claim.Status, claim.Ground));
        Assert.False(await OwnedAsync(placeId, organisation.Id));

        var moderator = await fixture.SignedInAsync(await fixture.UserAsync(Role.Moderator));
        Assert.Contains(requester.Email, await moderator.GetStringAsync(new Uri("/espace/moderation/revendications", UriKind.Relative)), StringComparison.Ordinal);
        var decided = await MaintainersFixture.PostFormAsync(moderator, "/espace/moderation/revendications", ("id", claim.Id.ToString()), ("approve", "true"));

        Assert.Contains("Demande acceptée", WebUtility.HtmlDecode(await decided.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True(await OwnedAsync(placeId, organisation.Id));
        Assert.Equal(ClaimStatus.Approved, Assert.Single(await ClaimsAsync(placeId)).Status);
        Assert.Contains(fixture.MailsTo(requester.Email), m => m.Subject.StartsWith("Demande acceptée", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Claim_OrganisationSiretIsThePivot_Accepted()
    {
        var siret = MaintainersFixture.ValidSiret();
        var placeId = await fixture.ImportPlaceAsync(c => c["pivot"] = siret);
        await using (var scope = fixture.Scope())
        {
            Assert.Null((await scope.ServiceProvider.GetRequiredService<CreateOrganisationHandler>().HandleAsync(new CreateOrganisationCommand("Mairie", siret, null))).Error);
        }

        var requester = await fixture.UserAsync(Role.OrganisationAdmin, siret, email: $"{Guid.NewGuid():N}@gmail.com");
        var client = await fixture.SignedInAsync(requester);
        var organisationId = requester.Memberships.Single().OrganisationId;

        await MaintainersFixture.PostFormAsync(client, $"/lieux/{placeId}/gerer", ("OrganisationId", organisationId.ToString()));

        Assert.Equal(ClaimGround.Siret, Assert.Single(await ClaimsAsync(placeId)).Ground);
    }

    [Theory]
    [InlineData("gmail.com", "contact@gmail.com")]
    [InlineData("autre-structure.fr", "contact@example.fr")]
    public async Task Claim_NoMatchingDomainNorSiret_RefusedWithReason(string userDomain, string placeEmail)
    {
        var placeId = await fixture.ImportPlaceAsync(c => c["courriels"] = placeEmail);
        var (organisation, siret) = await fixture.OrganisationAsync();
        var client = await fixture.SignedInAsync(await fixture.UserAsync(Role.Mediator, siret, email: $"{Guid.NewGuid():N}@{userDomain}"));

        var response = await MaintainersFixture.PostFormAsync(client, $"/lieux/{placeId}/gerer", ("OrganisationId", organisation.Id.ToString()));

        Assert.Contains("Nous ne pouvons pas relier votre compte à ce lieu", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await ClaimsAsync(placeId));
    }

    [Fact]
    public async Task Claim_AnotherOrganisationsOrganisationId_Refused()
    {
        var domain = $"lieu-{Guid.NewGuid():N}"[..20] + ".fr";
        var placeId = await fixture.ImportPlaceAsync(c => c["courriels"] = $"contact@{domain}");
        var (mine, siret) = await fixture.OrganisationAsync();
        var (theirs, _) = await fixture.OrganisationAsync();
        var client = await fixture.SignedInAsync(await fixture.UserAsync(Role.Mediator, siret, email: $"moi@{domain}"));

        var response = await MaintainersFixture.PostFormAsync(client, $"/lieux/{placeId}/gerer", ("OrganisationId", theirs.Id.ToString()));

        Assert.Contains("Choisissez une structure dont vous faites partie", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await ClaimsAsync(placeId));
        Assert.NotEqual(mine.Id, theirs.Id);
    }

    [Fact]
    public async Task Decide_CoordinatorOfAnotherTerritoryOrMediator_Forbidden()
    {
        var domain = $"lieu-{Guid.NewGuid():N}"[..20] + ".fr";
        var placeId = await fixture.ImportPlaceAsync(c => c["courriels"] = $"contact@{domain}");
        var (organisation, siret) = await fixture.OrganisationAsync();
        var requester = await fixture.SignedInAsync(await fixture.UserAsync(Role.Mediator, siret, email: $"moi@{domain}"));
        await MaintainersFixture.PostFormAsync(requester, $"/lieux/{placeId}/gerer", ("OrganisationId", organisation.Id.ToString()));
        var claim = Assert.Single(await ClaimsAsync(placeId));
        var elsewhere = await fixture.SignedInAsync(await fixture.UserAsync(Role.TerritoryCoordinator, territories: ["26"]));
        var local = await fixture.SignedInAsync(await fixture.UserAsync(Role.TerritoryCoordinator, territories: ["51"]));

        var mediatorPage = await requester.GetAsync(new Uri("/espace/moderation/revendications", UriKind.Relative));
        Assert.DoesNotContain(placeId, await elsewhere.GetStringAsync(new Uri("/espace/moderation/revendications", UriKind.Relative)), StringComparison.Ordinal);
        var refused = await MaintainersFixture.PostFormAsync(elsewhere, "/espace/moderation/revendications", ("id", claim.Id.ToString()), ("approve", "true"));
        Assert.Contains(placeId, await local.GetStringAsync(new Uri("/espace/moderation/revendications", UriKind.Relative)), StringComparison.Ordinal);
        var rejected = await MaintainersFixture.PostFormAsync(local, "/espace/moderation/revendications", ("id", claim.Id.ToString()), ("approve", "false"));

        Assert.Equal(HttpStatusCode.Redirect, mediatorPage.StatusCode);
        Assert.StartsWith("/acces-refuse", mediatorPage.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Demande refusée", WebUtility.HtmlDecode(await rejected.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Rejected, Assert.Single(await ClaimsAsync(placeId)).Status);
        Assert.False(await OwnedAsync(placeId, organisation.Id));
    }

    [Fact]
    public async Task Claim_PlaceAlreadyManaged_Refused()
    {
        var domain = $"lieu-{Guid.NewGuid():N}"[..20] + ".fr";
        var placeId = await fixture.ImportPlaceAsync(c => c["courriels"] = $"contact@{domain}");
        await fixture.AddPlaceAsync((await fixture.OrganisationAsync()).Siret, placeId);
        var (organisation, siret) = await fixture.OrganisationAsync();
        var client = await fixture.SignedInAsync(await fixture.UserAsync(Role.Mediator, siret, email: $"moi@{domain}"));

        var response = await MaintainersFixture.PostFormAsync(client, $"/lieux/{placeId}/gerer", ("OrganisationId", organisation.Id.ToString()));

        Assert.Contains("Une structure gère déjà ce lieu", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimPage_Anonymous_SentToSignIn()
    {
        var placeId = await fixture.ImportPlaceAsync();
        using var client = fixture.Client();

        var response = await client.GetAsync(new Uri($"/lieux/{placeId}/gerer", UriKind.Relative));

        Assert.StartsWith("/connexion", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    private async Task<List<PlaceClaim>> ClaimsAsync(string placeId)
    {
        await using var scope = fixture.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<PlaceClaim>().AsNoTracking().Where(c => c.PlaceId == placeId).ToListAsync();
    }

    private async Task<bool> OwnedAsync(string placeId, Guid organisationId)
    {
        await using var scope = fixture.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OrganisationPlace>().AnyAsync(o => o.PlaceId == placeId && o.OrganisationId == organisationId);
    }
}

public sealed class ClaimsSqliteTests(SqliteMaintainersFixture fixture) : ClaimsTests(fixture), IClassFixture<SqliteMaintainersFixture>;

public sealed class ClaimsPostgresTests(PostgresMaintainersFixture fixture) : ClaimsTests(fixture), IClassFixture<PostgresMaintainersFixture>;
