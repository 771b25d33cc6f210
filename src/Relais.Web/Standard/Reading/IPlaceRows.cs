using Relais.Web.Standard.Validation;

namespace Relais.Web.Standard.Reading;

/// <summary>
/// Rows to import, laid out in the standard's v1 columns: a file of the standard (<see cref="PlaceFile"/>) or a
/// source mapped to the standard. Enumerating may throw <see cref="PlaceFileException"/> part-way.
/// </summary>
public interface IPlaceRows
{
    /// <summary>Share of the input read so far (0 to 1), for progress bars.</summary>
    double Progress { get; }

    /// <summary>Remarks about the whole input; complete once the rows have been enumerated.</summary>
    IReadOnlyList<ValidationIssue> FileIssues { get; }

    IAsyncEnumerable<StandardRow> ReadRowsAsync(CancellationToken cancellationToken = default);
}
