using Relais.Web.Features.Dedup;
using Relais.Web.Infrastructure.Geo;

namespace Relais.Bench;

/// <summary>
/// Generated records of 6 overlapping sources with planted duplicates: base places spread over the real communes
/// of the bundled table, in proportion to their population (Paris, Lyon and Marseille by arrondissement), within
/// about 2 km of the commune's centre; each place published by 1 to 4 sources (50/30/15/5 %) with the variations
/// real sources show — case and accents, abbreviated streets, the commune added to the name, points up to ~15 m
/// apart, 5 % without a point, phones and SIRETs sometimes missing. Deterministic per seed.
/// </summary>
public static class DedupData
{
    public const int Sources = 6;

    private static readonly string[] Kinds = ["Médiathèque", "Espace public numérique", "France Services", "Centre social", "Tiers-lieu", "Maison de quartier", "Bibliothèque", "Mission locale"];
    private static readonly string[] Streets = ["rue de la République", "place de la Mairie", "avenue Jean Jaurès", "rue Victor Hugo", "chemin des Écoles", "boulevard Pasteur", "route de Lyon", "rue du Général Leclerc"];
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ter", "van", "bri", "sel", "dor", "nu", "pha", "ro", "tel", "gan", "vi", "mon", "sar"];

    /// <summary>The three cities that also appear as their arrondissements: places go to the arrondissements.</summary>
    private static readonly HashSet<string> Cities = ["75056", "13055", "69123"];

    /// <summary>A record as a source gives it, before normalisation.</summary>
    public sealed record SourceRow(int Source, int Place, string Name, string Address, CommuneInfo Commune, string PostalCode, double? Latitude, double? Longitude, string? Siret, string? Phone)
    {
        public string Key => $"source-{Source}:place-{Place}";

        public MatchRecord ToMatchRecord() => MatchRecord.Create(Key, Name, Address, Commune.Name, Commune.InseeCode, Latitude, Longitude, locationApproximate: false, null, Siret, Phone, null, null);
    }

    public sealed record Generated(List<SourceRow> Rows, List<int> Truth, long PlantedPairs);

    public static Generated Generate(CommuneDirectory communes, int total, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(communes);
        var random = new Random(seed);
        var pool = communes.All
            .Where(c => c.Latitude is not null && c.PostalCodes.Count > 0 && c.Population > 0 && !Cities.Contains(c.InseeCode))
            .OrderBy(c => c.InseeCode, StringComparer.Ordinal).ToArray();
        var cumulative = new double[pool.Length];
        for (var i = 0; i < pool.Length; i++)
        {
            cumulative[i] = (i == 0 ? 0 : cumulative[i - 1]) + pool[i].Population!.Value;
        }

        var records = new List<SourceRow>(total);
        var truth = new List<int>(total);
        long planted = 0;
        for (var place = 0; records.Count < total; place++)
        {
            var at = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
            var commune = pool[Math.Min(pool.Length - 1, at < 0 ? ~at : at)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var name = $"{kind} {Word(random)} {Word(random)}";
            var number = random.Next(1, 200);
            var street = Streets[random.Next(Streets.Length)];
            var postalCode = commune.PostalCodes[random.Next(commune.PostalCodes.Count)];
            var (lat, lon) = (commune.Latitude!.Value + ((random.NextDouble() - 0.5) * 0.04), commune.Longitude!.Value + ((random.NextDouble() - 0.5) * 0.04));
            var phone = $"+33{random.Next(1, 6)}{random.Next(10_000_000, 99_999_999)}";
            var siret = random.Next(3) == 0 ? Siret(random) : null;
            var copies = random.NextDouble() switch { < 0.5 => 1, < 0.8 => 2, < 0.95 => 3, _ => 4 };
            copies = Math.Min(copies, total - records.Count);
            planted += copies * (copies - 1) / 2;
            var sources = Enumerable.Range(0, Sources).OrderBy(_ => random.Next()).Take(copies);
            foreach (var source in sources)
            {
                var variantName = random.Next(4) switch
                {
                    0 => name.ToUpperInvariant(),
                    1 => $"{name} - {commune.Name}",
                    2 => name.Replace("é", "e", StringComparison.Ordinal).Replace("è", "e", StringComparison.Ordinal),
                    _ => name,
                };
                var variantStreet = random.Next(3) == 0 ? street.Replace("avenue", "av.", StringComparison.Ordinal).Replace("boulevard", "bd", StringComparison.Ordinal).Replace("Général", "Gal", StringComparison.Ordinal) : street;
                var noPoint = random.Next(20) == 0;
                var jitter = 0.00012;
                records.Add(new SourceRow(
                    source, place, variantName, $"{number} {variantStreet}", commune, postalCode,
                    noPoint ? null : Math.Round(lat + ((random.NextDouble() - 0.5) * jitter), 6), noPoint ? null : Math.Round(lon + ((random.NextDouble() - 0.5) * jitter), 6),
                    random.Next(4) == 0 ? null : siret, random.Next(3) == 0 ? null : phone));
                truth.Add(place);
            }
        }

        return new Generated(records, truth, planted);
    }

    private static string Word(Random random)
    {
        var word = string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static string Siret(Random random)
    {
        var digits = new int[14];
        digits[0] = random.Next(1, 10);
        for (var i = 1; i < 13; i++)
        {
            digits[i] = random.Next(10);
        }

        for (var last = 0; last < 10; last++)
        {
            digits[13] = last;
            var text = string.Concat(digits);
            if (MatchText.CheckedSiret(text) is not null)
            {
                return text;
            }
        }

        throw new InvalidOperationException("no Luhn digit");
    }
}
