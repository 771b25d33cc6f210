using Relais.Web.Features.Places;

namespace Relais.Web.Features.Dedup;

/// <summary>The fields of a stored record the matcher reads (one row of <c>places</c>).</summary>
public readonly record struct MatchFields(
    string PlaceId, string SourceName, string SourceRecordId, string Name, string Address, string? Commune, string? InseeCode,
    double? Latitude, double? Longitude, bool LocationApproximate, string? Typologies, string? Pivot, string? Phone, string? Emails, string? Websites)
{
    public static MatchFields Of(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return new(
            place.Id, place.SourceName, place.SourceRecordId, place.Name, place.Address, place.Commune, place.InseeCode, place.Latitude, place.Longitude,
            place.LocationApproximate, place.Typologies, place.Pivot, place.Phone, place.Emails, place.Websites);
    }

    public MatchRecord ToRecord() => MatchRecord.Create(
        $"{SourceName}:{SourceRecordId}", Name, Address, Commune, InseeCode, Latitude, Longitude, LocationApproximate, Typologies, Pivot, Phone, Emails, Websites, PlaceId);
}

/// <summary>
/// Match records of the last deduplication, kept by this process with the fields they were made from: the next
/// one (the next import or run of sources in the same process, such as the web app's scheduled runs) normalises
/// again only the records whose fields changed, instead of the whole directory. A pure memo, exact by construction
/// (a record is reused only when every field it was made from is equal), so several instances need not share it. It holds the last directory only: about
/// 1 KB per record (docs/adr/0017-bulk-merge-writes.md).
/// </summary>
public sealed class MatchRecordCache
{
    private readonly Lock _lock = new();
    private Dictionary<string, (MatchFields Fields, MatchRecord Record)> _last = new(StringComparer.Ordinal);

    /// <summary>The records of these rows, in their order; made again (in parallel) only where the fields differ.</summary>
    public List<MatchRecord> Resolve(IReadOnlyList<MatchFields> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Dictionary<string, (MatchFields Fields, MatchRecord Record)> last;
        lock (_lock)
        {
            last = _last;
        }

        var records = new MatchRecord[rows.Count];
        var missing = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (last.TryGetValue(rows[i].PlaceId, out var known) && known.Fields == rows[i])
            {
                records[i] = known.Record;
            }
            else
            {
                missing.Add(i);
            }
        }

        Parallel.ForEach(missing, i => records[i] = rows[i].ToRecord());
        var next = new Dictionary<string, (MatchFields, MatchRecord)>(rows.Count, StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            next[rows[i].PlaceId] = (rows[i], records[i]);
        }

        lock (_lock)
        {
            _last = next;
        }

        return [.. records];
    }
}
