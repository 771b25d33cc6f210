using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Email;

namespace Relais.Tests.Features.Orientation;

/// <summary>The orientation journey through the real pages, on the demo data, with a real SMTP listener.</summary>
public sealed class OrientationJourneyTests(OrientationJourneyTests.OrientationFixture fixture) : IClassFixture<OrientationJourneyTests.OrientationFixture>
{
    private const string Need = "services=Aide%20aux%20d%C3%A9marches%20administratives";

    [Fact]
    public async Task Need_NoneChecked_FrenchErrorOnTheStep()
    {
        var response = await GetAsync("/orientation?continuer=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cochez au moins un besoin", await HtmlAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Need_Checked_NextStepWithTheAnswerInTheUrl()
    {
        var response = await GetAsync($"/orientation?{Need}&continuer=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/orientation/lieu?{Need}&rayon=10", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("Valence", "commune-26362")]
    [InlineData("Ville-qui-n-existe-pas", "Aucune commune ne s&#x27;appelle")]
    public async Task Place_AmbiguousOrUnknown_ChoicesOrError(string where, string expected)
    {
        var response = await GetAsync($"/orientation/lieu?{Need}&ou={where}&rayon=20&continuer=1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Place_ChosenCommune_AccessibilityStepWithInseeCode()
    {
        var response = await GetAsync($"/orientation/lieu?{Need}&ou=Valence&commune=26362&rayon=20&continuer=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/orientation/accessibilite?", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("commune=26362", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_FromResults_BackToResultsNotNextStep()
    {
        var response = await GetAsync($"/orientation/accessibilite?{Need}&commune=26362&ou=Valence&rayon=20&prise_en_charge_specifique=Surdit%C3%A9&retour=resultats&continuer=1");

        Assert.StartsWith("/orientation/resultats?", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("prise_en_charge_specifique=Surdit%C3%A9", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_AllAnswers_SameListAsTheApiWithChangeLinksAndSheets()
    {
        var api = await GetAsync($"/api/v1/places?{Need}&commune=26362&rayon=20&disponibilites=mardi_matin");
        var total = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32();

        var html = await HtmlAsync(await GetAsync($"/orientation/resultats?{Need}&ou=Valence&commune=26362&rayon=20&disponibilites=mardi_matin"));

        Assert.True(total > 1, "the demo data has places for this search");
        Assert.Contains($"{total} lieux correspondent", html, StringComparison.Ordinal);
        Assert.Contains("Mardi matin", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("retour=resultats").Length - 1);
        Assert.Contains("/orientation/fiche/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_WithoutNeed_BackToStepOne()
    {
        var response = await GetAsync("/orientation/resultats?commune=26362");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/orientation?", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sheet_Update_ShowsWhatWasTypedAndStoresNothing()
    {
        var placeId = await PlaceIdAsync();
        var (client, form) = await HtmlForm.OpenAsync(fixture.App, $"/orientation/fiche/{placeId}?{Need}&commune=26362");

        var response = await client.PostAsync(new Uri($"/orientation/fiche/{placeId}?{Need}&commune=26362", UriKind.Relative), HtmlForm.Fields(form,
            ("Sheet.BeneficiaryFirstName", "Léa"), ("Sheet.BeneficiaryLastName", "Martin"), ("Sheet.Notes", "Vient pour sa déclaration de revenus."),
            ("Sheet.ReferrerFirstName", "Karim"), ("Sheet.ReferrerStructure", "CCAS de Valence")));
        var html = await HtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Léa Martin", html, StringComparison.Ordinal);
        Assert.Contains("Karim, CCAS de Valence", html, StringComparison.Ordinal);
        Assert.Contains("Vient pour sa déclaration de revenus.", html, StringComparison.Ordinal);
        await using var scope = fixture.App.Scope();
        Assert.Equal(0, await fixture.App.Get<AppDbContext>(scope).Set<OutboxEmail>().CountAsync());
    }

    [Fact]
    public async Task Sheet_NotesTooLong_FrenchError()
    {
        var placeId = await PlaceIdAsync();
        var (client, form) = await HtmlForm.OpenAsync(fixture.App, $"/orientation/fiche/{placeId}");

        var response = await client.PostAsync(new Uri($"/orientation/fiche/{placeId}", UriKind.Relative), HtmlForm.Fields(form, ("Sheet.Notes", new string('a', 801))));

        Assert.Contains("Les notes fait 801 caractères : 800 au plus.", await HtmlAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ValidAddress_PersonReceivesTheSheetBySmtp()
    {
        var placeId = await PlaceIdAsync();
        var (client, form) = await HtmlForm.OpenAsync(fixture.App, $"/orientation/fiche/{placeId}");
        await Task.Delay(TimeSpan.FromSeconds(3.1));
        var to = $"lea.{Guid.NewGuid():N}@exemple.fr";

        var response = await client.PostAsync(new Uri($"/orientation/fiche/{placeId}/envoyer", UriKind.Relative), HtmlForm.Fields(form,
            ("Sheet.BeneficiaryFirstName", "Léa"), ("Sheet.Notes", "Apporter son avis d'imposition."), ("Sheet.ReferrerStructure", "CCAS de Valence"), ("Sheet.Email", to)));
        var message = await fixture.Smtp.WaitForAsync(to);

        Assert.Contains($"La fiche a été envoyée à {to}", await HtmlAsync(response), StringComparison.Ordinal);
        Assert.StartsWith("Votre fiche d'orientation : ", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Bonjour Léa,", message.Text, StringComparison.Ordinal);
        Assert.Contains("CCAS de Valence vous conseille ce lieu", message.Text, StringComparison.Ordinal);
        Assert.Contains("Apporter son avis d'imposition.", message.Text, StringComparison.Ordinal);
        Assert.Contains($"/lieux/{placeId}", message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Indiquez l'adresse électronique")]
    [InlineData("lea@exemple", "n'est pas valide")]
    public async Task Send_MissingOrInvalidAddress_FrenchErrorNothingSent(string email, string expected)
    {
        var placeId = await PlaceIdAsync();
        var (client, form) = await HtmlForm.OpenAsync(fixture.App, $"/orientation/fiche/{placeId}");
        var before = fixture.Smtp.Messages.Count;

        var response = await client.PostAsync(new Uri($"/orientation/fiche/{placeId}/envoyer", UriKind.Relative), HtmlForm.Fields(form, ("Sheet.Email", email)));

        Assert.Contains(expected, await HtmlAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, fixture.Smtp.Messages.Count);
    }

    [Fact]
    public async Task Send_SentWithinSeconds_LooksSentButNothingLeaves()
    {
        var placeId = await PlaceIdAsync();
        var (client, form) = await HtmlForm.OpenAsync(fixture.App, $"/orientation/fiche/{placeId}");
        var to = $"robot.{Guid.NewGuid():N}@exemple.fr";

        var response = await client.PostAsync(new Uri($"/orientation/fiche/{placeId}/envoyer", UriKind.Relative), HtmlForm.Fields(form, ("Sheet.Email", to)));
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(fixture.Smtp.Messages, m => m.To.Contains(to));
    }

    private async Task<string> PlaceIdAsync()
    {
        var response = await GetAsync($"/api/v1/places?{Need}&commune=26362&page_size=1");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var client = fixture.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return await client.GetAsync(new Uri(path, UriKind.Relative));
    }

    private static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>Demo data, a real SMTP listener, no outbox copies, and no rate limit in the way.</summary>
    public sealed class OrientationFixture : IAsyncLifetime
    {
        public OrientationFixture()
        {
            Smtp = new SmtpSink();
            App = new RelaisAppFactory(DatabaseProvider.Sqlite, demoData: true, new Dictionary<string, string>(Smtp.Settings) { [PublicFormsRateLimit.PermitsSetting] = "1000" });
        }

        public SmtpSink Smtp { get; }

        public RelaisAppFactory App { get; }

        public async Task InitializeAsync()
        {
            using var client = App.CreateClient();
            await client.GetAsync(new Uri("/health", UriKind.Relative));
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }
}
