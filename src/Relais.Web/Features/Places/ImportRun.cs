using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.Places;

/// <summary>One import of a file into the directory, with its counts: the history of a source.</summary>
public sealed class ImportRun
{
    private ImportRun()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public string SourceName { get; private set; } = string.Empty;

    public string FileName { get; private set; } = string.Empty;

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset FinishedAt { get; private set; }

    public int RowsRead { get; private set; }

    public int Imported { get; private set; }

    public int Rejected { get; private set; }

    public int Warnings { get; private set; }

    public int Removed { get; private set; }

    public static ImportRun Record(string id, string sourceName, string fileName, DateTimeOffset startedAt, DateTimeOffset finishedAt, int rowsRead, int imported, int rejected, int warnings, int removed) =>
        new()
        {
            Id = id,
            SourceName = sourceName,
            FileName = fileName,
            StartedAt = startedAt,
            FinishedAt = finishedAt,
            RowsRead = rowsRead,
            Imported = imported,
            Rejected = rejected,
            Warnings = warnings,
            Removed = removed,
        };
}

public sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.ToTable("import_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(36);
        builder.Property(r => r.SourceName).HasMaxLength(100);
        builder.Property(r => r.FileName).HasMaxLength(500);
        builder.HasIndex(r => new { r.SourceName, r.StartedAt });
    }
}
