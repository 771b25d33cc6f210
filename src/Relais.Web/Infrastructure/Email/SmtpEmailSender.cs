using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Infrastructure.Email;

/// <summary>
/// Sends through SMTP with System.Net.Mail (MailKit is not available here). One connection per message: the
/// volumes are small (orientation sheets, sign-in links, reminders) and it keeps the sender stateless.
/// </summary>
public sealed partial class SmtpEmailSender(EmailOptions options, AppDbContext db, TimeProvider time, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var delivered = false;
        if (string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            LogNoHost(logger, message.Subject);
        }
        else
        {
            await DeliverAsync(message, cancellationToken);
            delivered = true;
        }

        if (options.KeepOutbox)
        {
            await KeepCopyAsync(message, delivered, cancellationToken);
        }
        else if (!delivered)
        {
            throw new EmailDeliveryException("No SMTP host is configured (Email:SmtpHost).");
        }
    }

    private async Task DeliverAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        using var mail = new MailMessage
        {
            From = new MailAddress(options.FromAddress, options.FromName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        try
        {
            mail.To.Add(new MailAddress(message.To));
        }
        catch (FormatException exception)
        {
            throw new EmailDeliveryException($"Invalid recipient address: {message.To}", exception);
        }

        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.TextBody, Encoding.UTF8, MediaTypeNames.Text.Plain));
        if (message.HtmlBody is not null)
        {
            mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html));
        }

        using var client = new SmtpClient(options.SmtpHost, options.SmtpPort)
        {
            EnableSsl = options.UseStartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = 15_000,
        };
        if (!string.IsNullOrEmpty(options.UserName))
        {
            client.Credentials = new NetworkCredential(options.UserName, options.Password);
        }

        try
        {
            await client.SendMailAsync(mail, cancellationToken);
        }
        catch (Exception exception) when (exception is SmtpException or IOException or InvalidOperationException)
        {
            LogFailed(logger, exception, options.SmtpHost!, message.Subject);
            throw new EmailDeliveryException("The SMTP server did not accept the message.", exception);
        }
    }

    private async Task KeepCopyAsync(EmailMessage message, bool delivered, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Retention enforced on every write: copies older than the limit are gone before a new one is kept.
        var limit = now.AddDays(-Math.Max(1, options.OutboxRetentionDays));
        await db.Set<OutboxEmail>().Where(e => e.CreatedAt < limit).ExecuteDeleteAsync(cancellationToken);
        db.Add(new OutboxEmail
        {
            Id = Guid.NewGuid(),
            To = message.To,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            Delivered = delivered,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No SMTP host configured (Email:SmtpHost): message \"{Subject}\" not sent")]
    private static partial void LogNoHost(ILogger logger, string subject);

    [LoggerMessage(Level = LogLevel.Error, Message = "SMTP server {Host} refused message \"{Subject}\"")]
    private static partial void LogFailed(ILogger logger, Exception exception, string host, string subject);
}
