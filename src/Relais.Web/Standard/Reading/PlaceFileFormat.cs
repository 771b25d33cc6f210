namespace Relais.Web.Standard.Reading;

public enum PlaceFileSyntax
{
    Csv,
    Json,
}

public enum StandardVersion
{
    /// <summary>0.1.0 / 0.1.1: 29 columns, <c>;</c> inside cells; bridged to 1.0 on read.</summary>
    V0x,

    /// <summary>1.0.0 / 1.0.1 / 1.0.2: 32 columns, <c>|</c> inside cells.</summary>
    V1x,
}
