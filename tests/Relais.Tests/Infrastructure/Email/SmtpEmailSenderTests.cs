using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Relais.Tests.Infrastructure;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Email;

namespace Relais.Tests.Infrastructure.Email;

/// <summary>The SMTP sender against a real SMTP listener, and its outbox with enforced retention.</summary>
public sealed class SmtpEmailSenderTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task Send_ThroughSmtp_FrenchSubjectAndBodyArriveIntact()
    {
        await using var sink = new SmtpSink();
        await using var scope = fixture.App.Scope();
        var sender = Sender(scope, new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = sink.Port, UseStartTls = false, FromAddress = "relais@test.localhost" });

        await sender.SendAsync(new EmailMessage("lea@exemple.fr", "Votre fiche d'orientation : Médiathèque", "Bonjour Léa,\r\nÀ bientôt — l'équipe.\r\n"));
        var message = await sink.WaitForAsync("lea@exemple.fr");

        Assert.Equal("relais@test.localhost", message.From);
        Assert.Equal("Votre fiche d'orientation : Médiathèque", message.Subject);
        Assert.Contains("À bientôt — l'équipe.", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ServerUnreachable_EmailDeliveryException()
    {
        await using var scope = fixture.App.Scope();
        var sender = Sender(scope, new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = ClosedPort(), UseStartTls = false });

        await Assert.ThrowsAsync<EmailDeliveryException>(() => sender.SendAsync(new EmailMessage("a@exemple.fr", "Sujet", "Texte")));
    }

    [Fact]
    public async Task Send_NoHostWithoutOutbox_EmailDeliveryException()
    {
        await using var scope = fixture.App.Scope();
        var sender = Sender(scope, new EmailOptions { SmtpHost = "" });

        await Assert.ThrowsAsync<EmailDeliveryException>(() => sender.SendAsync(new EmailMessage("a@exemple.fr", "Sujet", "Texte")));
    }

    [Fact]
    public async Task Send_NoHostWithOutbox_KeptAndOldCopiesDeleted()
    {
        await using var scope = fixture.App.Scope();
        var db = fixture.App.Get<AppDbContext>(scope);
        var time = new FixedTimeProvider(FixedTimeProvider.Default.AddDays(-30));
        var options = new EmailOptions { SmtpHost = null, KeepOutbox = true, OutboxRetentionDays = 7 };
        var to = $"{Guid.NewGuid():N}@exemple.fr";
        await new SmtpEmailSender(options, db, time, NullLogger<SmtpEmailSender>.Instance).SendAsync(new EmailMessage(to, "Ancien", "Texte"));

        time.Now = FixedTimeProvider.Default;
        await new SmtpEmailSender(options, db, time, NullLogger<SmtpEmailSender>.Instance).SendAsync(new EmailMessage(to, "Récent", "Texte"));

        var kept = await db.Set<OutboxEmail>().AsNoTracking().Where(e => e.To == to).ToListAsync();
        var copy = Assert.Single(kept);
        Assert.Equal(("Récent", false), (copy.Subject, copy.Delivered));
    }

    private static SmtpEmailSender Sender(AsyncServiceScope scope, EmailOptions options) =>
        new(options, scope.ServiceProvider.GetRequiredService<AppDbContext>(), TimeProvider.System, NullLogger<SmtpEmailSender>.Instance);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
