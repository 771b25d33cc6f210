namespace Relais.Web.Features.Places;

/// <summary>
/// Section <c>Map</c> (<c>Map__TileUrl</c>, <c>Map__Attribution</c>): the background of the search page's map.
/// The default is OpenStreetMap's own tile server, whose usage policy suits a small audience only: a busy
/// deployment sets its own tile server here. An empty <c>TileUrl</c> draws the markers on a plain background.
/// </summary>
public sealed class MapOptions
{
    public const string Section = "Map";

    /// <summary>A Leaflet URL template with <c>{z}</c>, <c>{x}</c>, <c>{y}</c> (and optionally <c>{s}</c>, <c>{r}</c>).</summary>
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>The tiles' credit, shown on the map; HTML is allowed (a link to the licence).</summary>
    public string Attribution { get; set; } = "© <a href=\"https://www.openstreetmap.org/copyright\">contributeurs OpenStreetMap</a>";
}
