using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Accounts;

/// <summary>
/// The real app with a real SMTP listener and a clock the tests move, plus the data the maintainers' flows need:
/// places, organisations (with valid SIRETs) and accounts of every role. Each test makes its own.
/// </summary>
public abstract class MaintainersFixture : IAsyncLifetime
{
    public const string Password = "une phrase de passe solide";
    private static int _sequence = Random.Shared.Next(1_000_000);

    /// <param name="extra">More settings for the app (e.g. merges after imports turned on).</param>
    protected MaintainersFixture(DatabaseProvider provider, IReadOnlyDictionary<string, string>? extra = null)
    {
        Smtp = new SmtpSink();
        var settings = new Dictionary<string, string>(Smtp.Settings)
        {
            [PublicFormsRateLimit.PermitsSetting] = "1000",
            [SignInRateLimit.PermitsSetting] = "1000",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        Factory = new RelaisAppFactory(provider, settings: settings);
        App = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Time)));
    }

    public SmtpSink Smtp { get; }

    public FixedTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public RelaisAppFactory Factory { get; }

    public WebApplicationFactory<Program> App { get; }

    public AsyncServiceScope Scope() => App.Services.CreateAsyncScope();

    public HttpClient Client() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A place of a source of its own; the cells may be changed (e.g. date_maj, courriels, pivot).</summary>
    public async Task<string> ImportPlaceAsync(Action<Dictionary<string, string>>? change = null)
    {
        var source = $"t-{Guid.NewGuid():N}"[..16];
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row(change)));
        await using var scope = Scope();
        await scope.ServiceProvider.GetRequiredService<ImportPlacesHandler>().HandleAsync(new ImportPlacesCommand(file.Path, source));
        return Place.IdFor(source, "lieu-1");
    }

    /// <summary>A new organisation with a valid SIRET (its check key computed), returned with that SIRET.</summary>
    public async Task<(Organisation Organisation, string Siret)> OrganisationAsync(string name = "Médiathèque de test")
    {
        var siret = ValidSiret();
        await using var scope = Scope();
        var (organisation, error) = await scope.ServiceProvider.GetRequiredService<CreateOrganisationHandler>().HandleAsync(new CreateOrganisationCommand(name, siret, null));
        Assert.Null(error);
        return (organisation!, siret);
    }

    public async Task AddPlaceAsync(string siret, string placeId)
    {
        await using var scope = Scope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AddPlaceToOrganisationHandler>().HandleAsync(new AddPlaceToOrganisationCommand(siret, placeId)));
    }

    public async Task<User> UserAsync(Role role, string? organisation = null, IReadOnlyList<string>? territories = null, string? password = Password, string? email = null)
    {
        await using var scope = Scope();
        var (user, error) = await scope.ServiceProvider.GetRequiredService<CreateUserHandler>()
            .HandleAsync(new CreateUserCommand(email ?? $"{Guid.NewGuid():N}@exemple.fr", role, organisation, territories, password));
        Assert.Null(error);
        return user!;
    }

    /// <summary>A client signed in with the account's password (the session cookie kept by the client).</summary>
    public async Task<HttpClient> SignedInAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var client = Client();
        var response = await SignInTests.SignInAsync(client, user.Email, Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Opens a page with this client and posts one of its forms with these fields (and the page's antiforgery token).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var hidden = await HtmlForm.HiddenFieldsAsync(client, path);
        var form = hidden.Where(h => h.Key == "__RequestVerificationToken").ToDictionary(h => h.Key, h => h.Value);
        if (form.Count == 0)
        {
            // The page shows no form (nothing to act on): a token of this client from another page, as a forged post would have.
            form["__RequestVerificationToken"] = (await HtmlForm.HiddenFieldsAsync(client, "/connexion"))["__RequestVerificationToken"];
        }

        // A page handler ("Invite", "Remove") goes in the query string, as the form's action has it.
        var handler = fields.Where(f => f.Name == "handler").Select(f => f.Value).FirstOrDefault();
        var target = handler is null ? path : $"{path}?handler={handler}";
        return await client.PostAsync(new Uri(target, UriKind.Relative), HtmlForm.Fields(form, [.. fields.Where(f => f.Name != "handler")]));
    }

    public List<ReceivedEmail> MailsTo(string address) => [.. Smtp.Messages.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase))];

    public static string ValidSiret()
    {
        var digits = (Interlocked.Increment(ref _sequence) % 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture) + "000010";
        for (var check = 0; check <= 9; check++)
        {
            var candidate = digits + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Luhn(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    public async Task InitializeAsync()
    {
        using var client = App.CreateClient();
        await client.GetAsync(new Uri("/health", UriKind.Relative));
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    private static bool Luhn(string number)
    {
        var sum = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var digit = number[number.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}

public sealed class SqliteMaintainersFixture() : MaintainersFixture(DatabaseProvider.Sqlite);

public sealed class PostgresMaintainersFixture() : MaintainersFixture(DatabaseProvider.Postgres);
