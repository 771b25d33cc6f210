using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.Accounts;

/// <summary>
/// A person who signs in. Only what is needed: an e-mail address, a display name, a password hash when they
/// chose a password (magic links need none), the account-wide role and territories, and the lockout counters.
/// </summary>
public sealed class User
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private User()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Lower-case, trimmed: the sign-in identifier.</summary>
    public string Email { get; private set; } = string.Empty;

    public string? DisplayName { get; private set; }

    public string? PasswordHash { get; private set; }

    /// <summary>TerritoryCoordinator, Moderator or Admin; null for members of organisations only.</summary>
    public Role? AccountRole { get; private set; }

    /// <summary>Département codes ("26", "2A") and région codes prefixed with R ("R84"), joined by |.</summary>
    public string? Territories { get; private set; }

    /// <summary>Changes when the password changes or the account is locked: older sessions and links stop working.</summary>
    public string SecurityStamp { get; private set; } = string.Empty;

    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    public List<Membership> Memberships { get; private set; } = [];

    public static string NormalizeEmail(string email) => (email ?? string.Empty).Trim().ToLowerInvariant();

    public static User Create(string email, Role? accountRole, IReadOnlyList<string> territories, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Email = NormalizeEmail(email),
        AccountRole = accountRole,
        Territories = territories.Count == 0 ? null : string.Join('|', territories),
        SecurityStamp = NewStamp(),
        CreatedAt = now,
    };

    public IReadOnlyList<string> TerritoryCodes => (Territories ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries);

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public void SetPasswordHash(string hash)
    {
        PasswordHash = hash;
        SecurityStamp = NewStamp();
    }

    public void SetDisplayName(string? name) => DisplayName = string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    /// <summary>Counts a failed password; the fifth in a row locks the account. Returns true when this failure locked it.</summary>
    public bool RecordFailedSignIn(DateTimeOffset now)
    {
        FailedSignIns++;
        if (FailedSignIns < MaxFailedSignIns || IsLockedOut(now))
        {
            return false;
        }

        LockedUntil = now + LockoutDuration;
        FailedSignIns = 0;
        return true;
    }

    public void RecordSignIn(DateTimeOffset now)
    {
        FailedSignIns = 0;
        LockedUntil = null;
        LastSignInAt = now;
    }

    private static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.HasIndex(u => u.Email).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.Property(u => u.AccountRole).HasConversion<string>().HasMaxLength(30);
        builder.Property(u => u.Territories).HasMaxLength(500);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.HasMany(u => u.Memberships).WithOne().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(u => u.TerritoryCodes);
    }
}
