using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Features.Sources.Mapping;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Standard.Reading;

namespace Relais.Web.Features.Sources;

public sealed record RunSourceCommand(string Name, bool Force = false);

public enum SourceRunStatus
{
    Succeeded,

    /// <summary>Same bytes and same declaration as the last good run: nothing was done.</summary>
    Unchanged,

    /// <summary>Nothing changed in the directory; the failure is recorded in the run history.</summary>
    Failed,
}

public sealed record RunSourceResult(string Name, string? Label, SourceRunStatus Status, ImportPlacesResult? Import, string? ErrorCode = null, string? Error = null)
{
    public int ExitCode => Status == SourceRunStatus.Failed ? 2 : Import?.ExitCode ?? 0;
}

/// <summary>
/// Runs one declared source: fetch, compare with the last good run (same bytes and declaration: nothing to
/// do), map to the standard, then the import machinery (fingerprints, clean-up, validation, one transaction).
/// A failure of any kind leaves the directory as it was and is recorded as a failed run, so that the other
/// sources of a batch still run.
/// </summary>
public sealed class RunSourceHandler(AppDbContext db, SourceCatalog catalog, SourceFetcher fetcher, ImportPlacesHandler import, TimeProvider time)
{
    public async Task<RunSourceResult> HandleAsync(RunSourceCommand command, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var startedAt = time.GetUtcNow();
        LoadedSource? source = null;
        try
        {
            source = catalog.Load(command.Name);
            using var fetched = await fetcher.FetchAsync(source, cancellationToken);
            if (!command.Force && await LastGoodRunAsync(source.Name, cancellationToken) is { } last
                && last.ContentHash == fetched.ContentHash && last.DeclarationHash == source.DeclarationHash)
            {
                db.Add(ImportRun.NothingToDo(source.Name, fetched.Origin, startedAt, fetched.ContentHash, source.DeclarationHash));
                await db.SaveChangesAsync(cancellationToken);
                return new RunSourceResult(source.Name, source.Declaration.Label, SourceRunStatus.Unchanged, null);
            }

            var request = new PlaceImportRequest(source.Name, fetched.Origin, ct => OpenAsync(source, fetched.LocalPath, ct), fetched.ContentHash, source.DeclarationHash);
            var result = await import.ImportAsync(request, progress, cancellationToken);
            if (result.Unreadable is { } unreadable)
            {
                await RecordFailureAsync(source.Name, fetched.Origin, startedAt, $"{unreadable.Code} : {unreadable.Message}");
                return new RunSourceResult(source.Name, source.Declaration.Label, SourceRunStatus.Failed, result, unreadable.Code, unreadable.Message);
            }

            return new RunSourceResult(source.Name, source.Declaration.Label, SourceRunStatus.Succeeded, result);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Per-source isolation: one broken source must not stop the others (spec consolidation §12 #20).
            var code = exception is SourceException known ? known.Code : "source.run_failed";
            if (source is not null)
            {
                await RecordFailureAsync(source.Name, source.Declaration.Location, startedAt, $"{code} : {exception.Message}");
            }

            return new RunSourceResult(source?.Name ?? command.Name, source?.Declaration.Label, SourceRunStatus.Failed, null, code, exception.Message);
        }
    }

    private static async Task<IPlaceRows> OpenAsync(LoadedSource source, string path, CancellationToken cancellationToken) =>
        source.Declaration.Format == SourceFormat.Standard
            ? await PlaceFile.OpenAsync(path, cancellationToken)
            : new MappedPlaceRows(new SourceRecordReader(path, source.Declaration.Format, source.Declaration.Delimiter), source.Fields);

    private async Task<ImportRun?> LastGoodRunAsync(string name, CancellationToken cancellationToken)
    {
        // Ordered in memory: SQLite cannot order DateTimeOffset columns (ADR 0002); a source has few runs.
        var runs = await db.Set<ImportRun>().AsNoTracking().Where(r => r.SourceName == name && r.Status != ImportRun.Failed).ToListAsync(cancellationToken);
        return runs.MaxBy(r => r.StartedAt);
    }

    private async Task RecordFailureAsync(string name, string origin, DateTimeOffset startedAt, string error)
    {
        // Whatever the failed import left in the change tracker was rolled back in the database: forget it.
        db.ChangeTracker.Clear();
        db.Add(ImportRun.Failure(name, origin, startedAt, time.GetUtcNow(), error));
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
