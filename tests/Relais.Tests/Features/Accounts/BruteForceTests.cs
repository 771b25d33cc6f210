using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Accounts;

/// <summary>500 password guesses from one address: throttled, the account locked, its owner told once, nothing revealed.</summary>
public sealed class BruteForceTests(LimitedSignInFixture fixture) : IClassFixture<LimitedSignInFixture>
{
    [Fact]
    public async Task SignIn_500WrongPasswords_ThrottledLockedOwnerNotifiedOnce()
    {
        var user = await fixture.CreateUserAsync();
        var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        var messages = new HashSet<string>(StringComparer.Ordinal);

        for (var attempt = 0; attempt < 500; attempt++)
        {
            var response = await SignInTests.SignInAsync(client, user.Email, $"essai numéro {attempt}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 says when to come back");
            }
            else
            {
                messages.Add(SignInTests.ErrorText(await response.Content.ReadAsStringAsync()));
            }
        }

        await Task.Delay(500);
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(490, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Single(messages);
        await using var scope = fixture.App.Scope();
        var stored = await fixture.App.Get<AppDbContext>(scope).Set<User>().SingleAsync(u => u.Id == user.Id);
        Assert.True(stored.IsLockedOut(DateTimeOffset.UtcNow), "the account is locked");
        var notice = Assert.Single(fixture.Smtp.Messages, m => m.To.Contains(user.Email));
        Assert.Equal("Votre compte Relais a été bloqué pour 15 minutes", notice.Subject);
    }
}
