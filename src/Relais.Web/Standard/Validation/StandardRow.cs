namespace Relais.Web.Standard.Validation;

/// <summary>
/// One data row as read from a file, already laid out in the 32 v1 columns (a v0.1 row has been bridged).
/// Cells are raw strings (null when absent); the reader's own remarks travel with the row.
/// </summary>
public sealed class StandardRow(int rowNumber, string?[] cells)
{
    public int RowNumber { get; } = rowNumber;

    public string?[] Cells { get; } = cells;

    public List<ValidationIssue> ReaderIssues { get; } = [];

    public string? this[string column] => Cells[StandardColumns.IndexOf(column)];

    public string? Id => Cells[0]?.Trim() is { Length: > 0 } id ? id : null;
}
