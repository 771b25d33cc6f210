using Relais.Tests.Infrastructure;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Accounts;

/// <summary>An app with a real SMTP listener, for the sign-in flows; rate limits raised unless a test class keeps them.</summary>
public class AccountsAppFixture : IAsyncLifetime
{
    public AccountsAppFixture()
        : this(DatabaseProvider.Sqlite, keepSignInLimit: false)
    {
    }

    protected AccountsAppFixture(DatabaseProvider provider, bool keepSignInLimit)
    {
        Smtp = new SmtpSink();
        var settings = new Dictionary<string, string>(Smtp.Settings) { [PublicFormsRateLimit.PermitsSetting] = "1000" };
        if (!keepSignInLimit)
        {
            settings[SignInRateLimit.PermitsSetting] = "1000";
        }

        App = new RelaisAppFactory(provider, settings: settings);
    }

    public SmtpSink Smtp { get; }

    public RelaisAppFactory App { get; }

    public async Task<User> CreateUserAsync(string? password = "une phrase de passe solide", Role role = Role.Moderator)
    {
        await using var scope = App.Scope();
        var (user, error) = await App.Get<CreateUserHandler>(scope).HandleAsync(new CreateUserCommand($"{Guid.NewGuid():N}@exemple.fr", role, Password: password));
        Assert.Null(error);
        return user!;
    }

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

/// <summary>The same with the default sign-in rate limit (10 submissions per address and 5 minutes).</summary>
public sealed class LimitedSignInFixture() : AccountsAppFixture(DatabaseProvider.Sqlite, keepSignInLimit: true);
