using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Tests.Features.Accounts;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Freshness;
using Relais.Web.Features.History;
using Relais.Web.Features.Jobs;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Standard.Writing;

namespace Relais.Tests.Features.Freshness;

/// <summary>"Tout est toujours exact ?": reminders to a place's team, the one-click confirm link, the one-year flag.</summary>
public abstract partial class FreshnessTests(MaintainersFixture fixture)
{
    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Time.GetUtcNow(), Relais.Web.Infrastructure.ParisTime.Zone).DateTime);

    [Fact]
    public async Task Reminders_PlaceSevenMonthsOld_EachMaintainerMailedOncePerPeriod()
    {
        var (placeId, members) = await MaintainedPlaceAsync(Today.AddMonths(-7), teamSize: 2);
        var outsider = await fixture.UserAsync(Role.Mediator, (await fixture.OrganisationAsync()).Siret);

        await RemindAsync();
        await RemindAsync();

        foreach (var member in members)
        {
            var mail = Assert.Single(fixture.MailsTo(member.Email));
            Assert.Equal("Tout est toujours exact ?", mail.Subject);
            Assert.Contains("/espace/confirmer/", mail.Text, StringComparison.Ordinal);
        }

        Assert.Empty(fixture.MailsTo(outsider.Email));
        await using var scope = fixture.Scope();
        Assert.Single(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<FreshnessReminder>().Where(r => r.PlaceId == placeId).ToListAsync());
    }

    [Fact]
    public async Task Reminders_PlaceConfirmedFiveMonthsAgo_NotMailed()
    {
        var (_, members) = await MaintainedPlaceAsync(Today.AddMonths(-5), teamSize: 1);

        await RemindAsync();

        Assert.Empty(fixture.MailsTo(members[0].Email));
    }

    [Fact]
    public async Task ConfirmLink_GetThenPost_OnlyDateMajMovesToToday()
    {
        var updatedOn = Today.AddMonths(-8);
        var (placeId, members) = await MaintainedPlaceAsync(updatedOn, teamSize: 1);
        await RemindAsync();
        var link = ConfirmPath().Match(fixture.MailsTo(members[0].Email).Single().Text).Value;
        var before = await PlaceAsync(placeId);
        using var client = fixture.Client();

        var page = await client.GetStringAsync(new Uri(link, UriKind.Relative));
        Assert.Contains("Oui, tout est exact", page, StringComparison.Ordinal);
        Assert.Equal(updatedOn, (await PlaceAsync(placeId)).UpdatedOn);

        var confirmed = await MaintainersFixture.PostFormAsync(client, link);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("la fiche est confirmée", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await PlaceAsync(placeId);
        Assert.Equal(Today, after.UpdatedOn);
        Assert.Equal((before.ImportedAt, before.SourceFingerprint, before.UnpublishedAt), (after.ImportedAt, after.SourceFingerprint, after.UnpublishedAt));
        after.UpdatedOn = before.UpdatedOn;
        Assert.Equal(StandardCells.From(before), StandardCells.From(after));
        await using var scope = fixture.Scope();
        var change = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<PlaceChange>().AsNoTracking().SingleAsync(c => c.PlaceId == placeId);
        Assert.Equal(("date_maj", updatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ConfirmPlaceFreshnessHandler.ConfirmedBy), (change.Field, change.Before, change.After, change.ActorLabel));
    }

    [Fact]
    public async Task ConfirmLink_UsedOnce_SecondUseSaysNoLongerValid()
    {
        var (placeId, members) = await MaintainedPlaceAsync(Today.AddMonths(-9), teamSize: 2);
        await RemindAsync();
        var first = ConfirmPath().Match(fixture.MailsTo(members[0].Email).Single().Text).Value;
        var second = ConfirmPath().Match(fixture.MailsTo(members[1].Email).Single().Text).Value;
        using var client = fixture.Client();
        await MaintainersFixture.PostFormAsync(client, first);

        var page = await client.GetStringAsync(new Uri(second, UriKind.Relative));
        var antiforgery = (await Infrastructure.HtmlForm.HiddenFieldsAsync(client, "/connexion"))["__RequestVerificationToken"];
        var response = await client.PostAsync(new Uri(second, UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]));

        Assert.Contains("n'est plus valable", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("n'est plus valable", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(Today, (await PlaceAsync(placeId)).UpdatedOn);
    }

    [Fact]
    public async Task ConfirmLink_Tampered_Refused()
    {
        using var client = fixture.Client();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/espace/confirmer/CfDJ8-pas-un-vrai-jeton", UriKind.Relative)));

        Assert.Contains("n'est plus valable", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Job_SameDayTwiceThenNextDay_RunsOncePerDay()
    {
        await using var scope = fixture.Scope();
        var runner = scope.ServiceProvider.GetRequiredService<RunDueJobsHandler>();
        var start = fixture.Time.Now;
        try
        {
            fixture.Time.Now = new DateTimeOffset(2031, 3, 10, 9, 0, 0, TimeSpan.Zero);
            var first = await runner.HandleAsync();
            var sameDay = await runner.HandleAsync();
            fixture.Time.Now = fixture.Time.Now.AddDays(1);
            var nextDay = await runner.HandleAsync();

            Assert.Contains("freshness:2031-03-10", first);
            Assert.DoesNotContain(sameDay, r => r.StartsWith("freshness", StringComparison.Ordinal));
            Assert.Contains("freshness:2031-03-11", nextDay);
        }
        finally
        {
            fixture.Time.Now = start;
        }
    }

    [Fact]
    public async Task Espace_PlaceNotConfirmedForAYear_FlaggedForItsTeam()
    {
        var (_, members) = await MaintainedPlaceAsync(Today.AddMonths(-13), teamSize: 1);
        var moderator = await fixture.UserAsync(Role.Moderator);

        var team = WebUtility.HtmlDecode(await (await fixture.SignedInAsync(members[0])).GetStringAsync(new Uri("/espace", UriKind.Relative)));
        var moderation = WebUtility.HtmlDecode(await (await fixture.SignedInAsync(moderator)).GetStringAsync(new Uri("/espace", UriKind.Relative)));

        Assert.Contains("Non confirmée depuis plus d'un an", team, StringComparison.Ordinal);
        Assert.Contains("pas été confirmé", moderation, StringComparison.Ordinal);
    }

    private async Task RemindAsync()
    {
        await using var scope = fixture.Scope();
        await scope.ServiceProvider.GetRequiredService<SendFreshnessRemindersHandler>().HandleAsync(fixture.Time.GetUtcNow());
    }

    private async Task<(string PlaceId, List<User> Members)> MaintainedPlaceAsync(DateOnly updatedOn, int teamSize)
    {
        var placeId = await fixture.ImportPlaceAsync(c => c["date_maj"] = updatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var (_, siret) = await fixture.OrganisationAsync();
        await fixture.AddPlaceAsync(siret, placeId);
        var members = new List<User>();
        for (var i = 0; i < teamSize; i++)
        {
            members.Add(await fixture.UserAsync(i == 0 ? Role.OrganisationAdmin : Role.Mediator, siret));
        }

        return (placeId, members);
    }

    private async Task<Place> PlaceAsync(string id)
    {
        await using var scope = fixture.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Places().AsNoTracking().SingleAsync(p => p.Id == id);
    }

    [GeneratedRegex(@"/espace/confirmer/[A-Za-z0-9_-]+")]
    private static partial Regex ConfirmPath();
}

public sealed class FreshnessSqliteTests(SqliteMaintainersFixture fixture) : FreshnessTests(fixture), IClassFixture<SqliteMaintainersFixture>;

public sealed class FreshnessPostgresTests(PostgresMaintainersFixture fixture) : FreshnessTests(fixture), IClassFixture<PostgresMaintainersFixture>;
