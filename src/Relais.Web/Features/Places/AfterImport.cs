namespace Relais.Web.Features.Places;

/// <summary>The places an import run wrote and removed, for the steps that follow it.</summary>
public sealed record ImportedPlaces(string SourceName, string RunId, IReadOnlyList<string> ChangedPlaceIds, IReadOnlyList<string> RemovedPlaceIds)
{
    /// <summary>
    /// The places the run added (new ids), exactly as written: a step may use them instead of reading them back
    /// (an added row has no moderator's state, no charter and no manual edits yet). Places the run updated are not
    /// here: their stored row keeps what the source does not write.
    /// </summary>
    public IReadOnlyList<Place> Added { get; init; } = [];

    /// <summary>The runs whose places these are (one per import of a batch).</summary>
    public IReadOnlyList<string> RunIds { get; init; } = [RunId];
}

/// <summary>
/// A step run at the end of every import, inside its transaction, after the places are written (the merge,
/// <c>MergeAfterImport</c>); in a batch of imports (<see cref="ImportBatch"/>), once at the end on the changes of
/// all of them. It sees the places the run added, changed and removed; throwing rolls the whole import (or batch) back.
/// </summary>
public interface IAfterImportStep
{
    /// <summary>Label of the step's line in the run report, e.g. "Fusions".</summary>
    string Label { get; }

    /// <returns>The step's line in the run report, e.g. "3 groupes de doublons".</returns>
    Task<string> RunAsync(ImportedPlaces imported, CancellationToken cancellationToken);
}
