using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Accounts;

/// <summary>Sign-in by password, magic link and password reset, through the real pages and a real SMTP listener.</summary>
public sealed partial class SignInTests(AccountsAppFixture fixture) : IClassFixture<AccountsAppFixture>
{
    [Fact]
    public async Task Password_Correct_SessionOpensPersonalSpace()
    {
        var user = await fixture.CreateUserAsync();
        var client = Client();

        var response = await SignInAsync(client, user.Email, "une phrase de passe solide");
        var space = await client.GetStringAsync(new Uri("/espace", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/espace", response.Headers.Location!.ToString());
        Assert.Contains(user.Email, space, StringComparison.Ordinal);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("relais_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Password_WrongPasswordOrUnknownAccount_SameAnswer()
    {
        var user = await fixture.CreateUserAsync();

        var wrong = await SignInAsync(Client(), user.Email, "pas le bon mot de passe");
        var unknown = await SignInAsync(Client(), $"{Guid.NewGuid():N}@exemple.fr", "pas le bon mot de passe");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (wrong.StatusCode, unknown.StatusCode));
        Assert.Equal(ErrorText(await wrong.Content.ReadAsStringAsync()), ErrorText(await unknown.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task PersonalSpace_Anonymous_RedirectedToSignIn()
    {
        var response = await Client().GetAsync(new Uri("/espace", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/connexion?ReturnUrl=%2Fespace", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MagicLink_RequestedThenUsed_SignedInOnceOnly()
    {
        var user = await fixture.CreateUserAsync(password: null);
        var client = Client();
        var form = await HtmlForm.HiddenFieldsAsync(client, "/connexion/lien");

        var answer = await client.PostAsync(new Uri("/connexion/lien", UriKind.Relative), HtmlForm.Fields(form, ("Email", user.Email.ToUpperInvariant())));
        var mail = await fixture.Smtp.WaitForAsync(user.Email);
        var link = new Uri(LinkIn(mail.Text)).PathAndQuery;
        var shown = await client.GetStringAsync(new Uri(link, UriKind.Relative));
        var linkForm = await HtmlForm.HiddenFieldsAsync(client, link);
        var first = await client.PostAsync(new Uri(link, UriKind.Relative), HtmlForm.Fields(linkForm));
        var again = Client();
        var second = await again.PostAsync(new Uri(link, UriKind.Relative), HtmlForm.Fields(await HtmlForm.HiddenFieldsAsync(again, link)));

        Assert.Contains("Si un compte existe", WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("Votre lien de connexion à Relais", mail.Subject);
        Assert.Contains("Se connecter", shown, StringComparison.Ordinal);
        Assert.Equal("/espace", first.Headers.Location?.ToString());
        Assert.Contains("n'est plus valable", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MagicLink_UnknownAddress_SameAnswerAndNoMessage()
    {
        var email = $"{Guid.NewGuid():N}@exemple.fr";
        var (client, form) = await HtmlForm.OpenAsync(fixture.App, "/connexion/lien");

        var answer = await client.PostAsync(new Uri("/connexion/lien", UriKind.Relative), HtmlForm.Fields(form, ("Email", email)));
        await Task.Delay(300);

        Assert.Contains("Si un compte existe", WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Smtp.Messages, m => m.To.Contains(email));
    }

    [Fact]
    public async Task PasswordReset_NewPassword_OtherSessionsEndedAndNewPasswordWorks()
    {
        var user = await fixture.CreateUserAsync();
        var oldSession = Client();
        await SignInAsync(oldSession, user.Email, "une phrase de passe solide");
        var (client, form) = await HtmlForm.OpenAsync(fixture.App, "/mot-de-passe/oubli");

        await client.PostAsync(new Uri("/mot-de-passe/oubli", UriKind.Relative), HtmlForm.Fields(form, ("Email", user.Email)));
        var link = new Uri(LinkIn((await fixture.Smtp.WaitForAsync(user.Email)).Text)).PathAndQuery;
        var resetForm = await HtmlForm.HiddenFieldsAsync(client, link);
        var tooShort = await client.PostAsync(new Uri(link, UriKind.Relative), HtmlForm.Fields(resetForm, ("Password", "court"), ("Confirmation", "court")));
        var reset = await client.PostAsync(new Uri(link, UriKind.Relative), HtmlForm.Fields(resetForm, ("Password", "un tout nouveau mot de passe"), ("Confirmation", "un tout nouveau mot de passe")));

        Assert.Contains("au moins 12 caractères", WebUtility.HtmlDecode(await tooShort.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("/espace", reset.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await oldSession.GetAsync(new Uri("/espace", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(Client(), user.Email, "un tout nouveau mot de passe")).StatusCode);
    }

    [Fact]
    public async Task SignOut_Post_SessionEnded()
    {
        var user = await fixture.CreateUserAsync();
        var client = Client();
        await SignInAsync(client, user.Email, "une phrase de passe solide");
        var space = await client.GetStringAsync(new Uri("/espace", UriKind.Relative));
        var token = AntiforgeryField().Match(space).Groups[1].Value;

        await client.PostAsync(new Uri("/deconnexion", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token))]));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/espace", UriKind.Relative))).StatusCode);
        await using var scope = fixture.App.Scope();
        Assert.NotNull((await fixture.App.Get<AppDbContext>(scope).Set<User>().SingleAsync(u => u.Id == user.Id)).LastSignInAt);
    }

    internal static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var html = await client.GetStringAsync(new Uri("/connexion", UriKind.Relative));
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);
        return await client.PostAsync(new Uri("/connexion", UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Email", email), new("Password", password)]));
    }

    internal static string ErrorText(string html) => WebUtility.HtmlDecode(ErrorBlock().Match(html).Value);

    private static string LinkIn(string text) => Link().Match(text).Value;

    private HttpClient Client() => fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<div class=\"notice notice-error\" role=\"alert\">.*?</div>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorBlock();

    [GeneratedRegex(@"http://\S+/(connexion/lien|mot-de-passe/nouveau)/\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
