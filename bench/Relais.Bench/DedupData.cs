using System.Globalization;
using Relais.Web.Features.Dedup;

namespace Relais.Bench;

/// <summary>
/// Generated records of 6 overlapping sources with planted duplicates: base places spread over 30,000
/// synthetic communes (skewed towards big towns), each published by 1 to 4 sources (50/30/15/5 %) with the
/// variations real sources show — case and accents, abbreviated streets, the commune added to the name,
/// points up to ~15 m apart, 5 % without a point, phones and SIRETs sometimes missing. Deterministic per seed.
/// </summary>
public static class DedupData
{
    private static readonly string[] Kinds = ["Médiathèque", "Espace public numérique", "France Services", "Centre social", "Tiers-lieu", "Maison de quartier", "Bibliothèque", "Mission locale"];
    private static readonly string[] Streets = ["rue de la République", "place de la Mairie", "avenue Jean Jaurès", "rue Victor Hugo", "chemin des Écoles", "boulevard Pasteur", "route de Lyon", "rue du Général Leclerc"];
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ter", "van", "bri", "sel", "dor", "nu", "pha", "ro", "tel", "gan", "vi", "mon", "sar"];

    /// <summary>A record as a source gives it, before normalisation.</summary>
    public sealed record SourceRow(string Key, string Name, string Address, string Commune, string Insee, double? Latitude, double? Longitude, string? Siret, string? Phone)
    {
        public MatchRecord ToMatchRecord() => MatchRecord.Create(Key, Name, Address, Commune, Insee, Latitude, Longitude, locationApproximate: false, null, Siret, Phone, null, null);
    }

    public sealed record Generated(List<SourceRow> Rows, List<int> Truth, long PlantedPairs);

    public static Generated Generate(int total, int seed = 42)
    {
        var random = new Random(seed);
        var communes = Enumerable.Range(0, 30_000)
            .Select(i => (Insee: i.ToString("D5", CultureInfo.InvariantCulture), Name: Word(random) + "-" + Word(random), Lat: 42.5 + (random.NextDouble() * 8.5), Lon: -4.5 + (random.NextDouble() * 12.5)))
            .ToArray();
        var records = new List<SourceRow>(total);
        var truth = new List<int>(total);
        long planted = 0;
        for (var place = 0; records.Count < total; place++)
        {
            var commune = communes[(int)(Math.Pow(random.NextDouble(), 2) * communes.Length)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var name = $"{kind} {Word(random)} {Word(random)}";
            var number = random.Next(1, 200);
            var street = Streets[random.Next(Streets.Length)];
            var (lat, lon) = (commune.Lat + ((random.NextDouble() - 0.5) * 0.04), commune.Lon + ((random.NextDouble() - 0.5) * 0.04));
            var phone = $"+33{random.Next(1, 6)}{random.Next(10_000_000, 99_999_999)}";
            var siret = random.Next(3) == 0 ? Siret(random) : null;
            var copies = random.NextDouble() switch { < 0.5 => 1, < 0.8 => 2, < 0.95 => 3, _ => 4 };
            copies = Math.Min(copies, total - records.Count);
            planted += copies * (copies - 1) / 2;
            var sources = Enumerable.Range(0, 6).OrderBy(_ => random.Next()).Take(copies);
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
                    $"source-{source}:{place}", variantName, $"{number} {variantStreet}", commune.Name, commune.Insee,
                    noPoint ? null : lat + ((random.NextDouble() - 0.5) * jitter), noPoint ? null : lon + ((random.NextDouble() - 0.5) * jitter),
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
