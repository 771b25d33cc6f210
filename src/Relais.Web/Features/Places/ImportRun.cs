using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Relais.Web.Features.Places;

/// <summary>
/// One import of a source into the directory (a file by <c>places import</c>, a declared source by
/// <c>sources run</c>), with its counts: the history of a source.
/// </summary>
public sealed class ImportRun
{
    public const string Succeeded = "succeeded";
    public const string Unchanged = "unchanged";
    public const string Failed = "failed";

    private ImportRun()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public string SourceName { get; private set; } = string.Empty;

    /// <summary>The file name, or the declared path or URL of a source.</summary>
    public string FileName { get; private set; } = string.Empty;

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset FinishedAt { get; private set; }

    /// <summary><c>succeeded</c>; <c>unchanged</c> (same bytes and declaration as the last good run: nothing done); <c>failed</c> (nothing changed).</summary>
    public string Status { get; private set; } = Succeeded;

    public int RowsRead { get; private set; }

    /// <summary>Places written: <see cref="Added"/> + <see cref="Updated"/>.</summary>
    public int Imported { get; private set; }

    public int Added { get; private set; }

    public int Updated { get; private set; }

    /// <summary>Rows identical to the last import of their place: skipped.</summary>
    public int UnchangedRows { get; private set; }

    public int Rejected { get; private set; }

    public int Warnings { get; private set; }

    public int Removed { get; private set; }

    /// <summary>SHA-256 of the fetched bytes (declared sources only).</summary>
    public string? ContentHash { get; private set; }

    /// <summary>SHA-256 of the declaration and the clean-up version (declared sources only).</summary>
    public string? DeclarationHash { get; private set; }

    /// <summary>Counts by clean-up rule, warning code and rejection code, as JSON.</summary>
    public string? Summary { get; private set; }

    public string? Error { get; private set; }

    public static ImportRun Record(string id, string sourceName, string fileName, DateTimeOffset startedAt, DateTimeOffset finishedAt, ImportCounts counts, string? summary, string? contentHash = null, string? declarationHash = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new()
        {
            Id = id,
            SourceName = sourceName,
            FileName = Truncate(fileName),
            StartedAt = startedAt,
            FinishedAt = finishedAt,
            RowsRead = counts.Rows,
            Imported = counts.Added + counts.Updated,
            Added = counts.Added,
            Updated = counts.Updated,
            UnchangedRows = counts.Unchanged,
            Rejected = counts.Rejected,
            Warnings = counts.Warnings,
            Removed = counts.Removed,
            Summary = summary,
            ContentHash = contentHash,
            DeclarationHash = declarationHash,
        };
    }

    public static ImportRun NothingToDo(string sourceName, string origin, DateTimeOffset at, string contentHash, string declarationHash) =>
        new()
        {
            Id = Guid.NewGuid().ToString(),
            SourceName = sourceName,
            FileName = Truncate(origin),
            StartedAt = at,
            FinishedAt = at,
            Status = Unchanged,
            ContentHash = contentHash,
            DeclarationHash = declarationHash,
        };

    public static ImportRun Failure(string sourceName, string origin, DateTimeOffset startedAt, DateTimeOffset finishedAt, string error) =>
        new()
        {
            Id = Guid.NewGuid().ToString(),
            SourceName = sourceName,
            FileName = Truncate(origin),
            StartedAt = startedAt,
            FinishedAt = finishedAt,
            Status = Failed,
            Error = error.Length > 2000 ? error[..2000] : error,
        };

    private static string Truncate(string text) => text.Length > 500 ? text[..500] : text;
}

/// <summary>The row counts of an import.</summary>
public sealed record ImportCounts(int Rows, int Added, int Updated, int Unchanged, int Rejected, int Warnings, int Removed);

public sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.ToTable("import_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(36);
        builder.Property(r => r.SourceName).HasMaxLength(100);
        builder.Property(r => r.FileName).HasMaxLength(500);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.Property(r => r.DeclarationHash).HasMaxLength(64);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.HasIndex(r => new { r.SourceName, r.StartedAt });
    }
}
