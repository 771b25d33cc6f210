using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.PlaceEdits;

/// <summary>An app per provider with places imported from a test source, organisations, accounts and their sessions.</summary>
public abstract partial class PlaceEditsFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string Password = "une phrase de passe solide";

    public SmtpSink Smtp { get; } = new();

    public RelaisAppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = new RelaisAppFactory(provider, settings: new Dictionary<string, string>(Smtp.Settings)
        {
            [SignInRateLimit.PermitsSetting] = "10000",
            [PublicFormsRateLimit.PermitsSetting] = "10000",
        });
        using var client = App.CreateClient();
        await client.GetAsync(new Uri("/health", UriKind.Relative));
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    /// <summary>Imports rows (the base valid row of <see cref="StandardCsv"/>, changed) as a source of its own; returns the directory ids.</summary>
    public async Task<IReadOnlyList<string>> ImportAsync(string source, params Action<Dictionary<string, string>>[] rows)
    {
        using var file = TempFile.WithText(StandardCsv.File([.. rows.Select(StandardCsv.Row)]));
        await using var scope = App.Scope();
        var result = await App.Get<ImportPlacesHandler>(scope).HandleAsync(new ImportPlacesCommand(file.Path, source));
        Assert.Null(result.Unreadable);
        return [.. rows.Select((_, i) => Place.IdFor(source, IdOf(rows[i])))];
    }

    public static string NewSource() => $"edit-{Guid.NewGuid():N}"[..20];

    /// <summary>One place in a source of its own, maintained by a new organisation.</summary>
    public async Task<(string PlaceId, string Source, Organisation Organisation)> OwnedPlaceAsync(Action<Dictionary<string, string>>? change = null)
    {
        var source = NewSource();
        var id = (await ImportAsync(source, c => { c["id"] = "lieu"; change?.Invoke(c); }))[0];
        return (id, source, await OrganisationWithAsync(id));
    }

    public async Task<Organisation> OrganisationWithAsync(string placeId)
    {
        await using var scope = App.Scope();
        var rna = "W" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        var (organisation, error) = await App.Get<CreateOrganisationHandler>(scope).HandleAsync(new CreateOrganisationCommand($"Structure {rna}", null, rna));
        Assert.Null(error);
        Assert.Null(await App.Get<AddPlaceToOrganisationHandler>(scope).HandleAsync(new AddPlaceToOrganisationCommand(rna, placeId)));
        return organisation!;
    }

    public async Task<User> UserAsync(Role role, Organisation? organisation = null, IReadOnlyList<string>? territories = null)
    {
        await using var scope = App.Scope();
        var email = $"{Guid.NewGuid():N}@exemple.fr";
        var (user, error) = await App.Get<CreateUserHandler>(scope).HandleAsync(new CreateUserCommand(email, role, organisation?.Identifier, territories, Password, $"Personne {email[..6]}"));
        Assert.Null(error);
        return user!;
    }

    public HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client holding a session cookie of this account, signed in through the sign-in page.</summary>
    public async Task<HttpClient> SignedInAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var client = Client();
        var html = await client.GetStringAsync(new Uri("/connexion", UriKind.Relative));
        var response = await client.PostAsync(new Uri("/connexion", UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", AntiforgeryToken(html)), new("Email", user.Email), new("Password", Password)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A client sending a new personal API token of this account.</summary>
    public async Task<HttpClient> WithTokenAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var scope = App.Scope();
        var (secret, error) = await App.Get<IssueApiTokenHandler>(scope).HandleAsync(user.Email);
        Assert.Null(error);
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = App.Scope();
        return await query(App.Get<AppDbContext>(scope));
    }

    public Task<Place> PlaceAsync(string id) => QueryAsync(db => db.Places().AsNoTracking().SingleAsync(p => p.Id == id));

    public static string AntiforgeryToken(string html) => WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);

    private static string IdOf(Action<Dictionary<string, string>> change)
    {
        var cells = new Dictionary<string, string>(StandardCsv.ValidRow);
        change(cells);
        return cells["id"];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex AntiforgeryField();
}

public sealed class SqlitePlaceEditsFixture() : PlaceEditsFixture(DatabaseProvider.Sqlite);

public sealed class PostgresPlaceEditsFixture() : PlaceEditsFixture(DatabaseProvider.Postgres);
