using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.Accounts;

/// <summary>
/// A personal API token (<c>Authorization: Bearer rel_…</c>). Only its SHA-256 is stored: the token is shown
/// once, when it is made. Tokens are long random strings, so a plain hash is enough (no password hashing).
/// </summary>
public sealed class ApiToken
{
    public const string Prefix = "rel_";

    private ApiToken()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Hash { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public static (ApiToken Token, string Secret) Issue(Guid userId, DateTimeOffset now)
    {
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        return (new ApiToken { Id = Guid.NewGuid(), UserId = userId, Hash = HashOf(secret), CreatedAt = now }, secret);
    }

    public static string HashOf(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("api_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
