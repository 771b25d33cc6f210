namespace Relais.Web.Features.Dedup;

/// <summary>
/// Blocking: the pairs worth scoring, never all pairs. Two records are candidates when they share the commune
/// and a significant name word, or lie in neighbouring cells of a spatial grid, or carry the same checked SIRET
/// anywhere. Large blocks are walked in name order through a window (<see cref="PairBlock"/>).
/// <para>
/// The grid adapts to density so that the work stays linear: a record is paired with the records of its 3×3
/// cells of about 550 m; where those hold more than <see cref="MaxNeighbours"/> records (a town centre), with
/// the 3×3 cells of about 110 m, then 22 m. Places more than a few hundred metres apart only matter to the
/// matcher when their names agree, and the name blocks pair those.
/// </para>
/// </summary>
public static class CandidatePairs
{
    /// <summary>Cell sizes in degrees of latitude, coarse to fine.</summary>
    private static readonly double[] CellDegrees = [0.005, 0.001, 0.0002];

    /// <summary>A block (a name word in one commune, a SIRET) of up to this many records gives all its pairs.</summary>
    private const int SmallBlock = 12;

    /// <summary>In a larger block, each record sorted by name meets this many next records.</summary>
    private const int Window = 6;

    /// <summary>Above this many records in a 3×3 neighbourhood, the next finer grid is used.</summary>
    private const int MaxNeighbours = 24;

    private static readonly HashSet<string> StopWords = new(["les", "des", "del", "aux", "sur", "sous", "pour", "avec", "une", "the"], StringComparer.Ordinal);

    /// <summary>Candidate pairs (indices into <paramref name="records"/>, first &lt; second) involving at least one of <paramref name="focus"/> (all records when null).</summary>
    public static List<(int A, int B)> Find(IReadOnlyList<MatchRecord> records, IReadOnlySet<int>? focus = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (focus is not null && focus.Count >= records.Count)
        {
            focus = null; // every record (a first consolidation): nothing to restrict
        }

        var blocks = new Dictionary<(string, string), List<int>>();
        var sirets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var grids = CellDegrees.Select(_ => new Dictionary<(int, int), List<int>>()).ToArray();
        var wanted = focus is null ? null : Wanted.Of(records, focus);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            foreach (var key in NameKeys(record))
            {
                if (wanted is null || wanted.Names.Contains(key))
                {
                    Bucket(blocks, key).Add(i);
                }
            }

            if (record.Siret is not null && (wanted is null || wanted.Sirets.Contains(record.Siret)))
            {
                Bucket(sirets, record.Siret).Add(i);
            }

            if (record.HasPoint)
            {
                for (var level = 0; level < grids.Length; level++)
                {
                    var cell = Cell(record, CellDegrees[level]);
                    if (wanted is null || wanted.Cells[level].Contains(cell))
                    {
                        Bucket(grids[level], cell).Add(i);
                    }
                }
            }
        }

        // Pairs are packed into longs (first << 32 | second), then sorted and made unique: a HashSet<long> would
        // hash (a, b) to a ^ b, and pairs of neighbouring indices collide by the thousand.
        var packed = new List<long>(records.Count * 4);
        void Add(int x, int y)
        {
            if (x != y && (focus is null || focus.Contains(x) || focus.Contains(y)))
            {
                packed.Add(x < y ? ((long)x << 32) | (uint)y : ((long)y << 32) | (uint)x);
            }
        }

        foreach (var block in blocks.Values.Concat(sirets.Values))
        {
            PairBlock(records, block, Add);
        }

        var near = new List<List<int>>(9);
        var starts = focus is null ? Enumerable.Range(0, records.Count) : focus;
        foreach (var i in starts)
        {
            var record = records[i];
            if (!record.HasPoint)
            {
                continue;
            }

            for (var level = 0; level < grids.Length; level++)
            {
                var count = Neighbourhood(grids[level], Cell(record, CellDegrees[level]), near);
                if (count <= MaxNeighbours || level == grids.Length - 1)
                {
                    foreach (var cell in near)
                    {
                        foreach (var j in cell)
                        {
                            Add(i, j);
                        }
                    }

                    break;
                }
            }
        }

        packed.Sort();
        var pairs = new List<(int, int)>(packed.Count / 2);
        for (var k = 0; k < packed.Count; k++)
        {
            if (k == 0 || packed[k] != packed[k - 1])
            {
                pairs.Add(((int)(packed[k] >> 32), (int)(packed[k] & uint.MaxValue)));
            }
        }

        return pairs;
    }

    /// <summary>
    /// Every pair of a small block; in a large one (a common word of a big town, a head office's SIRET given for
    /// all its branches) the records sorted by name, each paired with the next <see cref="Window"/> ones, so that
    /// records with the same or nearly the same name meet without pairing the whole block.
    /// </summary>
    private static void PairBlock(IReadOnlyList<MatchRecord> records, List<int> block, Action<int, int> add)
    {
        if (block.Count <= SmallBlock)
        {
            for (var x = 0; x < block.Count; x++)
            {
                for (var y = x + 1; y < block.Count; y++)
                {
                    add(block[x], block[y]);
                }
            }

            return;
        }

        var sorted = block.OrderBy(i => records[i].Name.Sorted, StringComparer.Ordinal).ThenBy(i => i).ToList();
        for (var x = 0; x < sorted.Count; x++)
        {
            for (var y = x + 1; y < sorted.Count && y <= x + Window; y++)
            {
                add(sorted[x], sorted[y]);
            }
        }
    }

    private static IEnumerable<(string, string)> NameKeys(MatchRecord record)
    {
        if (record.InseeCode is null)
        {
            yield break;
        }

        foreach (var word in record.Name.Words)
        {
            if (word.Length >= 3 && !StopWords.Contains(word))
            {
                yield return (record.InseeCode, word);
            }
        }
    }

    private static int Neighbourhood(Dictionary<(int, int), List<int>> grid, (int X, int Y) cell, List<List<int>> near)
    {
        near.Clear();
        var count = 0;
        for (var dx = -1; dx <= 1; dx++)
        {
            for (var dy = -1; dy <= 1; dy++)
            {
                if (grid.TryGetValue((cell.X + dx, cell.Y + dy), out var records))
                {
                    near.Add(records);
                    count += records.Count;
                }
            }
        }

        return count;
    }

    // Longitude cells are widened by 1/cos(latitude band) so that a cell is about as wide as it is high.
    private static (int, int) Cell(MatchRecord record, double degrees)
    {
        var row = (int)Math.Floor(record.Latitude!.Value / degrees);
        var width = degrees / Math.Max(0.2, Math.Cos(row * degrees * Math.PI / 180));
        return (row, (int)Math.Floor(record.Longitude!.Value / width));
    }

    /// <summary>
    /// With a focus, the only blocks and cells worth filling: those of the focus records (and the cells around
    /// theirs). Other buckets could only give pairs outside the focus, so the pairs found are the same, and a source
    /// of 33,000 records against a directory of 200,000 fills a fraction of the buckets.
    /// </summary>
    private sealed class Wanted
    {
        public HashSet<(string, string)> Names { get; } = [];

        public HashSet<string> Sirets { get; } = new(StringComparer.Ordinal);

        public HashSet<(int, int)>[] Cells { get; } = [.. CellDegrees.Select(_ => new HashSet<(int, int)>())];

        public static Wanted Of(IReadOnlyList<MatchRecord> records, IReadOnlySet<int> focus)
        {
            var wanted = new Wanted();
            foreach (var i in focus)
            {
                var record = records[i];
                wanted.Names.UnionWith(NameKeys(record));
                if (record.Siret is not null)
                {
                    wanted.Sirets.Add(record.Siret);
                }

                if (!record.HasPoint)
                {
                    continue;
                }

                for (var level = 0; level < CellDegrees.Length; level++)
                {
                    var (x, y) = Cell(record, CellDegrees[level]);
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        for (var dy = -1; dy <= 1; dy++)
                        {
                            wanted.Cells[level].Add((x + dx, y + dy));
                        }
                    }
                }
            }

            return wanted;
        }
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
