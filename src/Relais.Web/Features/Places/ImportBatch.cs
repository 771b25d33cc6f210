using Microsoft.EntityFrameworkCore.Storage;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Places;

/// <summary>
/// Several imports in one transaction, with the steps that follow an import (the merge) run once, at the end, on
/// everything they changed: what <c>sources run --all</c> does (ADR 0018). While a batch is open,
/// <see cref="ImportPlacesHandler"/> runs each import in a savepoint (a failed import is rolled back alone, the
/// others go on) and hands its changes to the batch instead of running the steps. A failure of the steps, or a batch
/// left without <see cref="CommitAsync"/>, rolls back every import of the batch.
/// </summary>
public sealed class ImportBatch(AppDbContext db, IEnumerable<IAfterImportStep> steps)
{
    private readonly List<ImportedPlaces> _imported = [];
    private IDbContextTransaction? _transaction;

    public bool IsOpen => _transaction is not null;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        if (IsOpen)
        {
            throw new InvalidOperationException("A batch of imports is already open.");
        }

        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>Called by the import of the batch once its rows are written; the steps see it at <see cref="CommitAsync"/>.</summary>
    internal void Add(ImportedPlaces imported) => _imported.Add(imported);

    /// <summary>Runs the steps once on every place the batch's imports changed or removed, then commits the whole batch.</summary>
    /// <returns>The steps' lines for the report; empty when no import of the batch wrote anything.</returns>
    public async Task<IReadOnlyList<(string Label, string Summary)>> CommitAsync(CancellationToken cancellationToken)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("No batch of imports is open.");
        var summaries = new List<(string Label, string Summary)>();
        if (_imported.Count > 0)
        {
            // Place ids carry their source, so the changes of different imports never overlap; the last run
            // stands for the batch (the merged places it rewrites name it as their last import).
            var all = new ImportedPlaces(
                string.Join(", ", _imported.Select(i => i.SourceName)),
                _imported[^1].RunId,
                [.. _imported.SelectMany(i => i.ChangedPlaceIds)],
                [.. _imported.SelectMany(i => i.RemovedPlaceIds)])
            {
                Added = [.. _imported.SelectMany(i => i.Added)],
                RunIds = [.. _imported.SelectMany(i => i.RunIds)],
            };
            foreach (var step in steps)
            {
                summaries.Add((step.Label, await step.RunAsync(all, cancellationToken)));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await CloseAsync();
        return summaries;
    }

    /// <summary>Undoes every import of the batch (nothing when it is not open).</summary>
    public async Task RollbackAsync()
    {
        if (_transaction is { } transaction)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await CloseAsync();
        }
    }

    private async Task CloseAsync()
    {
        await _transaction!.DisposeAsync();
        _transaction = null;
        _imported.Clear();
    }
}
