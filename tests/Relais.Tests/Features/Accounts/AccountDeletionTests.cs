using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Features.History;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Accounts;

/// <summary>Deleting one's own account from /espace/compte: confirmation, password or fresh sign-in, nothing personal left.</summary>
public abstract class AccountDeletionTests(MaintainersFixture fixture)
{
    [Fact]
    public async Task Delete_WithPassword_AccountMembershipsTokensGoneAndSessionEnded()
    {
        var (_, siret) = await fixture.OrganisationAsync();
        var user = await fixture.UserAsync(Role.OrganisationAdmin, siret);
        await using (var scope = fixture.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IssueApiTokenHandler>().HandleAsync(user.Email);
        }

        var placeId = await fixture.ImportPlaceAsync();
        await fixture.AddPlaceAsync(siret, placeId);
        await using (var scope = fixture.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<SubmitCorrectionRequestHandler>().HandleAsync(new SubmitCorrectionRequestCommand(placeId, CorrectionKind.Other, "Une erreur à corriger."));
        }

        var client = await fixture.SignedInAsync(user);
        var requestId = await RequestIdAsync(placeId);
        await MaintainersFixture.PostFormAsync(client, "/espace/signalements", ("id", requestId.ToString()), ("status", "Resolved"));

        var response = await MaintainersFixture.PostFormAsync(client, "/espace/compte", ("Password", MaintainersFixture.Password), ("Confirmed", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compte-supprime", response.Headers.Location!.OriginalString);
        await using var check = fixture.Scope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Set<User>().AnyAsync(u => u.Id == user.Id));
        Assert.False(await db.Set<Membership>().AnyAsync(m => m.UserId == user.Id));
        Assert.False(await db.Set<ApiToken>().AnyAsync(t => t.UserId == user.Id));
        Assert.False(await db.Set<OneTimeToken>().AnyAsync(t => t.UserId == user.Id));
        var request = await db.Set<CorrectionRequest>().AsNoTracking().SingleAsync(r => r.Id == requestId);
        Assert.Equal((CorrectionStatus.Resolved, (Guid?)null), (request.Status, request.ClosedBy));
        var after = await client.GetAsync(new Uri("/espace", UriKind.Relative));
        Assert.StartsWith("/connexion", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("une autre phrase de passe", "true", "Le mot de passe est incorrect.")]
    [InlineData(MaintainersFixture.Password, "false", "Cochez la case")]
    public async Task Delete_WrongPasswordOrNotConfirmed_RefusedAccountKept(string password, string confirmed, string message)
    {
        var user = await fixture.UserAsync(Role.Moderator);
        var client = await fixture.SignedInAsync(user);

        var response = await MaintainersFixture.PostFormAsync(client, "/espace/compte", ("Password", password), ("Confirmed", confirmed));

        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var scope = fixture.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<User>().AnyAsync(u => u.Id == user.Id));
    }

    [Fact]
    public async Task Delete_AccountWithoutPasswordSignedInLongAgo_MustSignInAgain()
    {
        var user = await fixture.UserAsync(Role.Moderator, password: null);
        await using (var scope = fixture.Scope())
        {
            var handler = scope.ServiceProvider.GetRequiredService<DeleteAccountHandler>();
            var error = await handler.HandleAsync(new DeleteAccountCommand(user.Id, null, Confirmed: true));
            Assert.Equal("account.sign_in_again", error?.Code);
        }

        await using (var scope = fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stored = await db.Set<User>().SingleAsync(u => u.Id == user.Id);
            stored.RecordSignIn(fixture.Time.GetUtcNow().AddMinutes(-5));
            await db.SaveChangesAsync();
        }

        await using (var scope = fixture.Scope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<DeleteAccountHandler>().HandleAsync(new DeleteAccountCommand(user.Id, null, Confirmed: true)));
            Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<User>().AnyAsync(u => u.Id == user.Id));
        }
    }

    [Fact]
    public async Task Delete_AccountThatEditedAPlace_HistoryKeptUnderPseudonym()
    {
        var user = await fixture.UserAsync(Role.Moderator);
        var placeId = await fixture.ImportPlaceAsync();
        await using (var scope = fixture.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(PlaceChange.Record(placeId, fixture.Time.GetUtcNow(), user.Id, user.Email, ChangeChannel.Form, "telephone", "+33123456789", "+33123456780"));
            await db.SaveChangesAsync();
        }

        await using (var scope = fixture.Scope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<DeleteAccountHandler>().HandleAsync(new DeleteAccountCommand(user.Id, MaintainersFixture.Password, Confirmed: true)));
        }

        await using var check = fixture.Scope();
        var change = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<PlaceChange>().AsNoTracking().SingleAsync(c => c.PlaceId == placeId && c.Field == "telephone");
        Assert.Equal((null, DeleteAccountHandler.PseudonymOf(user.Id), "+33123456780"), (change.UserId, change.ActorLabel, change.After));
    }

    [Fact]
    public void Pseudonym_SameAccount_StableAndNamesNoOne()
    {
        var id = Guid.NewGuid();

        Assert.Equal(DeleteAccountHandler.PseudonymOf(id), DeleteAccountHandler.PseudonymOf(id));
        Assert.NotEqual(DeleteAccountHandler.PseudonymOf(id), DeleteAccountHandler.PseudonymOf(Guid.NewGuid()));
        Assert.StartsWith("Compte supprimé ", DeleteAccountHandler.PseudonymOf(id), StringComparison.Ordinal);
    }

    private async Task<Guid> RequestIdAsync(string placeId)
    {
        await using var scope = fixture.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<CorrectionRequest>().Where(r => r.PlaceId == placeId).Select(r => r.Id).SingleAsync();
    }
}

public sealed class AccountDeletionSqliteTests(SqliteMaintainersFixture fixture) : AccountDeletionTests(fixture), IClassFixture<SqliteMaintainersFixture>;

public sealed class AccountDeletionPostgresTests(PostgresMaintainersFixture fixture) : AccountDeletionTests(fixture), IClassFixture<PostgresMaintainersFixture>;
