using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.Freshness;

/// <summary>
/// "Tout est toujours exact ?" sent for a place: one per period, a period being the place's <c>date_maj</c> at the
/// time (a confirmation moves <c>date_maj</c> and so opens a new period).
/// </summary>
public sealed class FreshnessReminder
{
    public Guid Id { get; set; }

    public string PlaceId { get; set; } = string.Empty;

    /// <summary>The place's <c>date_maj</c> when the reminder was sent.</summary>
    public DateOnly PeriodUpdatedOn { get; set; }

    public DateTimeOffset SentAt { get; set; }

    /// <summary>How many maintainers were written to.</summary>
    public int Recipients { get; set; }
}

internal sealed class FreshnessReminderConfiguration : IEntityTypeConfiguration<FreshnessReminder>
{
    public void Configure(EntityTypeBuilder<FreshnessReminder> builder)
    {
        builder.ToTable("freshness_reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.PlaceId).HasMaxLength(64);
        builder.HasIndex(r => new { r.PlaceId, r.PeriodUpdatedOn }).IsUnique();
        builder.HasOne<Places.Place>().WithMany().HasForeignKey(r => r.PlaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
