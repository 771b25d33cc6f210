using Relais.Web.Features.Sources.Cleanup;
using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard;
using Relais.Web.Standard.Validation;

namespace Relais.Tests.Features.Sources.Cleanup;

/// <summary>Rows for clean-up tests: only the cells a test names, and the bundled communes table loaded once.</summary>
internal static class CleanupRows
{
    private static readonly Lazy<CommuneDirectory> Directory = new(CommuneDirectory.LoadDefault);

    public static readonly DateOnly ImportDate = new(2026, 11, 21);

    public static CommuneDirectory Communes => Directory.Value;

    public static StandardRow Row(params (string Field, string? Value)[] cells)
    {
        var row = new StandardRow(1, new string?[StandardColumns.All.Count]);
        foreach (var (field, value) in cells)
        {
            row.Cells[StandardColumns.IndexOf(field)] = value;
        }

        return row;
    }

    public static (StandardRow Row, CleanupLog Log) Clean(params (string Field, string? Value)[] cells)
    {
        var row = Row(cells);
        return (row, new RowCleanup(Communes, ImportDate).Clean(row));
    }
}
