using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.Jobs;

/// <summary>
/// One occurrence of a scheduled job (e.g. the freshness job of 22 November), taken by one instance of the app
/// for a lease. The row is inserted atomically (<c>ON CONFLICT DO NOTHING</c>): the instance whose insert wins
/// runs the occurrence; the others see it taken. A lease that expires before completion (the owner crashed) can
/// be taken over by one atomic UPDATE. Times are Unix milliseconds, comparable in SQL on both providers.
/// </summary>
public sealed class JobLock
{
    public string JobName { get; set; } = string.Empty;

    /// <summary>Which occurrence: for a daily job, the Paris date, e.g. <c>2026-11-22</c>.</summary>
    public string Occurrence { get; set; } = string.Empty;

    /// <summary>The instance holding the lease (machine name and a per-process id).</summary>
    public string Owner { get; set; } = string.Empty;

    public long TakenAtMs { get; set; }

    public long ExpiresAtMs { get; set; }

    public long? CompletedAtMs { get; set; }
}

internal sealed class JobLockConfiguration : IEntityTypeConfiguration<JobLock>
{
    public void Configure(EntityTypeBuilder<JobLock> builder)
    {
        builder.ToTable("job_locks");
        builder.HasKey(l => new { l.JobName, l.Occurrence });
        builder.Property(l => l.JobName).HasMaxLength(100);
        builder.Property(l => l.Occurrence).HasMaxLength(50);
        builder.Property(l => l.Owner).HasMaxLength(200);
    }
}
