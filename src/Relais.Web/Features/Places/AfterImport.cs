namespace Relais.Web.Features.Places;

/// <summary>The places an import run wrote and removed, for the steps that follow it.</summary>
public sealed record ImportedPlaces(string SourceName, string RunId, IReadOnlyList<string> ChangedPlaceIds, IReadOnlyList<string> RemovedPlaceIds);

/// <summary>
/// A step run at the end of every import, inside its transaction, after the places are written: the seam
/// for deduplication and merging (not built yet). It sees the places the run added, changed and removed
/// (also <c>places.last_import_run_id</c> = the run); throwing rolls the whole import back.
/// </summary>
public interface IAfterImportStep
{
    /// <summary>Label of the step's line in the run report, e.g. "Fusions".</summary>
    string Label { get; }

    /// <returns>The step's line in the run report, e.g. "3 groupes de doublons".</returns>
    Task<string> RunAsync(ImportedPlaces imported, CancellationToken cancellationToken);
}
