using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Sources;

public sealed record RunSourceBatchCommand(IReadOnlyList<string> Names, bool Force = false);

/// <param name="Sources">Each source's run, in order.</param>
/// <param name="AfterImport">The lines of the steps run once after all the sources (the merge); empty when nothing changed.</param>
public sealed record RunSourceBatchResult(IReadOnlyList<RunSourceResult> Sources, IReadOnlyList<(string Label, string Summary)> AfterImport)
{
    public int ExitCode => Sources.Count == 0 ? 0 : Sources.Max(s => s.ExitCode);
}

/// <summary>
/// Runs several declared sources as one batch (<c>sources run --all</c>, ADR 0018): each source is fetched, mapped,
/// cleaned up, validated and imported in its own savepoint, so that a broken source is recorded as failed and
/// the others go on; then the directory is deduplicated once, on every record the batch changed, and the whole
/// batch is committed. If that last step fails, nothing of the batch is kept and every source is recorded as failed.
/// </summary>
public sealed class RunSourceBatchHandler(AppDbContext db, ImportBatch batch, RunSourceHandler runSource, SourceCatalog catalog, TimeProvider time)
{
    public async Task<RunSourceBatchResult> HandleAsync(
        RunSourceBatchCommand command, Func<string, IProgress<double>?>? progress = null, IProgress<double>? afterImportProgress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var startedAt = time.GetUtcNow();
        var results = new List<RunSourceResult>();
        await batch.BeginAsync(cancellationToken);
        try
        {
            foreach (var name in command.Names)
            {
                results.Add(await runSource.HandleAsync(new RunSourceCommand(name, command.Force), progress?.Invoke(name), cancellationToken));

                // What the import tracked is written; the batch goes on with a light context.
                db.ChangeTracker.Clear();
            }

            afterImportProgress?.Report(0);
            var afterImport = await batch.CommitAsync(cancellationToken);
            afterImportProgress?.Report(1);
            return new RunSourceBatchResult(results, afterImport);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await batch.RollbackAsync();
            db.ChangeTracker.Clear();
            var code = "source.batch_failed";
            var message = $"la fin du lot a échoué, aucune source du lot n'a été importée ({exception.Message})";
            var failed = new List<RunSourceResult>();
            foreach (var result in results)
            {
                // The runs recorded in the batch are gone with it: each source's failure is recorded again.
                var own = result.Status == SourceRunStatus.Failed ? result : result with { Status = SourceRunStatus.Failed, ErrorCode = code, Error = message };
                db.Add(ImportRun.Failure(result.Name, Origin(result.Name), startedAt, time.GetUtcNow(), $"{own.ErrorCode} : {own.Error}"));
                failed.Add(own);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            return new RunSourceBatchResult(failed, []);
        }
        finally
        {
            await batch.RollbackAsync();
        }
    }

    private string Origin(string name) => catalog.TryLoad(name)?.Declaration.Location ?? name;
}
