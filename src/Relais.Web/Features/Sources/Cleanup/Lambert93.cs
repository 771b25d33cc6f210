using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Relais.Web.Features.Sources.Cleanup;

/// <summary>
/// RGF93 / Lambert-93 (EPSG:2154), the official projection of metropolitan France, to WGS84 degrees. RGF93 and
/// WGS84 differ by less than a metre, so no datum shift is applied.
/// </summary>
public static class Lambert93
{
    private const string Wkt =
        "PROJCS[\"RGF93 / Lambert-93\",GEOGCS[\"RGF93\",DATUM[\"Reseau_Geodesique_Francais_1993\",SPHEROID[\"GRS 1980\",6378137,298.257222101]],"
        + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Lambert_Conformal_Conic_2SP\"],"
        + "PARAMETER[\"standard_parallel_1\",49],PARAMETER[\"standard_parallel_2\",44],PARAMETER[\"latitude_of_origin\",46.5],"
        + "PARAMETER[\"central_meridian\",3],PARAMETER[\"false_easting\",700000],PARAMETER[\"false_northing\",6600000],UNIT[\"metre\",1]]";

    private static readonly Lazy<MathTransform> Transform = new(() =>
    {
        var projected = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Wkt);
        return new CoordinateTransformationFactory().CreateFromCoordinateSystems(projected, GeographicCoordinateSystem.WGS84).MathTransform;
    });

    /// <summary>Plausible eastings and northings of metropolitan France in Lambert-93, in metres.</summary>
    public static bool IsPlausible(double x, double y) => x is > 0 and < 1_300_000 && y is > 6_000_000 and < 7_200_000;

    public static (double Latitude, double Longitude) ToWgs84(double x, double y)
    {
        // The transform keeps internal buffers: one call at a time.
        lock (Transform)
        {
            var (longitude, latitude) = Transform.Value.Transform(x, y);
            return (latitude, longitude);
        }
    }
}
