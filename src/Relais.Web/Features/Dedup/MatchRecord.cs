namespace Relais.Web.Features.Dedup;

/// <summary>
/// What the matcher knows of one source record: its stable key (<c>source:original_id</c>) and the fields it
/// compares, normalised once so that scoring a pair does no text work beyond the comparisons themselves.
/// </summary>
public sealed record MatchRecord
{
    public required string Key { get; init; }

    public string PlaceId { get; init; } = string.Empty;

    /// <summary>Normalised name without generic words nor the commune's name (falls back to the whole name).</summary>
    public required TokenText Name { get; init; }

    /// <summary>A second name the record gives in parentheses ("EPN Sud (Espace Sisley)"), normalised likewise.</summary>
    public TokenText? AlternateName { get; init; }

    public required TokenText Address { get; init; }

    public string? InseeCode { get; init; }

    /// <summary>Null when the source gave no point or only the commune's centre: no distance evidence then.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public IReadOnlySet<string> Typologies { get; init; } = new HashSet<string>();

    /// <summary>A checked SIRET (Luhn, or La Poste's rule); placeholders and invalid numbers are null.</summary>
    public string? Siret { get; init; }

    public IReadOnlySet<string> Contacts { get; init; } = new HashSet<string>();

    /// <summary>Kinds of service the name states (library, town hall, France Services…).</summary>
    public IReadOnlySet<string> Kinds { get; init; } = new HashSet<string>();

    public string? HouseNumber { get; init; }

    public bool HasPoint => Latitude is not null && Longitude is not null;

    public static MatchRecord Create(string key, string name, string address, string? commune, string? inseeCode, double? latitude, double? longitude, bool locationApproximate, string? typologies, string? pivot, string? phone, string? emails, string? websites, string placeId = "")
    {
        var normalisedName = MatchText.NormaliseName(name);
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        var normalisedAddress = MatchText.NormaliseAddress(address);
        var exactPoint = !locationApproximate && latitude is not null && longitude is not null;
        return new MatchRecord
        {
            Key = key,
            PlaceId = placeId,
            Name = new TokenText(MatchText.Significant(normalisedName, commune)),
            AlternateName = paren >= 0 ? new TokenText(MatchText.Significant(MatchText.NormaliseName(name[(paren + 1)..]), commune)) : null,
            Address = new TokenText(normalisedAddress),
            InseeCode = string.IsNullOrWhiteSpace(inseeCode) ? null : inseeCode,
            Latitude = exactPoint ? latitude : null,
            Longitude = exactPoint ? longitude : null,
            Typologies = MatchText.Split(typologies, s => s.Trim().ToUpperInvariant()),
            Siret = MatchText.CheckedSiret(pivot),
            Contacts = MatchText.Contacts(phone, emails, websites),
            Kinds = MatchText.Kinds(normalisedName, typologies),
            HouseNumber = MatchText.HouseNumber(normalisedAddress),
        };
    }
}
