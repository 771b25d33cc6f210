using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Sources.Cleanup;
using Relais.Web.Infrastructure;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Features.Places;

public sealed record ImportPlacesCommand(string FilePath, string SourceName);

/// <summary>
/// What an import reads and records, for a file (<c>places import</c>) and a declared source (<c>sources run</c>)
/// alike. <paramref name="Open"/> may throw <see cref="PlaceFileException"/>; the hashes identify a source's data.
/// </summary>
public sealed record PlaceImportRequest(string SourceName, string Origin, Func<CancellationToken, Task<IPlaceRows>> Open, string? ContentHash = null, string? DeclarationHash = null);

public sealed record ImportPlacesResult(
    int Rows, int Imported, int Rejected, int Warnings, int Removed, IReadOnlyList<RowIssue> Issues, PlaceFileException? Unreadable, TimeSpan Duration = default)
{
    public int ExitCode => Unreadable is not null ? 2 : Rejected > 0 ? 1 : 0;

    public string? RunId { get; init; }

    public int Added { get; init; }

    public int Updated { get; init; }

    public int Unchanged { get; init; }

    public ImportTally Tally { get; init; } = new();

    /// <summary>The seam for deduplication: ids of the places this run added or changed, and of those it removed.</summary>
    public ImportedPlaces? Changes { get; init; }

    /// <summary>Lines of the steps run after the import (label, summary); empty while no such step exists.</summary>
    public IReadOnlyList<(string Label, string Summary)> AfterImport { get; init; } = [];
}

/// <summary>
/// Imports rows as one source, in one transaction: each row is fingerprinted (an identical row is skipped),
/// cleaned up, validated; valid rows are upserted, places that left the source removed, the run recorded.
/// A rejected row never removes the place it describes (its previous version stays); an unreadable input,
/// or any failure, changes nothing. Inside an open <see cref="ImportBatch"/>, the import runs in a savepoint of the
/// batch's transaction and leaves the steps after it (the merge) to the end of the batch.
/// </summary>
public sealed class ImportPlacesHandler(AppDbContext db, CommuneDirectory communes, TimeProvider time, IEnumerable<IAfterImportStep> afterImportSteps, ImportBatch batch)
{
    private const int BatchSize = 2_000;
    private const string BatchSavepoint = "relais_import";
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public Task<ImportPlacesResult> HandleAsync(ImportPlacesCommand command, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var request = new PlaceImportRequest(SourceNames.Normalize(command.SourceName), Path.GetFileName(command.FilePath), async ct => await PlaceFile.OpenAsync(command.FilePath, ct));
        return ImportAsync(request, progress, cancellationToken);
    }

    public async Task<ImportPlacesResult> ImportAsync(PlaceImportRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var source = request.SourceName;
        var runId = Guid.NewGuid().ToString();
        var startedAt = time.GetUtcNow();
        var issues = new List<RowIssue>();
        var tally = new ImportTally();
        int rows = 0, added = 0, updated = 0, unchanged = 0, warnings = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<string>();
        var addedPlaces = new Dictionary<string, Place>(StringComparer.Ordinal);

        var inBatch = batch.IsOpen;
        await using var transaction = inBatch ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        if (inBatch)
        {
            await db.Database.CurrentTransaction!.CreateSavepointAsync(BatchSavepoint, cancellationToken);
        }

        var existing = await db.Places().Where(p => p.SourceName == source)
            .Select(p => new { p.SourceRecordId, p.SourceFingerprint }).ToDictionaryAsync(p => p.SourceRecordId, p => p.SourceFingerprint, StringComparer.Ordinal, cancellationToken);
        await using var writer = new PlaceBulkWriter(db);
        var edits = new PlaceEdits.SourceRunChanges(db, communes, time, source, runId, startedAt);

        // Reading, cleaning and validating (CPU) overlap with writing (database): batches flow through a small channel.
        var batches = Channel.CreateBounded<List<Place>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var writing = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
                    {
                        var written = await edits.PrepareAsync(batch, p => existing.ContainsKey(p.SourceRecordId), cancellationToken);
                        await writer.UpsertAsync(written, cancellationToken);
                        foreach (var place in written.Where(p => !existing.ContainsKey(p.SourceRecordId)))
                        {
                            addedPlaces[place.Id] = place;
                        }
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
            IPlaceRows file;
            try
            {
                file = await request.Open(cancellationToken);
                var batch = new List<Place>(BatchSize);
                var validator = new PlaceValidator(communes, time);
                var cleanup = new RowCleanup(communes, ParisTime.Today(time));
                await foreach (var row in file.ReadRowsAsync(cancellationToken))
                {
                    rows++;
                    var recordId = row.Id;
                    var fingerprint = RowFingerprint.Of(row);
                    if (recordId is not null && seen.Add(recordId) && existing.TryGetValue(recordId, out var previous) && previous == fingerprint && validator.Remember(recordId))
                    {
                        unchanged++;
                        continue;
                    }

                    var log = cleanup.Clean(row);
                    var result = validator.Validate(row);
                    issues.AddRange(result.Issues.Select(i => new RowIssue(row.RowNumber, row.Id, i)));
                    tally.Count(result.Issues);
                    var rowWarnings = result.Issues.Where(i => i.Severity == IssueSeverity.Warning).ToList();
                    warnings += rowWarnings.Count;
                    if (result.Place is null)
                    {
                        continue;
                    }

                    tally.Count(log.Changes);
                    var facts = new SourceRowFacts(fingerprint, log.Changes.Count == 0 ? null : JsonSerializer.Serialize(log.Changes, Json), log.LocationApproximate);
                    var place = Place.FromSource(source, runId, result.Place, LocationOf(result), result.HoursInterpretable, Serialize(rowWarnings), rowWarnings.Count, startedAt, facts);
                    if (existing.ContainsKey(place.SourceRecordId))
                    {
                        updated++;
                    }
                    else
                    {
                        added++;
                    }

                    changed.Add(place.Id);
                    batch.Add(place);
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

            // A file without any row is far more often a broken export than a source that closed every place.
            var removedIds = rows == 0 ? [] : existing.Keys.Where(id => !seen.Contains(id)).Select(id => Place.IdFor(source, id)).ToList();
            var removed = await writer.DeleteAsync(removedIds, cancellationToken);
            await edits.FlushAsync(cancellationToken);
            issues.InsertRange(0, file.FileIssues.Select(i => new RowIssue(0, null, i)));
            if (rows == 0)
            {
                issues.Add(new RowIssue(0, null, new ValidationIssue("fichier", "file.no_rows", IssueSeverity.Warning, "Le fichier ne contient aucune ligne : les lieux déjà importés de cette source sont gardés.")));
            }

            warnings += file.FileIssues.Count;
            var imported = new ImportedPlaces(source, runId, changed, removedIds) { Added = [.. addedPlaces.Values] };
            var afterImport = new List<(string, string)>();
            if (inBatch)
            {
                batch.Add(imported);
            }
            else
            {
                foreach (var step in afterImportSteps)
                {
                    afterImport.Add((step.Label, await step.RunAsync(imported, cancellationToken)));
                }
            }

            var counts = new ImportCounts(rows, added, updated, unchanged, rows - added - updated - unchanged, warnings, removed);
            db.Add(ImportRun.Record(runId, source, request.Origin, startedAt, time.GetUtcNow(), counts, tally.ToJson(), request.ContentHash, request.DeclarationHash));
            await db.SaveChangesAsync(cancellationToken);
            await (transaction?.CommitAsync(cancellationToken) ?? db.Database.CurrentTransaction!.ReleaseSavepointAsync(BatchSavepoint, cancellationToken));

            progress?.Report(1);
            return new ImportPlacesResult(rows, added + updated, counts.Rejected, warnings, removed, issues, null, time.GetUtcNow() - startedAt)
            {
                RunId = runId,
                Added = added,
                Updated = updated,
                Unchanged = unchanged,
                Tally = tally,
                Changes = imported,
                AfterImport = afterImport,
            };
        }
        catch (Exception exception) when (exception is PlaceFileException || inBatch)
        {
            await (transaction?.RollbackAsync(CancellationToken.None) ?? db.Database.CurrentTransaction!.RollbackToSavepointAsync(BatchSavepoint, CancellationToken.None));

            if (exception is PlaceFileException unreadable)
            {
                return new ImportPlacesResult(rows, 0, rows, warnings, 0, issues, unreadable) { Tally = tally };
            }

            throw;
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
