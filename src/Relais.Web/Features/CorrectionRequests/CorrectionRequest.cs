using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.CorrectionRequests;

public enum CorrectionKind
{
    OpeningHours,
    Contact,
    Address,
    Services,
    PlaceClosed,
    Other,
}

public enum CorrectionStatus
{
    Open,
    Resolved,
    Rejected,
}

/// <summary>
/// "Signaler une erreur": what a member of the public says is wrong on a place's page. Anonymous on purpose: no
/// personal data is asked for until replies (and their retention rules) come with moderation.
/// </summary>
public sealed class CorrectionRequest
{
    public const int MaxMessageLength = 2_000;

    private CorrectionRequest()
    {
    }

    public Guid Id { get; private set; }

    public string PlaceId { get; private set; } = string.Empty;

    public CorrectionKind Kind { get; private set; }

    public string Message { get; private set; } = string.Empty;

    public CorrectionStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The account that resolved or rejected the report (set null if that account is deleted).</summary>
    public Guid? ClosedBy { get; private set; }

    /// <summary>A note for the team: what was changed, or why the report was set aside.</summary>
    public string? ClosingNote { get; private set; }

    public static CorrectionRequest Submit(string placeId, CorrectionKind kind, string message, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        PlaceId = placeId,
        Kind = kind,
        Message = message,
        Status = CorrectionStatus.Open,
        CreatedAt = at,
    };

    /// <summary>Closes an open report as resolved (the page was corrected) or rejected (nothing to change).</summary>
    public bool Close(CorrectionStatus status, Guid by, string? note, DateTimeOffset at)
    {
        if (Status != CorrectionStatus.Open || status == CorrectionStatus.Open)
        {
            return false;
        }

        Status = status;
        ClosedBy = by;
        ClosingNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ClosedAt = at;
        return true;
    }
}

public sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<CorrectionRequest> builder)
    {
        builder.ToTable("correction_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.PlaceId).HasMaxLength(64);
        builder.Property(r => r.Message).HasMaxLength(CorrectionRequest.MaxMessageLength);
        builder.Property(r => r.ClosingNote).HasMaxLength(1_000);
        builder.HasIndex(r => new { r.PlaceId, r.Status });
    }
}
