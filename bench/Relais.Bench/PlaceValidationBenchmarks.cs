using BenchmarkDotNet.Attributes;
using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Validation;

namespace Relais.Bench;

/// <summary>
/// Issue goal: validation ≥ 200,000 rows/s on one core. Every benchmark handles the same 100,000 generated
/// rows; OperationsPerInvoke makes each reported figure a time per row (1 µs/row = 1,000,000 rows/s).
/// Everything runs on the calling thread, as in <c>places validate</c>.
/// </summary>
[MemoryDiagnoser]
public class PlaceValidationBenchmarks
{
    private const int Rows = 100_000;

    private CommuneDirectory _communes = null!;
    private string _path = null!;
    private StandardRow[] _rows = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _communes = CommuneDirectory.LoadDefault();
        _path = await GeneratedFile.WriteCsvAsync(_communes, Rows);
        var file = await PlaceFile.OpenAsync(_path);
        var rows = new List<StandardRow>(Rows);
        await foreach (var row in file.ReadRowsAsync())
        {
            rows.Add(row);
        }

        _rows = [.. rows];
        var invalid = _rows.Count(r => !new PlaceValidator(_communes, new FixedClock()).Validate(r).IsValid);
        if (_rows.Length != Rows || invalid > 0)
        {
            throw new InvalidOperationException($"Expected {Rows} valid generated rows, got {_rows.Length} rows of which {invalid} invalid.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>The rules only: rows already in memory. A new validator per pass, since it remembers the ids it saw.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public int ValidateRules()
    {
        var validator = new PlaceValidator(_communes, new FixedClock());
        var valid = 0;
        foreach (var row in _rows)
        {
            valid += validator.Validate(row).IsValid ? 1 : 0;
        }

        return valid;
    }

    /// <summary>End to end, as <c>places validate</c> does (without collecting issues: there are none).</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public async Task<int> ReadAndValidateFile()
    {
        var file = await PlaceFile.OpenAsync(_path);
        var validator = new PlaceValidator(_communes, new FixedClock());
        var valid = 0;
        await foreach (var row in file.ReadRowsAsync())
        {
            valid += validator.Validate(row).IsValid ? 1 : 0;
        }

        return valid;
    }

    /// <summary>Reading alone: sniffing, CSV parsing and the 32-column layout.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public async Task<int> ReadFile()
    {
        var file = await PlaceFile.OpenAsync(_path);
        var count = 0;
        await foreach (var row in file.ReadRowsAsync())
        {
            count += row.Cells.Length > 0 ? 1 : 0;
        }

        return count;
    }
}
