namespace Relais.Web.Infrastructure.Email;

/// <summary>
/// The <c>Email</c> section: an SMTP server (host, port, STARTTLS, credentials) and the sender. Without a host,
/// messages are not sent: they are kept in the outbox (when it is on) and logged, so a demo never loses one.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    /// <summary>Upgrade the connection with STARTTLS (System.Net.Mail has no implicit TLS on port 465).</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "ne-pas-repondre@relais.localhost";

    public string FromName { get; set; } = "Relais";

    /// <summary>Also keep a copy of every message in the database, readable on the outbox page (Development).</summary>
    public bool KeepOutbox { get; set; }

    /// <summary>Outbox copies hold personal data: they are deleted after this many days.</summary>
    public int OutboxRetentionDays { get; set; } = 7;

    /// <summary>Public base address used in links inside messages, e.g. https://relais.example.org.</summary>
    public string? PublicBaseUrl { get; set; }
}
