using System.Globalization;
using static Relais.Tests.Features.Sources.Cleanup.CleanupRows;

namespace Relais.Tests.Features.Sources.Cleanup;

public class CoordinateRulesTests
{
    [Fact]
    public void Clean_Lambert93WithCommaDecimals_ReprojectedToMaineEtLoire()
    {
        // Maine-et-Loire input of the national pipeline: x/y in Lambert-93, French decimal commas.
        var (row, log) = Clean(("latitude", "6692424,50"), ("longitude", "475198,12"), ("code_postal", "49400"), ("commune", "Saumur"));

        var (latitude, longitude) = (Number(row["latitude"]), Number(row["longitude"]));
        Assert.InRange(latitude, 46.9, 47.9);
        Assert.InRange(longitude, -1.4, 0.3);
        Assert.Contains(log.Changes, c => c.Rule == "coordinates.lambert93");
        Assert.False(log.LocationApproximate);
    }

    [Fact]
    public void Clean_ParisInLambert93_KnownPoint()
    {
        var (row, _) = Clean(("latitude", "652469"), ("longitude", "6862035"), ("code_postal", "75004"), ("commune", "Paris"));

        Assert.Equal(48.8566, Number(row["latitude"]), 3);
        Assert.Equal(2.3522, Number(row["longitude"]), 3);
    }

    [Fact]
    public void Clean_SwappedLatitudeLongitude_Swapped()
    {
        // Gironde input: "Coord. X" holds the latitude.
        var (row, log) = Clean(("latitude", "-0.5792"), ("longitude", "44.8378"), ("code_postal", "33000"), ("commune", "Bordeaux"));

        Assert.Equal(("44.8378", "-0.5792"), (row["latitude"], row["longitude"]));
        Assert.Contains(row.ReaderIssues, i => i.Code == "latitude.coordinates.swapped");
        Assert.Contains(log.Changes, c => c.Rule == "coordinates.swapped");
    }

    [Fact]
    public void Clean_ZeroCoordinates_CommuneCentreMarkedApproximate()
    {
        var (row, log) = Clean(("latitude", "0"), ("longitude", "0"), ("code_postal", "21000"), ("commune", "DIJON"));

        Assert.Equal(47.3, Number(row["latitude"]), 0);
        Assert.True(log.LocationApproximate);
        Assert.Contains(log.Changes, c => c.Rule == "coordinates.zero");
        Assert.Contains(log.Changes, c => c.Rule == "coordinates.commune_centre");
        Assert.Contains(row.ReaderIssues, i => i.Code == "latitude.coordinates.approximate");
    }

    [Fact]
    public void Clean_NoCoordinatesUnknownCommune_StaysWithoutPoint()
    {
        var (row, log) = Clean(("code_postal", "98800"), ("commune", "Lifou"));

        Assert.Null(row["latitude"]);
        Assert.False(log.LocationApproximate);
    }

    [Fact]
    public void Clean_NouvelleCaledoniePoint_Untouched()
    {
        var (row, log) = Clean(("latitude", "-22.233939"), ("longitude", "166.468099"), ("code_postal", "98800"), ("commune", "Nouméa"));

        Assert.Equal("-22.233939", row["latitude"]);
        Assert.DoesNotContain(log.Changes, c => c.Field is "latitude" or "longitude");
    }

    [Fact]
    public void Clean_PointFarFromCommune_FlaggedByValidator()
    {
        // A Dijon place placed in Besançon: kept, with the validator's warning.
        var (row, _) = Clean(("id", "a"), ("nom", "Lieu"), ("adresse", "1 rue X"), ("pivot", "00000000000000"), ("date_maj", "2026-10-01"),
            ("latitude", "47.2378"), ("longitude", "6.0241"), ("code_postal", "21000"), ("commune", "Dijon"));

        var result = new Web.Standard.Validation.PlaceValidator(Communes, new Infrastructure.FixedTimeProvider()).Validate(row);

        Assert.True(result.IsValid);
        Assert.Contains(result.Issues, i => i.Code == "coordinates.far_from_commune");
    }

    private static double Number(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);
}
