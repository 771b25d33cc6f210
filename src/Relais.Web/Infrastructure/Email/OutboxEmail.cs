using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Infrastructure.Email;

/// <summary>A copy of a sent (or, without SMTP host, unsent) message, for developers and demos.</summary>
public sealed class OutboxEmail
{
    public Guid Id { get; set; }

    public string To { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string TextBody { get; set; } = string.Empty;

    public string? HtmlBody { get; set; }

    public bool Delivered { get; set; }

    /// <summary>UTC. A DateTime, not a DateTimeOffset: SQLite can compare and sort it, and retention deletes by it.</summary>
    public DateTime CreatedAt { get; set; }
}

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("outbox_emails");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.To).HasMaxLength(320);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.HasIndex(e => e.CreatedAt);
    }
}
