using Relais.Tests.Infrastructure;

namespace Relais.EndToEnd.Infrastructure;

/// <summary>A <see cref="BrowserFixture"/> whose app sends its e-mail to a real SMTP listener the journey reads.</summary>
public sealed class MailBrowserFixture : BrowserFixture
{
    public MailBrowserFixture()
        : this(new SmtpSink())
    {
    }

    private MailBrowserFixture(SmtpSink smtp)
        : base(new Dictionary<string, string>(smtp.Settings) { ["SignIn:PermitsPerWindow"] = "1000", ["PublicForms:PermitsPerWindow"] = "1000" }) => Smtp = smtp;

    public SmtpSink Smtp { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
