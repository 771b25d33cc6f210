using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Relais.Web.Infrastructure.Data;

namespace Relais.Bench;

public static class Program
{
    /// <summary>
    /// <c>dotnet bench/Relais.Bench/bin/Release/net10.0/Relais.Bench.dll --filter '*'</c>, or <c>… dedup [SIZES]</c>
    /// for the timed run of the matcher (<see cref="DedupRun"/>), or <c>… dedup-sources DIR RECORDS</c> for the
    /// generated sources of <c>bench/dedup.sh</c> (<see cref="DedupSources"/>). Unless <c>--job</c> is
    /// given, every benchmark runs a short job (1 launch, 3 warm-ups, 5 iterations): the machines here have
    /// 2 shared cores, and a full run of all benchmarks should take minutes, not an hour.
    /// <para><c>--prepare-search [Sqlite|Postgres]</c> makes the database of <see cref="SearchBenchmarks"/> (if needed)
    /// and prints its connection string: <c>bench/search.sh</c> starts the app on it.</para>
    /// </summary>
    public static async Task Main(string[] args)
    {
        if (args is ["--prepare-search", var provider])
        {
            var database = Enum.Parse<DatabaseProvider>(provider, ignoreCase: true);
            await using var services = await SearchDatabase.OpenAsync(database);
            Console.WriteLine(SearchDatabase.ConnectionString(database));
            return;
        }

        if (args is ["dedup-sources", var directory, var records])
        {
            await DedupSources.WriteAsync(directory, int.Parse(records, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length > 0 && args[0] == "dedup")
        {
            DedupRun.Run(args.Length > 1 ? args[1..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)) : [50_000, 100_000, 200_000]);
            return;
        }

        var config = DefaultConfig.Instance;
        if (!args.Any(a => a is "--job" or "-j"))
        {
            config = config.AddJob(Job.Default.WithId("Short").WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
