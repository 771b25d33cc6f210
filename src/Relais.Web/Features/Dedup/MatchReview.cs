using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.Dedup;

/// <summary>
/// A pair of records the matcher could not decide, and the moderator's decision. Keyed by the records' stable
/// keys (<c>source:original_id</c>), so a decision survives re-runs: a rejected pair is never merged again, a
/// confirmed one stays merged.
/// </summary>
public sealed class MatchReview
{
    public const string Pending = "pending";
    public const string ConfirmedStatus = "confirmed";
    public const string Rejected = "rejected";

    private MatchReview()
    {
    }

    public int Id { get; private set; }

    /// <summary>The smaller of the two keys (ordinal order).</summary>
    public string RecordA { get; private set; } = string.Empty;

    public string RecordB { get; private set; } = string.Empty;

    public string PlaceIdA { get; private set; } = string.Empty;

    public string PlaceIdB { get; private set; } = string.Empty;

    public int Score { get; private set; }

    /// <summary>Why the matcher did not decide (e.g. "no precise point").</summary>
    public string Reason { get; private set; } = string.Empty;

    public int NameScore { get; private set; }

    public int? AddressScore { get; private set; }

    public int? DistanceMetres { get; private set; }

    public string Status { get; private set; } = Pending;

    public string MatcherVersion { get; private set; } = PlaceMatcher.Version;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public static (string A, string B) Order(string x, string y) => string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);

    public static MatchReview Create(MatchRecord x, MatchRecord y, MatchScore score, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var (a, b) = string.CompareOrdinal(x.Key, y.Key) <= 0 ? (x, y) : (y, x);
        var review = new MatchReview { RecordA = a.Key, RecordB = b.Key, PlaceIdA = a.PlaceId, PlaceIdB = b.PlaceId, CreatedAt = at };
        review.Rescore(score);
        return review;
    }

    /// <summary>A rejected pair that was never in the queue (a merge undone): remembered so that no run redoes it.</summary>
    public static MatchReview RejectedPair(string keyX, string placeX, string keyY, string placeY, DateTimeOffset at)
    {
        var ordered = string.CompareOrdinal(keyX, keyY) <= 0;
        return new MatchReview
        {
            RecordA = ordered ? keyX : keyY,
            RecordB = ordered ? keyY : keyX,
            PlaceIdA = ordered ? placeX : placeY,
            PlaceIdB = ordered ? placeY : placeX,
            Reason = "merge undone",
            Status = Rejected,
            CreatedAt = at,
            DecidedAt = at,
        };
    }

    public void Rescore(MatchScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        Score = score.Score;
        Reason = score.Reason;
        NameScore = score.NameScore;
        AddressScore = score.AddressScore;
        DistanceMetres = score.DistanceMetres;
        MatcherVersion = PlaceMatcher.Version;
    }

    public void Confirm(DateTimeOffset at)
    {
        Status = ConfirmedStatus;
        DecidedAt = at;
    }

    public void Reject(DateTimeOffset at)
    {
        Status = Rejected;
        DecidedAt = at;
    }
}

public sealed class MatchReviewConfiguration : IEntityTypeConfiguration<MatchReview>
{
    public void Configure(EntityTypeBuilder<MatchReview> builder)
    {
        builder.ToTable("match_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RecordA).HasMaxLength(301);
        builder.Property(r => r.RecordB).HasMaxLength(301);
        builder.Property(r => r.PlaceIdA).HasMaxLength(64);
        builder.Property(r => r.PlaceIdB).HasMaxLength(64);
        builder.Property(r => r.Reason).HasMaxLength(100);
        builder.Property(r => r.Status).HasMaxLength(16);
        builder.Property(r => r.MatcherVersion).HasMaxLength(32);
        builder.HasIndex(r => new { r.RecordA, r.RecordB }).IsUnique();
        builder.HasIndex(r => r.Status);
    }
}
