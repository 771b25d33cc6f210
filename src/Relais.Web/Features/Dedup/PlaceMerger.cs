using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Features.Sources;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Dedup;

/// <summary>
/// Keeps merged places in step with their records (docs/adr/0013-merge-with-provenance.md): records join and
/// leave groups, then every group touched is written again — its merged place (fields chosen by
/// <see cref="MergedFields"/>), its members, and the hidden flag of its records. A group left with one record is
/// dissolved: its merged place is deleted and the record shown again. Runs inside the caller's transaction.
/// </summary>
public sealed class PlaceMerger(AppDbContext db, SourceCatalog catalog, PlaceEdits.MergedPlaceEdits edits, TimeProvider time)
{
    /// <summary>Trust rank of a source without a declaration (a file imported with <c>places import</c>): the least trusted.</summary>
    public const int DefaultTrustRank = 100;

    private readonly Dictionary<string, string> _groupOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceGroupMember> _memberRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, string Source)> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private readonly HashSet<string> _confirmed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _trust = new(StringComparer.Ordinal);
    private bool _loaded;

    /// <summary>Group of a record, if any (after <see cref="LoadAsync"/>).</summary>
    public string? GroupOf(string placeId) => _groupOf.GetValueOrDefault(placeId);

    public IEnumerable<string> MembersOf(string groupId) => _groupOf.Where(m => m.Value == groupId).Select(m => m.Key);

    public (string Key, string Source) KeyOf(string placeId) => _keys[placeId];

    /// <summary>Reads the current groups (every member row, tracked).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        foreach (var member in await db.Set<PlaceGroupMember>().ToListAsync(cancellationToken))
        {
            _groupOf[member.PlaceId] = member.GroupId;
            _memberRows[member.PlaceId] = member;
            _keys[member.PlaceId] = (member.RecordKey, member.SourceName);
        }

        _loaded = true;
    }

    /// <summary>A record leaves its group (changed, removed, or split off by a moderator).</summary>
    public void Leave(string placeId)
    {
        if (_groupOf.Remove(placeId, out var group))
        {
            _touched.Add(group);
        }
    }

    /// <summary>
    /// Records found alike join one group: the group most of them already belong to, else a new one. Records of
    /// another group stay there unless <paramref name="joinGroups"/> (a moderator's confirmation); the pairs that
    /// would have joined two groups are returned for review.
    /// </summary>
    public List<(string PlaceId, string OtherGroupId)> Join(IReadOnlyList<(string PlaceId, string Key, string Source)> records, bool joinGroups, bool confirmed = false)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var (placeId, key, source) in records)
        {
            _keys[placeId] = (key, source);
        }

        var existing = records.Select(r => _groupOf.GetValueOrDefault(r.PlaceId)).OfType<string>().Distinct()
            .OrderByDescending(g => _groupOf.Count(m => m.Value == g)).ThenBy(g => g, StringComparer.Ordinal).ToList();
        var target = existing.Count > 0 ? existing[0] : Place.IdFor(Place.MergedSourceName, records.Select(r => r.Key).Min(StringComparer.Ordinal)!);
        var conflicts = new List<(string, string)>();
        foreach (var other in existing.Skip(1))
        {
            if (joinGroups)
            {
                foreach (var member in MembersOf(other).ToList())
                {
                    _groupOf[member] = target;
                }

                _touched.Add(other);
            }
            else
            {
                conflicts.AddRange(records.Where(r => !_groupOf.ContainsKey(r.PlaceId)).Select(r => (r.PlaceId, other)));
            }
        }

        foreach (var record in records.Where(r => !_groupOf.ContainsKey(r.PlaceId)))
        {
            _groupOf[record.PlaceId] = target;
        }

        _touched.Add(target);
        if (confirmed)
        {
            _confirmed.Add(target);
        }

        return conflicts;
    }

    /// <summary>Writes every group touched since the last call; returns (groups written, records hidden in them).</summary>
    public async Task<(int Groups, int Hidden)> WriteAsync(string runId, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        var byGroup = _groupOf.Where(m => _touched.Contains(m.Value)).GroupBy(m => m.Value, m => m.Key).ToDictionary(g => g.Key, g => g.ToList());
        var groupIds = _touched.ToList();
        var groups = await db.Set<PlaceGroup>().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, cancellationToken);
        int written = 0, hidden = 0;
        var dissolved = new List<PlaceGroup>();
        foreach (var groupId in groupIds)
        {
            await db.Places().Where(p => p.MergedIntoId == groupId).ExecuteUpdateAsync(s => s.SetProperty(p => p.MergedIntoId, (string?)null), cancellationToken);
            var members = byGroup.GetValueOrDefault(groupId) ?? [];
            if (members.Count < 2)
            {
                members.ForEach(m => _groupOf.Remove(m));
                if (groups.TryGetValue(groupId, out var empty))
                {
                    dissolved.Add(empty);
                }

                await db.Places().Where(p => p.Id == groupId).ExecuteDeleteAsync(cancellationToken);
                continue;
            }

            var places = await db.Places().AsNoTracking().Where(p => members.Contains(p.Id)).ToListAsync(cancellationToken);
            var records = places.Select(p => new GroupRecord(p, TrustRank(p.SourceName))).ToList();
            var choice = MergedFields.Choose(groupId, records);
            var merged = await db.Places().SingleOrDefaultAsync(p => p.Id == groupId, cancellationToken);
            var before = PlaceEdits.MergedPlaceEdits.Before(merged);
            if (merged is null)
            {
                merged = Place.NewMerged(groupId);
                db.Add(merged);
            }

            merged.ApplyMerge(choice.Fields, choice.AddressFrom, choice.PositionFrom, choice.HoursFrom, runId, at);
            await edits.ApplyAsync(merged, before, at, cancellationToken);
            if (!groups.TryGetValue(groupId, out var group))
            {
                group = PlaceGroup.Create(groupId, at);
                db.Add(group);
            }

            group.Update(MergedFields.Serialize(choice.Provenance), at);
            if (_confirmed.Contains(groupId))
            {
                group.MarkConfirmed();
            }

            await db.Places().Where(p => members.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.MergedIntoId, groupId), cancellationToken);
            written++;
            hidden += members.Count;
        }

        // Member rows first: a record moved from a dissolved group must not go with it.
        SyncMemberRows();
        dissolved.ForEach(g => db.Remove(g));
        await db.SaveChangesAsync(cancellationToken);
        _touched.Clear();
        _confirmed.Clear();
        return (written, hidden);
    }

    private void SyncMemberRows()
    {
        foreach (var (placeId, row) in _memberRows.ToList())
        {
            if (!_groupOf.TryGetValue(placeId, out var group))
            {
                db.Remove(row);
                _memberRows.Remove(placeId);
            }
            else if (row.GroupId != group)
            {
                row.GroupId = group;
            }
        }

        foreach (var (placeId, group) in _groupOf.Where(m => !_memberRows.ContainsKey(m.Key)).ToList())
        {
            var (key, source) = _keys[placeId];
            var row = new PlaceGroupMember { PlaceId = placeId, GroupId = group, RecordKey = key, SourceName = source };
            db.Add(row);
            _memberRows[placeId] = row;
        }
    }

    private int TrustRank(string source)
    {
        if (!_trust.TryGetValue(source, out var rank))
        {
            try
            {
                rank = catalog.Load(source).Declaration.TrustRank;
            }
            catch (SourceException)
            {
                rank = DefaultTrustRank;
            }

            _trust[source] = rank;
        }

        return rank;
    }
}
