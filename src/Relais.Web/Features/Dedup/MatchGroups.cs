namespace Relais.Web.Features.Dedup;

/// <summary>What one consolidation pass found: groups of records to merge, pairs for a moderator, and the work done.</summary>
public sealed record ConsolidationResult(IReadOnlyList<IReadOnlyList<int>> Groups, IReadOnlyList<(int A, int B, MatchScore Score)> ForReview, int PairsScored);

/// <summary>
/// Blocking, scoring and grouping of records, in memory (pure: the caller loads and stores). Sure pairs are
/// grouped transitively, then each group is checked: a member that is a sure match of fewer than half of the
/// others (a chain A~B~C where A and C differ) leaves the group and its pairs go to review instead. With a
/// <c>focus</c>, pairs of records outside it are not scored: records already merged together
/// (<c>mergedWith</c>) count as linked, or a fourth source's record would break up a group of three.
/// </summary>
public static class MatchGroups
{
    public static ConsolidationResult Consolidate(IReadOnlyList<MatchRecord> records, IReadOnlySet<int>? focus = null, Func<string, string, bool>? rejected = null, Func<int, string?>? mergedWith = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var candidates = CandidatePairs.Find(records, focus);
        var sure = new List<(int A, int B, MatchScore Score)>();
        var review = new List<(int, int, MatchScore)>();

        // Scoring is pure: pairs are scored on every core, then read in their order (the result does not depend on threads).
        var scores = new MatchScore?[candidates.Count];
        Parallel.For(0, candidates.Count, k =>
        {
            var (a, b) = candidates[k];
            if (rejected is null || !rejected(records[a].Key, records[b].Key))
            {
                scores[k] = PlaceMatcher.Score(records[a], records[b]);
            }
        });
        for (var k = 0; k < candidates.Count; k++)
        {
            var (a, b) = candidates[k];
            if (scores[k] is not { } score)
            {
                continue;
            }

            if (score.Decision == MatchDecision.Same)
            {
                sure.Add((a, b, score));
            }
            else if (score.Decision == MatchDecision.Review)
            {
                review.Add((a, b, score));
            }
        }

        var groups = new List<IReadOnlyList<int>>();
        var components = Components(sure);
        var componentOf = new Dictionary<int, int>();
        for (var c = 0; c < components.Count; c++)
        {
            components[c].ForEach(m => componentOf[m] = c);
        }

        var pairsOf = sure.GroupBy(p => componentOf[p.A]).ToDictionary(g => g.Key, g => g.ToList());
        for (var c = 0; c < components.Count; c++)
        {
            var members = components[c];
            var pairs = pairsOf[c];
            var kept = members.Count <= 2 ? members : Cohesive(members, pairs, mergedWith);
            if (kept.Count >= 2)
            {
                groups.Add(kept);
            }

            if (kept.Count < members.Count)
            {
                var left = members.Except(kept).ToHashSet();
                review.AddRange(pairs.Where(p => left.Contains(p.A) || left.Contains(p.B)).Select(p => (p.A, p.B, p.Score with { Decision = MatchDecision.Review, Reason = "weak link in a group" })));
            }
        }

        return new ConsolidationResult(groups, review, candidates.Count);
    }

    private static List<List<int>> Components(List<(int A, int B, MatchScore Score)> pairs)
    {
        var parent = new Dictionary<int, int>();
        int Find(int x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                parent[x] = parent.GetValueOrDefault(p, p);
                x = p;
            }

            return x;
        }

        foreach (var (a, b, _) in pairs)
        {
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        return [.. parent.Keys.GroupBy(Find).Select(g => g.Order().ToList())];
    }

    private static List<int> Cohesive(List<int> members, List<(int A, int B, MatchScore Score)> pairs, Func<int, string?>? mergedWith)
    {
        var links = members.ToDictionary(m => m, _ => 0);
        foreach (var (a, b, _) in pairs)
        {
            links[a]++;
            links[b]++;
        }

        if (mergedWith is not null)
        {
            foreach (var together in members.GroupBy(mergedWith).Where(g => g.Key is not null))
            {
                var count = together.Count();
                foreach (var member in together)
                {
                    links[member] += count - 1;
                }
            }
        }

        var needed = (members.Count - 1) / 2.0;
        return [.. members.Where(m => links[m] >= needed)];
    }
}
