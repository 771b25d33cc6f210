using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Relais.Web.Features.Accounts;

namespace Relais.Web.Features.Claims;

public enum ClaimStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>What made a claim admissible: the person's e-mail domain is the place's, or their organisation's SIRET is the place's pivot.</summary>
public enum ClaimGround
{
    EmailDomain,
    Siret,
}

/// <summary>
/// A signed-in person asks that their organisation maintain a place that came from a source. A moderator
/// approves (the place is added to the organisation) or rejects.
/// </summary>
public sealed class PlaceClaim
{
    private PlaceClaim()
    {
    }

    public Guid Id { get; private set; }

    public string PlaceId { get; private set; } = string.Empty;

    public Guid UserId { get; private set; }

    public Guid OrganisationId { get; private set; }

    public ClaimGround Ground { get; private set; }

    public string? Message { get; private set; }

    public ClaimStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The moderator who decided (set null if that account is deleted).</summary>
    public Guid? DecidedBy { get; private set; }

    public static PlaceClaim Submit(string placeId, Guid userId, Guid organisationId, ClaimGround ground, string? message, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        PlaceId = placeId,
        UserId = userId,
        OrganisationId = organisationId,
        Ground = ground,
        Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
        Status = ClaimStatus.Pending,
        CreatedAt = at,
    };

    public bool Decide(bool approve, Guid by, DateTimeOffset at)
    {
        if (Status != ClaimStatus.Pending)
        {
            return false;
        }

        Status = approve ? ClaimStatus.Approved : ClaimStatus.Rejected;
        DecidedBy = by;
        DecidedAt = at;
        return true;
    }
}

internal sealed class PlaceClaimConfiguration : IEntityTypeConfiguration<PlaceClaim>
{
    public void Configure(EntityTypeBuilder<PlaceClaim> builder)
    {
        builder.ToTable("place_claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.PlaceId).HasMaxLength(64);
        builder.Property(c => c.Ground).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Message).HasMaxLength(1_000);
        builder.HasIndex(c => new { c.Status, c.PlaceId });
        builder.HasOne<Places.Place>().WithMany().HasForeignKey(c => c.PlaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
