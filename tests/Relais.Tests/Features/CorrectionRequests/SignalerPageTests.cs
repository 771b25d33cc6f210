using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.CorrectionRequests;

/// <summary>"Signaler une erreur" through the real page: antiforgery token, honeypot, time stamp.</summary>
public class SignalerPageTests(SignalerPageTests.UnlimitedFormsFixture fixture) : IClassFixture<SignalerPageTests.UnlimitedFormsFixture>
{
    private readonly string _placeId = SignalerForm.ImportPlace(fixture.App);

    [Fact]
    public async Task Submit_CompleteForm_StoredAndThanked()
    {
        var (client, form) = await SignalerForm.OpenAsync(fixture.App, _placeId);
        await Task.Delay(TimeSpan.FromSeconds(3.1));

        var response = await client.PostAsync(new Uri($"/lieux/{_placeId}/signaler", UriKind.Relative), SignalerForm.Fields(form, ("Kind", "OpeningHours"), ("Message", "Fermé le lundi depuis septembre.")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/signaler/merci", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var request = Assert.Single(await RequestsAsync());
        Assert.Equal((CorrectionKind.OpeningHours, "Fermé le lundi depuis septembre."), (request.Kind, request.Message));
    }

    [Fact]
    public async Task Submit_MissingKindAndMessage_FrenchErrorsNothingStored()
    {
        var (client, form) = await SignalerForm.OpenAsync(fixture.App, _placeId);

        var response = await client.PostAsync(new Uri($"/lieux/{_placeId}/signaler", UriKind.Relative), SignalerForm.Fields(form));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choisissez ce qui est faux.", html, StringComparison.Ordinal);
        Assert.Contains("Décrivez l'erreur", html, StringComparison.Ordinal);
        Assert.Empty(await RequestsAsync());
    }

    [Theory]
    [InlineData(true, 3.1)]
    [InlineData(false, 0)]
    public async Task Submit_RobotSigns_ThankedButNothingStored(bool honeypotFilled, double secondsWaited)
    {
        var (client, form) = await SignalerForm.OpenAsync(fixture.App, _placeId);
        await Task.Delay(TimeSpan.FromSeconds(secondsWaited));

        var fields = honeypotFilled
            ? SignalerForm.Fields(form, ("Kind", "Other"), ("Message", "Achetez nos produits !"), ("Website", "https://spam.example"))
            : SignalerForm.Fields(form, ("Kind", "Other"), ("Message", "Achetez nos produits !"));
        var response = await client.PostAsync(new Uri($"/lieux/{_placeId}/signaler", UriKind.Relative), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await RequestsAsync());
    }

    [Fact]
    public async Task Submit_WithoutAntiforgeryToken_Refused()
    {
        using var client = fixture.App.CreateClient();
        var response = await client.PostAsync(new Uri($"/lieux/{_placeId}/signaler", UriKind.Relative), new FormUrlEncodedContent([new("Kind", "Other"), new("Message", "Sans jeton")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<List<CorrectionRequest>> RequestsAsync()
    {
        using var scope = fixture.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<CorrectionRequest>().Where(r => r.PlaceId == _placeId).ToListAsync();
    }

    /// <summary>Its own app, so that these submissions do not meet the rate limit.</summary>
    public sealed class UnlimitedFormsFixture() : AppFixture(DatabaseProvider.Sqlite, new Dictionary<string, string> { [PublicFormsRateLimit.PermitsSetting] = "1000" });
}

/// <summary>The public-forms rate limit, on an app of its own with the default limit (5 per 10 minutes).</summary>
public class SignalerRateLimitTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task Submit_TooManyFromOneAddress_429WithRetryAfter()
    {
        var placeId = SignalerForm.ImportPlace(fixture.App);
        var (client, form) = await SignalerForm.OpenAsync(fixture.App, placeId);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            var response = await client.PostAsync(new Uri($"/lieux/{placeId}/signaler", UriKind.Relative), SignalerForm.Fields(form));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal(5, statuses.Count(s => s != HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
