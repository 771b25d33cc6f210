using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.Accounts;

public enum TokenPurpose
{
    MagicLink,
    PasswordReset,
    Invitation,
}

/// <summary>
/// A single-use secret sent by e-mail (magic link, password reset, invitation). Stored as a hash, valid for a
/// short time, used once; taking it also checks the account's security stamp, so a password change voids it.
/// </summary>
public sealed class OneTimeToken
{
    private OneTimeToken()
    {
    }

    public Guid Id { get; private set; }

    public TokenPurpose Purpose { get; private set; }

    public Guid UserId { get; private set; }

    public string Hash { get; private set; } = string.Empty;

    public string SecurityStamp { get; private set; } = string.Empty;

    /// <summary>For an invitation: the organisation and role offered.</summary>
    public Guid? OrganisationId { get; private set; }

    public Role? Role { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public static TimeSpan Lifetime(TokenPurpose purpose) => purpose switch
    {
        TokenPurpose.MagicLink => TimeSpan.FromMinutes(20),
        TokenPurpose.PasswordReset => TimeSpan.FromHours(1),
        _ => TimeSpan.FromDays(7),
    };

    public static (OneTimeToken Token, string Secret) Issue(TokenPurpose purpose, User user, DateTimeOffset now, Guid? organisationId = null, Role? role = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var secret = ApiToken.Base64Url(RandomNumberGenerator.GetBytes(32));
        return (new OneTimeToken
        {
            Id = Guid.NewGuid(),
            Purpose = purpose,
            UserId = user.Id,
            Hash = ApiToken.HashOf(secret),
            SecurityStamp = user.SecurityStamp,
            OrganisationId = organisationId,
            Role = role,
            CreatedAt = now,
            ExpiresAt = now + Lifetime(purpose),
        }, secret);
    }

    public bool IsUsable(User user, DateTimeOffset now) =>
        UsedAt is null && now < ExpiresAt && string.Equals(user?.SecurityStamp, SecurityStamp, StringComparison.Ordinal);

    public void Use(DateTimeOffset now) => UsedAt = now;
}

internal sealed class OneTimeTokenConfiguration : IEntityTypeConfiguration<OneTimeToken>
{
    public void Configure(EntityTypeBuilder<OneTimeToken> builder)
    {
        builder.ToTable("one_time_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Role).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.SecurityStamp).HasMaxLength(64);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
