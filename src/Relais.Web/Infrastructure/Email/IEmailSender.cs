namespace Relais.Web.Infrastructure.Email;

public interface IEmailSender
{
    /// <summary>Sends one message; throws <see cref="EmailDeliveryException"/> when the SMTP server refuses or is unreachable.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
