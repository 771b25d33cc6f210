using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Relais.Web.Infrastructure.Geo;

public sealed record CommuneInfo(
    string InseeCode,
    string Name,
    string NameWithArticle,
    string DepartmentCode,
    string? RegionCode,
    double? Latitude,
    double? Longitude,
    double? AreaKm2,
    int? Population,
    IReadOnlyList<string> PostalCodes,
    IReadOnlyList<string> OtherNames)
{
    /// <summary>A rough radius: the distance beyond which a point is unlikely to be in the commune.</summary>
    public double PlausibleRadiusKm => Math.Max(10, 3 * Math.Sqrt((AreaKm2 ?? 20) / Math.PI));
}

/// <summary>
/// The bundled communes table (INSEE COG 2024 with postcodes and centres), in memory for validation and
/// resolution. Former (delegated) communes are folded into their current commune as other names; Paris,
/// Marseille and Lyon exist both as the city and as their arrondissements.
/// </summary>
public sealed class CommuneDirectory
{
    // Départements and collectivities absent from the table: their codes cannot be checked.
    private static readonly HashSet<string> UncoveredDepartments = new(StringComparer.Ordinal) { "975", "977", "978", "986", "987", "988" };

    private readonly Dictionary<string, CommuneInfo> _byInsee;
    private readonly Dictionary<string, List<CommuneInfo>> _byPostalCode;
    // Name keys are built on first need, per commune: most rows match the official spelling directly.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> _nameKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _regionByDepartment;
    private readonly Lazy<Dictionary<string, List<CommuneInfo>>> _byNameKey;
    private readonly Lazy<Dictionary<string, List<CommuneInfo>>> _byFormerNameKey;

    private CommuneDirectory(Dictionary<string, CommuneInfo> byInsee)
    {
        _byInsee = byInsee;
        _byPostalCode = [];
        _byNameKey = new(() => byInsee.Values
            .Where(c => !c.Name.Contains("Arrondissement", StringComparison.Ordinal))
            .SelectMany(c => new[] { CommuneNameKey.For(c.Name), CommuneNameKey.For(c.NameWithArticle) }.Distinct().Select(k => (Key: k, Commune: c)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Commune).OrderByDescending(c => c.Population ?? 0).ToList(), StringComparer.Ordinal));
        _byFormerNameKey = new(() => byInsee.Values
            .Where(c => !IsCityWithArrondissements(c.InseeCode))
            .SelectMany(c => c.OtherNames.Select(CommuneNameKey.For).Distinct().Select(k => (Key: k, Commune: c)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Commune).ToList(), StringComparer.Ordinal));
        _regionByDepartment = byInsee.Values.Where(c => c.RegionCode is not null).GroupBy(c => c.DepartmentCode)
            .ToDictionary(g => g.Key, g => g.First().RegionCode!, StringComparer.Ordinal);
        foreach (var commune in byInsee.Values)
        {
            foreach (var postalCode in commune.PostalCodes)
            {
                if (!_byPostalCode.TryGetValue(postalCode, out var list))
                {
                    _byPostalCode[postalCode] = list = [];
                }

                list.Add(commune);
            }
        }
    }

    public int Count => _byInsee.Count;

    public IEnumerable<CommuneInfo> All => _byInsee.Values;

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "BundledData", "geo", "communes-fr.csv");

    public static CommuneDirectory LoadDefault() => Load(DefaultPath);

    public static CommuneDirectory Load(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<CommuneRow>();
        csv.Read();
        csv.ReadHeader();
        int Index(string name) => csv.GetFieldIndex(name);
        int insee = Index("insee_com"), region = Index("insee_reg"), department = Index("insee_dep"), name = Index("commune"),
            article = Index("commune_article"), postalCode = Index("code_postal"), type = Index("commune_type"), parent = Index("insee_parente"),
            latitude = Index("lat"), longitude = Index("lng"), area = Index("superficie_km2"), population = Index("population_2021");
        while (csv.Read())
        {
            rows.Add(new CommuneRow(
                csv.GetField(insee)!, csv.GetField(region)!, csv.GetField(department)!, csv.GetField(name)!, csv.GetField(article)!,
                csv.GetField(postalCode)!, csv.GetField(type)!, csv.GetField(parent)!, ParseDouble(csv.GetField(latitude)),
                ParseDouble(csv.GetField(longitude)), ParseDouble(csv.GetField(area)), (int?)ParseDouble(csv.GetField(population))));
        }

        return new CommuneDirectory(Build(rows));
    }

    public bool TryGet(string inseeCode, out CommuneInfo commune) => _byInsee.TryGetValue(inseeCode, out commune!);

    /// <summary>Current communes (not arrondissements) whose name or article form has this key, most populous first.</summary>
    public IReadOnlyList<CommuneInfo> FindByName(string name)
    {
        var key = CommuneNameKey.For(name);
        return _byNameKey.Value.TryGetValue(key, out var list) ? list : [];
    }

    /// <summary>Communes whose name key starts with this key (for autocompletion).</summary>
    public IEnumerable<CommuneInfo> StartingWith(string key) =>
        _byNameKey.Value.Where(p => p.Key.StartsWith(key, StringComparison.Ordinal)).SelectMany(p => p.Value).Distinct();

    /// <summary>Current communes that absorbed a former (delegated) commune of this name.</summary>
    public IReadOnlyList<CommuneInfo> FindByFormerName(string name) =>
        _byFormerNameKey.Value.TryGetValue(CommuneNameKey.For(name), out var list) ? list : [];

    /// <summary>True for the name or article form of the commune itself, not a former commune's name.</summary>
    public static bool IsCurrentName(CommuneInfo commune, string name)
    {
        ArgumentNullException.ThrowIfNull(commune);
        var key = CommuneNameKey.For(name);
        return key == CommuneNameKey.For(commune.Name) || key == CommuneNameKey.For(commune.NameWithArticle);
    }

    /// <summary>Paris, Marseille and Lyon: their other names are arrondissements, not former communes.</summary>
    public static bool IsCityWithArrondissements(string inseeCode) => inseeCode is "75056" or "13055" or "69123";

    public IReadOnlyList<CommuneInfo> FindByPostalCode(string postalCode) =>
        _byPostalCode.TryGetValue(postalCode, out var list) ? list : [];

    /// <summary>False for the collectivities the table does not cover (Saint-Pierre, Polynésie, Nouvelle-Calédonie…).</summary>
    public static bool Covers(string? departmentCode) => departmentCode is not null && !UncoveredDepartments.Contains(departmentCode);

    public bool NameMatches(CommuneInfo commune, string name) =>
        string.Equals(name, commune.NameWithArticle, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, commune.Name, StringComparison.OrdinalIgnoreCase)
        || _nameKeys.GetOrAdd(commune.InseeCode, static (_, c) => NameKeysOf(c), commune).Contains(CommuneNameKey.For(name));

    private static HashSet<string> NameKeysOf(CommuneInfo commune) =>
        commune.OtherNames.Append(commune.Name).Append(commune.NameWithArticle).Select(CommuneNameKey.For).ToHashSet(StringComparer.Ordinal);

    /// <summary>The région of a département, from the communes that belong to it.</summary>
    public string? RegionOfDepartment(string? departmentCode) =>
        departmentCode is not null && _regionByDepartment.TryGetValue(departmentCode, out var region) ? region : null;

    private static double? ParseDouble(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static Dictionary<string, CommuneInfo> Build(List<CommuneRow> rows)
    {
        var result = new Dictionary<string, CommuneInfo>(StringComparer.Ordinal);
        foreach (var group in rows.Where(r => r.Type is "COM" or "ARM").GroupBy(r => r.Insee))
        {
            var first = group.First();
            result[group.Key] = new CommuneInfo(
                group.Key, first.Name, first.NameWithArticle, first.Department, NullIfEmpty(first.Region), first.Latitude,
                first.Longitude, first.Area, first.Population, group.Select(r => r.PostalCode).Distinct().ToList(), []);
        }

        // Former communes carry their current commune's code: their names and postcodes are aliases of it.
        foreach (var group in rows.Where(r => r.Type == "COMD").GroupBy(r => r.Insee))
        {
            if (result.TryGetValue(group.Key, out var current))
            {
                result[group.Key] = current with
                {
                    PostalCodes = current.PostalCodes.Concat(group.Select(r => r.PostalCode)).Distinct().ToList(),
                    OtherNames = group.Select(r => r.Name).Concat(group.Select(r => r.NameWithArticle)).Distinct().ToList(),
                };
            }
        }

        // Paris, Marseille and Lyon only have arrondissement rows: the city itself is their union.
        foreach (var city in rows.Where(r => r.Type == "ARM").GroupBy(r => r.Parent))
        {
            var arrondissements = city.ToList();
            var name = arrondissements[0].Name.Split(' ')[0];
            var population = arrondissements.Sum(a => a.Population ?? 0);
            result[city.Key] = new CommuneInfo(
                city.Key, name, name, arrondissements[0].Department, NullIfEmpty(arrondissements[0].Region),
                arrondissements.Average(a => a.Latitude ?? 0), arrondissements.Average(a => a.Longitude ?? 0),
                arrondissements.Sum(a => a.Area ?? 0), population,
                arrondissements.Select(a => a.PostalCode).Distinct().ToList(), arrondissements.Select(a => a.Name).ToList());
        }

        return result;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private sealed record CommuneRow(
        string Insee, string Region, string Department, string Name, string NameWithArticle, string PostalCode, string Type,
        string Parent, double? Latitude, double? Longitude, double? Area, int? Population);
}
