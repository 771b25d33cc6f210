using System.Globalization;
using CsvHelper;
using Relais.Web.Features.Dedup;

namespace Relais.Tests.Features.Dedup;

/// <summary>The labelled set of Fixtures/dedup (how it was built: docs/PERFORMANCE.md).</summary>
public static class LabelledPairs
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "dedup", name);

    public static Dictionary<string, MatchRecord> Records()
    {
        using var reader = new CsvReader(new StreamReader(Fixture("records.csv")), CultureInfo.InvariantCulture);
        var records = new Dictionary<string, MatchRecord>(StringComparer.Ordinal);
        foreach (var row in reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>())
        {
            string? Cell(string column) => row[column] is string s && s.Length > 0 ? s : null;
            double? Number(string column) => Cell(column) is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : null;
            var key = Cell("record")!;
            records[key] = MatchRecord.Create(
                key, Cell("name") ?? string.Empty, Cell("address") ?? string.Empty, Cell("commune"), Cell("insee_code"), Number("latitude"), Number("longitude"),
                Cell("location_approximate") == "1", Cell("typologies"), Cell("pivot"), Cell("phone"), Cell("emails"), Cell("websites"));
        }

        return records;
    }

    public static List<(string A, string B, bool Same, string Reason)> Pairs()
    {
        using var reader = new CsvReader(new StreamReader(Fixture("pairs.csv")), CultureInfo.InvariantCulture);
        return reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>()
            .Select(r => ((string)r["record_a"], (string)r["record_b"], (string)r["label"] == "same", (string)r["reason"]))
            .ToList();
    }
}
