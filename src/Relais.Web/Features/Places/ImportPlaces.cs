using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Features.Places;

public sealed record ImportPlacesCommand(string FilePath, string SourceName);

public sealed record ImportPlacesResult(
    int Rows, int Imported, int Rejected, int Warnings, int Removed, IReadOnlyList<RowIssue> Issues, PlaceFileException? Unreadable, TimeSpan Duration = default)
{
    public int ExitCode => Unreadable is not null ? 2 : Rejected > 0 ? 1 : 0;
}

/// <summary>
/// Imports a file of the standard as one source: valid rows are written in one transaction, re-importing the
/// source updates its places and removes those that left it. A rejected row never removes the place it
/// describes (its previous version stays); an unreadable file changes nothing.
/// </summary>
public sealed class ImportPlacesHandler(AppDbContext db, CommuneDirectory communes, TimeProvider time)
{
    private const int BatchSize = 2_000;

    public async Task<ImportPlacesResult> HandleAsync(ImportPlacesCommand command, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var source = SourceNames.Normalize(command.SourceName);
        var runId = Guid.NewGuid().ToString();
        var startedAt = time.GetUtcNow();
        var issues = new List<RowIssue>();
        int rows = 0, imported = 0, warnings = 0;
        var rejectedIds = new List<string>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var writer = new PlaceBulkWriter(db);

        // Reading and validating (CPU) overlap with writing (database): batches flow through a small channel.
        var batches = Channel.CreateBounded<List<Place>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var writing = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
                    {
                        await writer.UpsertAsync(batch, cancellationToken);
                    }
                }
                catch (Exception exception)
                {
                    // Unblocks the reader, which then rethrows this exception by awaiting the writing task.
                    batches.Writer.TryComplete(exception);
                    throw;
                }
            },
            cancellationToken);
        try
        {
            PlaceFile file;
            try
            {
                file = await PlaceFile.OpenAsync(command.FilePath, cancellationToken);
                var batch = new List<Place>(BatchSize);
                var validator = new PlaceValidator(communes, time);
                await foreach (var row in file.ReadRowsAsync(cancellationToken))
                {
                    rows++;
                    var result = validator.Validate(row);
                    issues.AddRange(result.Issues.Select(i => new RowIssue(row.RowNumber, row.Id, i)));
                    var rowWarnings = result.Issues.Where(i => i.Severity == IssueSeverity.Warning).ToList();
                    warnings += rowWarnings.Count;
                    if (result.Place is null)
                    {
                        if (row.Id is { } id)
                        {
                            rejectedIds.Add(Place.IdFor(source, id));
                        }

                        continue;
                    }

                    batch.Add(Place.FromSource(source, runId, result.Place, LocationOf(result), result.HoursInterpretable, Serialize(rowWarnings), rowWarnings.Count, startedAt));
                    imported++;
                    if (batch.Count == BatchSize)
                    {
                        await batches.Writer.WriteAsync(batch, cancellationToken);
                        batch = new List<Place>(BatchSize);
                        progress?.Report(file.Progress);
                    }
                }

                await batches.Writer.WriteAsync(batch, cancellationToken);
            }
            finally
            {
                batches.Writer.TryComplete();
                await writing;
            }

            await writer.MarkSeenAsync(rejectedIds, runId, cancellationToken);

            // A file without any row is far more often a broken export than a source that closed every place.
            var removed = rows == 0 ? 0 : await writer.DeleteUnseenAsync(source, runId, cancellationToken);
            issues.InsertRange(0, file.FileIssues.Select(i => new RowIssue(0, null, i)));
            if (rows == 0)
            {
                issues.Add(new RowIssue(0, null, new ValidationIssue("fichier", "file.no_rows", IssueSeverity.Warning, "Le fichier ne contient aucune ligne : les lieux déjà importés de cette source sont gardés.")));
            }

            warnings += file.FileIssues.Count;
            db.Add(ImportRun.Record(runId, source, Path.GetFileName(command.FilePath), startedAt, time.GetUtcNow(), rows, imported, rows - imported, warnings, removed));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            progress?.Report(1);
            return new ImportPlacesResult(rows, imported, rows - imported, warnings, removed, issues, null, time.GetUtcNow() - startedAt);
        }
        catch (PlaceFileException exception)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return new ImportPlacesResult(rows, 0, rows, warnings, 0, issues, exception);
        }
    }

    private PlaceLocation LocationOf(PlaceValidationResult result)
    {
        if (result.Commune is { } commune)
        {
            return new PlaceLocation(commune.InseeCode, commune.DepartmentCode, commune.RegionCode ?? communes.RegionOfDepartment(commune.DepartmentCode));
        }

        var place = result.Place!;
        var department = FranceTerritory.DepartmentOfInseeCode(place.InseeCode) ?? FranceTerritory.DepartmentOfPostalCode(place.PostalCode);
        return new PlaceLocation(null, department, communes.RegionOfDepartment(department));
    }

    private static string? Serialize(List<ValidationIssue> warnings) =>
        warnings.Count == 0 ? null : JsonSerializer.Serialize(warnings.Select(w => new StoredIssue(w.Field, w.Code, w.Message)));
}

/// <summary>A warning as stored on a place, shown to its maintainers.</summary>
public sealed record StoredIssue(string Field, string Code, string Message);
