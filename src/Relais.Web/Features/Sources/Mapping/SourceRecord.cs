namespace Relais.Web.Features.Sources.Mapping;

/// <summary>One record of a source in its own shape: column (or dotted JSON path) → text.</summary>
public sealed class SourceRecord(int rowNumber, IReadOnlyDictionary<string, string?> values)
{
    public int RowNumber { get; } = rowNumber;

    public IReadOnlyDictionary<string, string?> Values { get; } = values;

    /// <summary>The trimmed value, or null when the column is absent or blank.</summary>
    public string? this[string column] => Values.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
