using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Standard;

namespace Relais.Web.Features.Dedup;

/// <summary>A source record behind a place, as its page lists it.</summary>
public sealed record SourceRecord(string Key, string SourceName, string RecordId, string Name, DateOnly UpdatedOn);

/// <summary>A field of a merged place and where its value comes from.</summary>
public sealed record FieldOrigin(string Field, string Record, string Reason);

/// <summary>The records behind a place and, for a merged place, the origin of each field (in the standard's order).</summary>
public sealed record PlaceSources(IReadOnlyList<SourceRecord> Records, IReadOnlyList<FieldOrigin> Fields)
{
    public static async Task<PlaceSources> LoadAsync(AppDbContext db, Place place, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(place);
        if (!place.IsMerged)
        {
            return new PlaceSources([new SourceRecord($"{place.SourceName}:{place.SourceRecordId}", place.SourceName, place.SourceRecordId, place.Name, place.UpdatedOn)], []);
        }

        var records = await db.Places().AsNoTracking().Where(p => p.MergedIntoId == place.Id)
            .Select(p => new { p.SourceName, p.SourceRecordId, p.Name, p.UpdatedOn }).ToListAsync(cancellationToken);
        var provenance = await db.Set<PlaceGroup>().AsNoTracking().Where(g => g.Id == place.Id).Select(g => g.Provenance).SingleOrDefaultAsync(cancellationToken);
        var fields = MergedFields.Deserialize(provenance);
        return new PlaceSources(
            [.. records.Select(r => new SourceRecord($"{r.SourceName}:{r.SourceRecordId}", r.SourceName, r.SourceRecordId, r.Name, r.UpdatedOn)).OrderBy(r => r.Key, StringComparer.Ordinal)],
            [.. StandardColumns.All.Where(fields.ContainsKey).Select(c => new FieldOrigin(c, fields[c].Record, FieldProvenance.Label(fields[c].Reason)))]);
    }
}
