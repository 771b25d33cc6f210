using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;

namespace Relais.Web.Features.Dedup;

/// <summary>
/// Deduplication after every import, inside its transaction (once at the end of a batch of sources, ADR 0018):
/// the places the run wrote are scored against the whole directory; sure matches merge, borderline pairs go to
/// the review queue, moderators' decisions hold (a rejected pair never merges, a confirmed one stays merged). A
/// record the run changed leaves its group and joins it again if it still matches, so the merged place keeps its id.
/// </summary>
public sealed class MergeAfterImport(AppDbContext db, PlaceMerger merger, MatchRecordCache cache, DedupOptions options, TimeProvider time) : IAfterImportStep
{
    public string Label => "Fusions";

    public async Task<string> RunAsync(ImportedPlaces imported, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(imported);
        if (!options.MergeAfterImport)
        {
            return "désactivées (Dedup__MergeAfterImport=false)";
        }

        if (imported.ChangedPlaceIds.Count == 0 && imported.RemovedPlaceIds.Count == 0)
        {
            return "rien à comparer";
        }

        await merger.LoadAsync(cancellationToken);
        var records = await LoadRecordsAsync(imported, cancellationToken);
        var index = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            index[records[i].PlaceId] = i;
        }

        var reviews = await db.Set<MatchReview>().ToDictionaryAsync(r => (r.RecordA, r.RecordB), cancellationToken);
        var changed = imported.ChangedPlaceIds.ToHashSet(StringComparer.Ordinal);
        foreach (var id in changed.Concat(imported.RemovedPlaceIds))
        {
            merger.Leave(id);
        }

        var focus = changed.Where(index.ContainsKey).Select(id => index[id]).ToHashSet();
        var result = MatchGroups.Consolidate(
            records, focus, (a, b) => reviews.TryGetValue(MatchReview.Order(a, b), out var r) && r.Status == MatchReview.Rejected, i => merger.GroupOf(records[i].PlaceId));
        var forReview = result.ForReview.Select(p => (records[p.A], records[p.B], p.Score)).ToList();
        foreach (var group in result.Groups)
        {
            var members = group.Select(i => records[i]).ToList();
            foreach (var (placeId, other) in merger.Join([.. members.Select(Member)], joinGroups: false))
            {
                var partner = merger.MembersOf(other).First();
                if (index.TryGetValue(partner, out var j))
                {
                    var score = PlaceMatcher.Score(records[index[placeId]], records[j]);
                    forReview.Add((records[index[placeId]], records[j], score with { Decision = MatchDecision.Review, Reason = "matches two merged places" }));
                }
            }
        }

        foreach (var confirmed in reviews.Values.Where(r => r.Status == MatchReview.ConfirmedStatus && (changed.Contains(r.PlaceIdA) || changed.Contains(r.PlaceIdB))))
        {
            if (index.TryGetValue(confirmed.PlaceIdA, out var a) && index.TryGetValue(confirmed.PlaceIdB, out var b))
            {
                merger.Join([Member(records[a]), Member(records[b])], joinGroups: true, confirmed: true);
            }
        }

        var queued = QueueReviews(forReview, reviews);
        await new BulkRows<MatchReview>(db).InsertAsync(queued, upsert: false, cancellationToken);
        var removed = imported.RemovedPlaceIds.ToHashSet(StringComparer.Ordinal);
        foreach (var stale in reviews.Values.Where(r => r.Id != 0 && r.Status == MatchReview.Pending && (removed.Contains(r.PlaceIdA) || removed.Contains(r.PlaceIdB))))
        {
            db.Remove(stale);
        }

        var (groups, hidden) = await merger.WriteAsync(imported.RunId, cancellationToken, imported.Added);
        return string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{groups} lieux fusionnés ({hidden} fiches sources regroupées), {queued.Count} paires à revoir, {result.PairsScored} paires comparées");
    }

    /// <summary>New pairs for review (to write), pending ones rescored (tracked).</summary>
    private List<MatchReview> QueueReviews(List<(MatchRecord A, MatchRecord B, MatchScore Score)> pairs, Dictionary<(string, string), MatchReview> reviews)
    {
        var queued = new List<MatchReview>();
        var at = time.GetUtcNow();
        foreach (var (a, b, score) in pairs)
        {
            var group = merger.GroupOf(a.PlaceId);
            if (group is not null && group == merger.GroupOf(b.PlaceId))
            {
                continue;
            }

            var key = MatchReview.Order(a.Key, b.Key);
            if (reviews.TryGetValue(key, out var review))
            {
                if (review.Status == MatchReview.Pending)
                {
                    review.Rescore(score);
                }

                continue;
            }

            review = MatchReview.Create(a, b, score, at);
            queued.Add(review);
            reviews[key] = review;
        }

        return queued;
    }

    private static (string PlaceId, string Key, string Source) Member(MatchRecord record) => (record.PlaceId, record.Key, record.Key[..record.Key.IndexOf(':', StringComparison.Ordinal)]);

    /// <summary>
    /// Every source record of the directory (merged places are not records), as the matcher reads them: those the
    /// import added as it wrote them, the others read back (their matching fields only).
    /// </summary>
    private async Task<List<MatchRecord>> LoadRecordsAsync(ImportedPlaces imported, CancellationToken cancellationToken)
    {
        var added = imported.Added.Select(MatchFields.Of).ToList();
        var addedIds = added.Select(r => r.PlaceId).ToHashSet(StringComparer.Ordinal);
        var runIds = imported.RunIds.ToList();
        var stored = db.Places().AsNoTracking().Where(p => p.SourceName != Place.MergedSourceName);
        var rows = await ReadFields(stored.Where(p => !runIds.Contains(p.LastImportRunId))).ToListAsync(cancellationToken);

        // The places these runs updated (few, after the first run of a source) are read by id.
        foreach (var chunk in imported.ChangedPlaceIds.Where(id => !addedIds.Contains(id)).Chunk(500))
        {
            rows.AddRange(await ReadFields(stored.Where(p => chunk.Contains(p.Id))).ToListAsync(cancellationToken));
        }

        rows.AddRange(added);
        return cache.Resolve(rows);
    }

    private static IQueryable<MatchFields> ReadFields(IQueryable<Place> places) => places.Select(p => new MatchFields(
        p.Id, p.SourceName, p.SourceRecordId, p.Name, p.Address, p.Commune, p.InseeCode, p.Latitude, p.Longitude, p.LocationApproximate,
        p.Typologies, p.Pivot, p.Phone, p.Emails, p.Websites));
}
