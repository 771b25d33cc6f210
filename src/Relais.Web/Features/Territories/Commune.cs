namespace Relais.Web.Features.Territories;

/// <summary>A current commune (or an arrondissement of Paris, Marseille, Lyon) of the bundled COG 2024 table.</summary>
public sealed class Commune
{
    public string InseeCode { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string NameWithArticle { get; set; } = string.Empty;

    /// <summary>Accent-, case- and article-insensitive key for name look-ups.</summary>
    public string SearchKey { get; set; } = string.Empty;

    public string DepartmentCode { get; set; } = string.Empty;

    public string? RegionCode { get; set; }

    /// <summary>Postcodes joined by <c>|</c> (a commune can have several, a postcode several communes).</summary>
    public string PostalCodes { get; set; } = string.Empty;

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public int? Population { get; set; }
}

public sealed class Department
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Slug { get; set; } = string.Empty;

    public string? RegionCode { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }
}

public sealed class Region
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Slug { get; set; } = string.Empty;

    public double Latitude { get; set; }

    public double Longitude { get; set; }
}
