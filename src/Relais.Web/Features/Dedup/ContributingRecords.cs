using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Dedup;

/// <summary>
/// The export's <c>sources</c> column: every record behind a place as <c>source:original_id</c>, joined by
/// <c>|</c> — the records of a merged place, or the place's own record.
/// </summary>
public sealed class ContributingRecords
{
    public const string Column = "sources";

    private readonly Dictionary<string, string> _byGroup;

    private ContributingRecords(Dictionary<string, string> byGroup) => _byGroup = byGroup;

    /// <summary>Reads the records of merged places (of the given ones only, when listed).</summary>
    public static async Task<ContributingRecords> LoadAsync(AppDbContext db, IReadOnlyCollection<string>? placeIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var members = new List<PlaceGroupMember>();
        if (placeIds is null)
        {
            members = await db.Set<PlaceGroupMember>().AsNoTracking().ToListAsync(cancellationToken);
        }
        else
        {
            foreach (var chunk in placeIds.Chunk(500))
            {
                members.AddRange(await db.Set<PlaceGroupMember>().AsNoTracking().Where(m => chunk.Contains(m.GroupId)).ToListAsync(cancellationToken));
            }
        }

        return new ContributingRecords(members.GroupBy(m => m.GroupId)
            .ToDictionary(g => g.Key, g => string.Join('|', g.Select(m => m.RecordKey).Order(StringComparer.Ordinal)), StringComparer.Ordinal));
    }

    public string For(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return _byGroup.TryGetValue(place.Id, out var records) ? records : $"{place.SourceName}:{place.SourceRecordId}";
    }

    /// <summary>Keys of the records of one merged place (empty for a place that is its own record).</summary>
    public static async Task<IReadOnlyList<string>> OfAsync(AppDbContext db, string placeId, CancellationToken cancellationToken) =>
        await db.Set<PlaceGroupMember>().AsNoTracking().Where(m => m.GroupId == placeId).Select(m => m.RecordKey).OrderBy(k => k).ToListAsync(cancellationToken);
}
