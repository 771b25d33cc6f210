using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Relais.Tests.Infrastructure;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Accounts;

/// <summary>Two app instances on one PostgreSQL, as behind a load balancer: a session opened on one works on the other.</summary>
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

    private sealed class AccountsOnPostgresFixture() : AccountsAppFixture(DatabaseProvider.Postgres, keepSignInLimit: false);
}
