using System.Security.Cryptography;
using System.Text;
using Relais.Web.Standard;

namespace Relais.Web.Features.Places;

/// <summary>
/// A place of the directory: the standard's fields plus where it came from, where it is (codes resolved from
/// the communes table, for fast territorial search) and the warnings its maintainers should look at.
/// </summary>
public sealed class Place : StandardPlace
{
    private Place()
    {
    }

    /// <summary>Name of the source the place was imported from (e.g. <c>hinaura</c>).</summary>
    public string SourceName { get; private set; } = string.Empty;

    /// <summary>The place's <c>id</c> in its source file.</summary>
    public string SourceRecordId { get; private set; } = string.Empty;

    public string? DepartmentCode { get; private set; }

    public string? RegionCode { get; private set; }

    /// <summary>False when <c>horaires</c> is present but cannot be interpreted: opening filters never match it.</summary>
    public bool HasInterpretableHours { get; private set; }

    public int WarningCount { get; private set; }

    /// <summary>Warnings of the last validation, as a JSON array of {field, code, message}.</summary>
    public string? QualityIssues { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    /// <summary>
    /// The import run that last wrote this place (added or changed it): the places of a run are the input of
    /// the steps that follow an import, such as deduplication.
    /// </summary>
    public string LastImportRunId { get; private set; } = string.Empty;

    /// <summary>Fingerprint of the source row as last imported: an identical row in the next run is skipped.</summary>
    public string? SourceFingerprint { get; private set; }

    /// <summary>What the clean-up changed in the source row, as a JSON array of {field, before, after, rule}.</summary>
    public string? CleanupChanges { get; private set; }

    /// <summary>True when the point is the commune's centre, not the place's own position.</summary>
    public bool LocationApproximate { get; private set; }

    public static Place FromSource(string sourceName, string runId, StandardPlace data, PlaceLocation location, bool hasInterpretableHours, string? qualityIssues, int warningCount, DateTimeOffset at, SourceRowFacts? facts = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(location);
        var place = new Place
        {
            Id = IdFor(sourceName, data.Id),
            SourceName = sourceName,
            SourceRecordId = data.Id,
            DepartmentCode = location.DepartmentCode,
            RegionCode = location.RegionCode,
            HasInterpretableHours = hasInterpretableHours,
            QualityIssues = qualityIssues,
            WarningCount = warningCount,
            ImportedAt = at,
            LastImportRunId = runId,
            SourceFingerprint = facts?.Fingerprint,
            CleanupChanges = facts?.CleanupChanges,
            LocationApproximate = facts?.LocationApproximate ?? false,
        };
        place.CopyStandardFieldsFrom(data);
        if (location.InseeCode is not null && place.InseeCode is null)
        {
            place.InseeCode = location.InseeCode;
        }

        return place;
    }

    /// <summary>
    /// Stable directory id of a source record (a name-based UUID): re-importing a source keeps every place's
    /// id, so links and bookmarks survive, and two sources never collide.
    /// </summary>
    public static string IdFor(string sourceName, string sourceRecordId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"relais-place\n{sourceName}\n{sourceRecordId}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    // Edits

    /// <summary>
    /// The "charte d'accompagnement": what help the place gives and where it stops, written by its team. Not a
    /// field of the standard (never exported); imports never write it.
    /// </summary>
    public string? Charter { get; private set; }

    /// <summary>A manual edit by the place's team (form or API): the standard's fields, what derives from them, the charter.</summary>
    public void ApplyEdit(StandardPlace data, PlaceLocation location, bool hasInterpretableHours, string? qualityIssues, int warningCount, string? charter)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(location);
        CopyStandardFieldsFrom(data);
        if (location.InseeCode is not null && InseeCode is null)
        {
            InseeCode = location.InseeCode;
        }

        DepartmentCode = location.DepartmentCode;
        RegionCode = location.RegionCode;
        HasInterpretableHours = hasInterpretableHours;
        QualityIssues = qualityIssues;
        WarningCount = warningCount;
        Charter = charter;
    }

    // Moderation

    /// <summary>Set when a moderator confirmed the place no longer exists: hidden from search, API, export and map.</summary>
    public DateTimeOffset? UnpublishedAt { get; private set; }

    public bool IsPublished => UnpublishedAt is null;

    public void Unpublish(DateTimeOffset at) => UnpublishedAt ??= at;

    // Merge (docs/adr/0013-merge-with-provenance.md): a source record that is part of a merged place is hidden
    // behind it; the merged place is a row of its own, written by the merge from its records (source "_fusion").

    /// <summary>Source name of merged places: no declared source can have it (source names have no underscore).</summary>
    public const string MergedSourceName = "_fusion";

    /// <summary>The merged place that stands for this source record (hidden then); null for a place shown on its own.</summary>
    public string? MergedIntoId { get; private set; }

    /// <summary>True for a place built by the merge of several source records.</summary>
    public bool IsMerged => SourceName == MergedSourceName;

    /// <summary>A new merged place (its fields are set by <see cref="ApplyMerge"/>).</summary>
    public static Place NewMerged(string id) => new() { Id = id, SourceName = MergedSourceName, SourceRecordId = id };

    /// <summary>Sets a merged place's fields from its records' chosen values.</summary>
    public void ApplyMerge(StandardPlace fields, Place addressFrom, Place positionFrom, Place hoursFrom, string runId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(addressFrom);
        ArgumentNullException.ThrowIfNull(positionFrom);
        ArgumentNullException.ThrowIfNull(hoursFrom);
        CopyStandardFieldsFrom(fields);
        DepartmentCode = addressFrom.DepartmentCode;
        RegionCode = addressFrom.RegionCode;
        LocationApproximate = positionFrom.LocationApproximate;
        HasInterpretableHours = hoursFrom.HasInterpretableHours;
        QualityIssues = null;
        WarningCount = 0;
        ImportedAt = at;
        LastImportRunId = runId;
    }
}

/// <summary>What an import knows about the source row of a place beyond its standard fields.</summary>
public sealed record SourceRowFacts(string Fingerprint, string? CleanupChanges, bool LocationApproximate);

/// <summary>Territorial codes of a place, resolved from its commune.</summary>
public sealed record PlaceLocation(string? InseeCode, string? DepartmentCode, string? RegionCode);
