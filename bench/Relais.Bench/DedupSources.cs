using System.Globalization;
using System.Text.Json;
using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Writing;

namespace Relais.Bench;

/// <summary>
/// <c>Relais.Bench.dll dedup-sources DIR RECORDS</c>: writes the records of <see cref="DedupData"/> as 6 source files
/// in the standard's CSV (<c>DIR/source-N.csv</c>) with their declarations (<c>DIR/sources/source-N.json</c>, trust
/// ranks 1 to 6), for <c>bench/dedup.sh</c> to consolidate with <c>./relais sources run --all</c> as a hub would.
/// Prints the planted duplicate pairs and, per record, its base place (<c>DIR/truth.csv</c>) to check the merges.
/// </summary>
public static class DedupSources
{
    private static readonly string[] Hours = ["Mo-Fr 09:00-12:00,14:00-18:00", "Tu-Sa 10:00-12:30,13:30-18:00; PH off", "Mo,We,Fr 14:00-17:00"];

    public static async Task WriteAsync(string directory, int total)
    {
        var communes = CommuneDirectory.LoadDefault();
        var generated = DedupData.Generate(communes, total);
        Directory.CreateDirectory(Path.Combine(directory, "sources"));
        var random = new Random(7);
        foreach (var source in Enumerable.Range(0, DedupData.Sources))
        {
            var rows = generated.Rows.Where(r => r.Source == source).Select(r => Place(r, random)).ToList();
            await using (var stream = File.Create(Path.Combine(directory, $"source-{source}.csv")))
            {
                await PlaceFileWriter.WriteAllAsync(stream, PlaceFileSyntax.Csv, rows.ToAsyncEnumerable());
            }

            var declaration = new Dictionary<string, object>
            {
                ["name"] = $"source-{source}",
                ["label"] = $"Source générée n° {source} (mesure de la consolidation)",
                ["location"] = $"../source-{source}.csv",
                ["format"] = "standard",
                ["trust_rank"] = source + 1,
            };
            await File.WriteAllTextAsync(Path.Combine(directory, "sources", $"source-{source}.json"), JsonSerializer.Serialize(declaration));
        }

        await File.WriteAllLinesAsync(Path.Combine(directory, "truth.csv"), generated.Rows.Select(r => $"{r.Key},{r.Place}").Prepend("record,place"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{generated.Rows.Count} records of {generated.Truth.Distinct().Count()} places in {DedupData.Sources} sources, {generated.PlantedPairs} planted duplicate pairs"));
    }

    private static StandardPlace Place(DedupData.SourceRow row, Random random) => new()
    {
        Id = $"place-{row.Place}",
        Pivot = row.Siret,
        Name = row.Name,
        Commune = row.Commune.NameWithArticle,
        PostalCode = row.PostalCode,
        InseeCode = row.Commune.InseeCode,
        Address = row.Address,
        Latitude = row.Latitude,
        Longitude = row.Longitude,
        Phone = row.Phone,
        OpeningHours = Hours[row.Place % Hours.Length],
        CollectedBy = $"source-{row.Source}",
        Itinerancy = Itinerancy.Fixed,
        UpdatedOn = new DateOnly(2026, 1, 1).AddDays(random.Next(300)),
        Services = (ServiceKind)(1 + (row.Place % ((1 << 9) - 1))),
        FeeConditions = FeeCondition.Free,
        AccessModes = AccessMode.WalkIn,
        SupportModes = SupportMode.Individual,
    };
}
