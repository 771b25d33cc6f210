using System.Text.Json;
using System.Text.Json.Serialization;

namespace Relais.Web.Features.Sources;

/// <summary>
/// A source as declared in <c>sources/NAME.json</c> (documented in docs/sources.md): where its data is, in
/// which format, how far it is trusted, who publishes it under which licence, and — unless it already follows
/// the standard — how its columns map to the standard's fields.
/// </summary>
public sealed class SourceDeclaration
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Label { get; init; } = string.Empty;

    /// <summary>A path relative to the declaration file, an absolute path, or an http(s) URL.</summary>
    public string Location { get; init; } = string.Empty;

    public SourceFormat Format { get; init; }

    /// <summary>1 = most trusted; used by the future merge to choose between sources.</summary>
    public int TrustRank { get; init; }

    public SourceContact? Contact { get; init; }

    public SourceLicence? Licence { get; init; }

    /// <summary>For URLs: seconds before the download is abandoned.</summary>
    public int TimeoutSeconds { get; init; } = 60;

    /// <summary>CSV only: the column separator when it is not detected from the header (<c>,</c>, <c>;</c>, tab).</summary>
    public string? Delimiter { get; init; }

    /// <summary>For <c>csv</c> and <c>json</c>: standard field → rule (an object) or term rules (an array).</summary>
    public Dictionary<string, JsonElement>? Fields { get; init; }
}

public enum SourceFormat
{
    /// <summary>A file of the standard, v1.0.x or v0.1.x, CSV or JSON: the version is read from its columns.</summary>
    Standard,

    /// <summary>Any CSV with a header row.</summary>
    Csv,

    /// <summary>Any JSON array of objects (nested objects are reached with dotted names: <c>geolocalisation.lat</c>).</summary>
    Json,
}

public sealed class SourceContact
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Url { get; init; }
}

public sealed class SourceLicence
{
    public string Name { get; init; } = string.Empty;

    public string? Url { get; init; }

    public string? Note { get; init; }
}
