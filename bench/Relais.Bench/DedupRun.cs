using System.Diagnostics;
using System.Globalization;
using Relais.Web.Features.Dedup;
using Relais.Web.Infrastructure.Geo;

namespace Relais.Bench;

/// <summary>
/// <c>dotnet bench/Relais.Bench/bin/Release/net10.0/Relais.Bench.dll dedup [SIZES…]</c>: times the consolidation
/// of generated records (normalising into match records, blocking, scoring, grouping) at each size, and
/// checks it against the planted duplicates. A timed run, not BenchmarkDotNet: one pass at 200,000 records
/// already takes seconds.
/// </summary>
public static class DedupRun
{
    public static void Run(IEnumerable<int> sizes)
    {
        var communes = CommuneDirectory.LoadDefault();

        // Warm-up (JIT, FuzzySharp's caches), not shown: the first size would otherwise pay for it.
        MatchGroups.Consolidate([.. DedupData.Generate(communes, 5_000, seed: 7).Rows.Select(r => r.ToMatchRecord())]);
        Console.WriteLine("records | normalise s | match s (wall) | match s (CPU) | pairs scored | groups | in review | planted pairs found | wrong pairs merged");
        foreach (var size in sizes)
        {
            var generated = DedupData.Generate(communes, size);
            var clock = Stopwatch.StartNew();

            var records = generated.Rows.Select(r => r.ToMatchRecord()).ToList();
            var normalise = clock.Elapsed;
            clock.Restart();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var result = MatchGroups.Consolidate(records);
            var match = clock.Elapsed;
            var matchCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

            long found = 0, wrong = 0;
            foreach (var group in result.Groups)
            {
                for (var i = 0; i < group.Count; i++)
                {
                    for (var j = i + 1; j < group.Count; j++)
                    {
                        if (generated.Truth[group[i]] == generated.Truth[group[j]])
                        {
                            found++;
                        }
                        else
                        {
                            wrong++;
                        }
                    }
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size} | {normalise.TotalSeconds:F2} | {match.TotalSeconds:F2} | {matchCpu.TotalSeconds:F2} | {result.PairsScored} | {result.Groups.Count} | {result.ForReview.Count} | {found}/{generated.PlantedPairs} | {wrong}"));
        }
    }
}
