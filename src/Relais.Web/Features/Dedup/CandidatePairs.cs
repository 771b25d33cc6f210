namespace Relais.Web.Features.Dedup;

/// <summary>
/// Blocking: the pairs worth scoring, never all pairs. Two records are candidates when they share the commune
/// and a significant name word (not one shared by more than <see cref="MaxNameBlock"/> places of the commune),
/// or lie in neighbouring cells of a ~550 m grid, or carry the same checked SIRET anywhere.
/// </summary>
public static class CandidatePairs
{
    private const double CellDegrees = 0.005;

    /// <summary>
    /// A name word shared by more places of one commune than this ("numerique" in a big town) tells nothing:
    /// its block is skipped, as the grid still pairs places at one spot. Keeps the work linear in dense towns.
    /// </summary>
    private const int MaxNameBlock = 50;

    private static readonly HashSet<string> StopWords = ["les", "des", "del", "aux", "sur", "sous", "pour", "avec", "une", "the"];

    /// <summary>Candidate pairs (indices into <paramref name="records"/>, first &lt; second) involving at least one of <paramref name="focus"/> (all records when null).</summary>
    public static List<(int A, int B)> Find(IReadOnlyList<MatchRecord> records, IReadOnlySet<int>? focus = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var cells = new Dictionary<(int, int), List<int>>();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            foreach (var key in Keys(record))
            {
                Bucket(blocks, key).Add(i);
            }

            if (record.HasPoint)
            {
                Bucket(cells, Cell(record)).Add(i);
            }
        }

        var seen = new HashSet<long>();
        var pairs = new List<(int, int)>();
        void Add(int x, int y)
        {
            if (x == y || (focus is not null && !focus.Contains(x) && !focus.Contains(y)))
            {
                return;
            }

            var (a, b) = x < y ? (x, y) : (y, x);
            if (seen.Add(((long)a << 32) | (uint)b))
            {
                pairs.Add((a, b));
            }
        }

        var starts = focus is null ? Enumerable.Range(0, records.Count) : focus;
        foreach (var i in starts)
        {
            foreach (var key in Keys(records[i]))
            {
                var block = blocks[key];
                if (block.Count <= MaxNameBlock || key.StartsWith("siret:", StringComparison.Ordinal))
                {
                    block.ForEach(j => Add(i, j));
                }
            }

            if (records[i].HasPoint)
            {
                var (x, y) = Cell(records[i]);
                for (var dx = -1; dx <= 1; dx++)
                {
                    for (var dy = -1; dy <= 1; dy++)
                    {
                        if (cells.TryGetValue((x + dx, y + dy), out var near))
                        {
                            near.ForEach(j => Add(i, j));
                        }
                    }
                }
            }
        }

        return pairs;
    }

    private static IEnumerable<string> Keys(MatchRecord record)
    {
        if (record.Siret is not null)
        {
            yield return "siret:" + record.Siret;
        }

        if (record.InseeCode is null)
        {
            yield break;
        }

        foreach (var word in record.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            if (word.Length >= 3 && !StopWords.Contains(word))
            {
                yield return $"name:{record.InseeCode}:{word}";
            }
        }
    }

    // Longitude cells are widened by 1/cos(latitude band) so that a cell is about as wide as it is high.
    private static (int, int) Cell(MatchRecord record)
    {
        var row = (int)Math.Floor(record.Latitude!.Value / CellDegrees);
        var width = CellDegrees / Math.Max(0.2, Math.Cos(row * CellDegrees * Math.PI / 180));
        return (row, (int)Math.Floor(record.Longitude!.Value / width));
    }

    private static List<int> Bucket<TKey>(Dictionary<TKey, List<int>> buckets, TKey key)
        where TKey : notnull
    {
        if (!buckets.TryGetValue(key, out var list))
        {
            list = [];
            buckets[key] = list;
        }

        return list;
    }
}
