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
/// What a merge does to a merged place besides choosing its values (called by the merge each time it rewrites one):
/// the fields its team edited by hand win while the value the merge chose for them is the one they replaced (as
/// <see cref="SourceRunChanges"/> does for a source record), and every field that changed goes to the history
/// (channel "fusion").
/// </summary>
public sealed class MergedPlaceEdits(AppDbContext db, CommuneDirectory communes, TimeProvider time)
{
    public const string Actor = "Fusion des sources";

    /// <summary>The history entry of a merged place's creation names no field of the standard.</summary>
    public const string CreatedField = "fiche fusionnée";

    /// <summary>The standard's cells of a merged place before the merge rewrites it; null for a new one.</summary>
    public static string?[]? Before(Place? merged) => merged is null ? null : StandardCells.From(merged);

    /// <summary>
    /// Re-applies the kept manual edits to <paramref name="merged"/> (already rewritten) and records what changed since
    /// <paramref name="before"/>; a new merged place gets one entry (its values are its records', already in their history).
    /// </summary>
    /// <param name="overrides">The merged place's manual edits, tracked (a merge of many groups reads them at once).</param>
    /// <param name="history">Receives the history rows; the caller writes them (many merged places at once).</param>
    public void Apply(Place merged, string?[]? before, DateTimeOffset at, List<PlaceFieldOverride> overrides, List<PlaceChange> history)
    {
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(history);
        if (before is null)
        {
            history.Add(PlaceChange.Record(merged.Id, at, userId: null, Actor, ChangeChannel.Merge, CreatedField, null, merged.Name));
            return;
        }

        if (overrides.Count > 0)
        {
            KeepEdits(merged, overrides);
        }

        var after = StandardCells.From(merged);
        for (var i = 0; i < after.Length; i++)
        {
            if (!string.Equals(before[i], after[i], StringComparison.Ordinal))
            {
                history.Add(PlaceChange.Record(merged.Id, at, userId: null, Actor, ChangeChannel.Merge, StandardColumns.All[i], before[i], after[i]));
            }
        }
    }

    private void KeepEdits(Place merged, List<PlaceFieldOverride> overrides)
    {
        var cells = StandardCells.From(merged);
        var (kept, overtaken) = PlaceFieldOverride.ApplyTo(cells, overrides);
        overtaken.ForEach(o => db.Remove(o)); // the sources' value changed since the edit: it wins from now on
        if (kept.Count == 0)
        {
            return;
        }

        var result = new PlaceValidator(communes, time).Validate(new StandardRow(1, cells));
        if (result.Place is null)
        {
            overrides.ForEach(o => db.Remove(o));
            return;
        }

        var warnings = result.Issues.Where(i => i.Severity == IssueSeverity.Warning).ToList();
        var stored = warnings.Count == 0 ? null : JsonSerializer.Serialize(warnings.Select(w => new StoredIssue(w.Field, w.Code, w.Message)));
        merged.ApplyEdit(result.Place, PlaceLocations.Of(result, communes), result.HoursInterpretable, stored, warnings.Count, merged.Charter);
    }
}
