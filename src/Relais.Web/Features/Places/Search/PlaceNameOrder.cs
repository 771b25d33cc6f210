using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Geo;

namespace Relais.Web.Features.Places.Search;

/// <summary>
/// Every place's id and name in alphabetical order (French, case-insensitive), kept in memory by the app:
/// searches without a location are sorted by name, and reading and sorting 100,000 names takes about a second
/// (docs/PERFORMANCE.md). With this order, a national page reads 20 rows, a filtered one sorts its candidates
/// by rank, and a name search compares each distinct word of the names once. The first search after an
/// import pays for the new order.
/// <para>
/// The order is valid for one state of the places table: <see cref="PlacesVersion"/>, read before the places,
/// tells whether it may be out of date (imports count by their runs, other writers bump the version).
/// </para>
/// </summary>
public sealed class PlaceNameOrder : IDisposable
{
    // The comparer of searches around a point (SearchPlacesHandler): French, case-insensitive.
    private static readonly StringComparer French = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile Snapshot? _current;

    public async Task<Snapshot> GetAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = await PlacesVersion.ReadAsync(db, cancellationToken);
        if (_current is { } current && string.Equals(current.Version, version, StringComparison.Ordinal))
        {
            return current;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && string.Equals(built.Version, version, StringComparison.Ordinal))
            {
                return built;
            }

            var places = await db.ListedPlaces().AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
            _current = new Snapshot(version, [.. places.Select(p => p.Id)], [.. places.Select(p => p.Name)]);
            return _current;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();

    /// <summary>The places of one version, sorted; name keys and their words are made on the first name search.</summary>
    public sealed class Snapshot
    {
        private readonly Dictionary<string, int> _ranks;
        private readonly Lazy<NameWords> _words;

        internal Snapshot(string version, string[] ids, string[] names)
        {
            Version = version;
            var order = Enumerable.Range(0, ids.Length).ToArray();
            Array.Sort(order, (a, b) => French.Compare(names[a], names[b]) is var c and not 0 ? c : string.CompareOrdinal(ids[a], ids[b]));
            Ids = [.. order.Select(i => ids[i])];
            _ranks = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
            for (var rank = 0; rank < Ids.Count; rank++)
            {
                _ranks[Ids[rank]] = rank;
            }

            string[] sortedNames = [.. order.Select(i => names[i])];
            _words = new Lazy<NameWords>(() => new NameWords(sortedNames));
        }

        public string Version { get; }

        /// <summary>Ids in alphabetical order of names (ties by id).</summary>
        public IReadOnlyList<string> Ids { get; }

        public bool TryGetRank(string id, out int rank) => _ranks.TryGetValue(id, out rank);

        /// <summary>Ranks of the places whose name matches, in order.</summary>
        public List<int> Matching(PlaceNameQuery text)
        {
            var matcher = Matcher(text);
            var ranks = new List<int>();
            for (var rank = 0; rank < Ids.Count; rank++)
            {
                if (matcher(rank))
                {
                    ranks.Add(rank);
                }
            }

            return ranks;
        }

        /// <summary>A test of one place, by rank; each distinct word of the names is compared once per query word.</summary>
        public Func<int, bool> Matcher(PlaceNameQuery text)
        {
            ArgumentNullException.ThrowIfNull(text);
            var words = _words.Value;
            var known = text.Words.Select(_ => new sbyte[words.Vocabulary.Length]).ToArray(); // 0 not compared yet, 1 match, -1 not
            bool WordMatches(int index, int word)
            {
                if (known[index][word] == 0)
                {
                    known[index][word] = text.WordMatches(index, words.Vocabulary[word]) ? (sbyte)1 : (sbyte)-1;
                }

                return known[index][word] == 1;
            }

            Func<int, int, bool> wordMatches = WordMatches;
            return rank => words.Keys[rank].Contains(text.Key, StringComparison.Ordinal) || text.MatchesWords(words.ByRank[rank], wordMatches);
        }
    }

    /// <summary>Name keys by rank, and their words as indexes in the list of distinct words.</summary>
    private sealed class NameWords
    {
        public NameWords(string[] names)
        {
            var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
            Keys = [.. names.Select(CommuneNameKey.For)];
            ByRank = [.. Keys.Select(key => key.Split(' ').Select(w => vocabulary.TryAdd(w, vocabulary.Count) ? vocabulary.Count - 1 : vocabulary[w]).ToArray())];
            Vocabulary = new string[vocabulary.Count];
            foreach (var (word, index) in vocabulary)
            {
                Vocabulary[index] = word;
            }
        }

        public string[] Keys { get; }

        public int[][] ByRank { get; }

        public string[] Vocabulary { get; }
    }
}
