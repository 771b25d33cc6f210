using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Freshness;
using Relais.Web.Features.Jobs;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Accounts;

/// <summary>
/// Two app instances on one PostgreSQL, as behind a load balancer: a session opened on one works on the other, and a
/// job scheduled on both runs once.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly AccountsOnPostgresFixture _first = new();
    private RelaisAppFactory? _second;

    [Fact]
    public async Task SessionCookie_IssuedByOneInstance_AcceptedByTheOther()
    {
        var user = await _first.CreateUserAsync();
        var onFirst = _first.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await SignInTests.SignInAsync(onFirst, user.Email, "une phrase de passe solide");
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("relais_session=", StringComparison.Ordinal)).Split(';')[0];

        var onSecond = _second!.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/espace", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        var response = await onSecond.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(user.Email, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = _second.Scope();
        Assert.NotEmpty(_second.Get<AppDbContext>(scope).Set<DataProtectionKey>().ToList());
    }

    [Fact]
    public async Task ScheduledJob_RunningOnTwoInstances_RunsOncePerOccurrence()
    {
        var (member, placeId) = await MaintainedStalePlaceAsync();
        var withJobs = new Dictionary<string, string>(_first.Smtp.Settings) { ["Jobs:Enabled"] = "true", ["Jobs:PollSeconds"] = "1" };
        await using var a = _first.App.SecondInstance(withJobs);
        await using var b = _first.App.SecondInstance(withJobs);

        // Both start together and tick every second: both see today's freshness occurrence due.
        await Task.WhenAll(Task.Run(() => a.CreateClient().Dispose()), Task.Run(() => b.CreateClient().Dispose()));
        await _first.Smtp.WaitForAsync(member.Email);
        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.Single(_first.Smtp.Messages, m => m.To.Contains(member.Email) && m.Subject == SendFreshnessRemindersHandler.Subject);
        await using var scope = _first.App.Scope();
        var db = _first.App.Get<AppDbContext>(scope);
        var run = Assert.Single(await db.Set<JobLock>().Where(l => l.JobName == "freshness").ToListAsync());
        Assert.NotNull(run.CompletedAtMs);
        Assert.Single(await db.Set<FreshnessReminder>().Where(r => r.PlaceId == placeId).ToListAsync());
    }

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = _first.App.SecondInstance();
        using var client = _second.CreateClient();
        await client.GetAsync(new Uri("/health", UriKind.Relative));
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        await _first.DisposeAsync();
    }

    private async Task<(User Member, string PlaceId)> MaintainedStalePlaceAsync()
    {
        var siret = MaintainersFixture.ValidSiret();
        var source = $"two-{Guid.NewGuid():N}"[..16];
        var stale = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row(c => c["date_maj"] = stale)));
        await using var scope = _first.App.Scope();
        await _first.App.Get<ImportPlacesHandler>(scope).HandleAsync(new ImportPlacesCommand(file.Path, source));
        var placeId = Place.IdFor(source, "lieu-1");
        Assert.Null((await _first.App.Get<CreateOrganisationHandler>(scope).HandleAsync(new CreateOrganisationCommand("Structure à deux instances", siret, null))).Error);
        Assert.Null(await _first.App.Get<AddPlaceToOrganisationHandler>(scope).HandleAsync(new AddPlaceToOrganisationCommand(siret, placeId)));
        var (member, error) = await _first.App.Get<CreateUserHandler>(scope).HandleAsync(new CreateUserCommand($"{Guid.NewGuid():N}@exemple.fr", Role.Mediator, siret));
        Assert.Null(error);
        return (member!, placeId);
    }

    private sealed class AccountsOnPostgresFixture() : AccountsAppFixture(DatabaseProvider.Postgres, keepSignInLimit: false);
}
