using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.History;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard;
using Relais.Web.Standard.Validation;
using Relais.Web.Standard.Writing;

namespace Relais.Web.Features.PlaceEdits;

/// <summary>
/// What an import run does besides writing places: before each batch of places that already existed is written,
/// it keeps the fields edited by hand whose source value has not changed since the edit (and forgets the others),
/// and collects one history row per changed field; at the end, the rows go in with a few multi-row inserts.
/// New places and unchanged rows (skipped by their fingerprint) cost nothing.
/// </summary>
public sealed class SourceRunChanges(AppDbContext db, CommuneDirectory communes, TimeProvider time, string sourceName, string runId, DateTimeOffset at)
{
    private static readonly int DateIndex = StandardColumns.IndexOf(StandardColumns.DateMaj);
    private readonly List<(string PlaceId, string Field, string? Before, string? After)> _changes = [];
    private readonly List<PlaceFieldOverride> _dropped = [];
    private readonly string _actor = $"Import « {sourceName} »";

    public int ChangeCount => _changes.Count;

    /// <summary>The batch to write: the same places, those with kept manual edits rebuilt with them.</summary>
    public async Task<IReadOnlyList<Place>> PrepareAsync(IReadOnlyList<Place> batch, Func<Place, bool> existed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(existed);
        var ids = batch.Where(existed).Select(p => p.Id).ToList();
        if (ids.Count == 0)
        {
            return batch;
        }

        var previous = await db.Places().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, StringComparer.Ordinal, cancellationToken);
        var overrides = (await db.Set<PlaceFieldOverride>().AsNoTracking().Where(o => ids.Contains(o.PlaceId)).ToListAsync(cancellationToken))
            .ToLookup(o => o.PlaceId, StringComparer.Ordinal);
        var written = new List<Place>(batch.Count);
        foreach (var incoming in batch)
        {
            var place = incoming;
            if (previous.TryGetValue(place.Id, out var old))
            {
                if (overrides.Contains(place.Id))
                {
                    place = KeepEdits(place, old, overrides[place.Id]);
                }

                Compare(old, place);
            }

            written.Add(place);
        }

        return written;
    }

    /// <summary>Writes the history rows and forgets the manual edits that the source overtook.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var dropped in _dropped)
        {
            await db.Set<PlaceFieldOverride>().Where(o => o.PlaceId == dropped.PlaceId && o.Field == dropped.Field).ExecuteDeleteAsync(cancellationToken);
        }

        var rows = _changes.ConvertAll(c => PlaceChange.Record(c.PlaceId, at, userId: null, _actor, ChangeChannel.SourceImport, c.Field, c.Before, c.After));
        await new BulkRows<PlaceChange>(db).InsertAsync(rows, upsert: false, cancellationToken);
    }

    private void Compare(Place old, Place place)
    {
        var before = StandardCells.From(old);
        var after = StandardCells.From(place);
        for (var i = 0; i < after.Length; i++)
        {
            if (!string.Equals(before[i], after[i], StringComparison.Ordinal))
            {
                _changes.Add((place.Id, StandardColumns.All[i], before[i], after[i]));
            }
        }
    }

    /// <summary>A manual edit stays while the source still says what it said when the field was edited.</summary>
    private Place KeepEdits(Place place, Place old, IEnumerable<PlaceFieldOverride> overrides)
    {
        var cells = StandardCells.From(place);
        var (kept, overtaken) = PlaceFieldOverride.ApplyTo(cells, overrides);
        _dropped.AddRange(overtaken);
        if (kept.Count == 0)
        {
            return place;
        }

        // The merged row is validated again: the place's territory, hours and warnings follow the kept values.
        cells[StandardColumns.IndexOf(StandardColumns.Id)] = place.SourceRecordId;
        if (old.UpdatedOn > place.UpdatedOn)
        {
            cells[DateIndex] = old.UpdatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var result = new PlaceValidator(communes, time).Validate(new StandardRow(1, cells));
        if (result.Place is null)
        {
            _dropped.AddRange(kept);
            return place;
        }

        var warnings = result.Issues.Where(i => i.Severity == IssueSeverity.Warning).ToList();
        var stored = warnings.Count == 0 ? null : JsonSerializer.Serialize(warnings.Select(w => new StoredIssue(w.Field, w.Code, w.Message)));
        var facts = new SourceRowFacts(place.SourceFingerprint ?? string.Empty, place.CleanupChanges, place.LocationApproximate);
        return Place.FromSource(sourceName, runId, result.Place, PlaceLocations.Of(result, communes), result.HoursInterpretable, stored, warnings.Count, place.ImportedAt, facts);
    }
}
