using Relais.Web.Features.Dedup;
using Relais.Web.Features.Places;
using Relais.Web.Standard;

namespace Relais.Tests.Features.Dedup;

/// <summary>How a merged place's fields are chosen among its records (pure).</summary>
public sealed class MergedFieldsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Choose_EquallyTrustedSourcesDisagree_MostRecentWins()
    {
        var old = Record("a", "1", "Médiathèque", "+33380000001", new DateOnly(2023, 1, 1));
        var recent = Record("b", "2", "Médiathèque", "+33380000002", new DateOnly(2025, 1, 1));

        var result = MergedFields.Choose("m", [new GroupRecord(old, 1), new GroupRecord(recent, 1)]);

        Assert.Equal("+33380000002", result.Fields.Phone);
        Assert.Equal(new FieldProvenance("b:2", ProvenanceReason.MostRecent), result.Provenance["telephone"]);
        Assert.Equal(ProvenanceReason.Agreed, result.Provenance["nom"].Reason);
        Assert.Equal(new DateOnly(2025, 1, 1), result.Fields.UpdatedOn);
    }

    [Fact]
    public void Choose_TrustedRecordWithoutValue_OtherSourceFillsIt()
    {
        var trusted = Record("a", "1", "Médiathèque", null, new DateOnly(2025, 1, 1));
        var other = Record("b", "2", "Mediatheque", "+33380000002", new DateOnly(2023, 1, 1));

        var result = MergedFields.Choose("m", [new GroupRecord(other, 5), new GroupRecord(trusted, 1)]);

        Assert.Equal(("Médiathèque", "+33380000002"), (result.Fields.Name, result.Fields.Phone));
        Assert.Equal(new FieldProvenance("a:1", ProvenanceReason.MostTrusted), result.Provenance["nom"]);
        Assert.Equal(new FieldProvenance("b:2", ProvenanceReason.OnlySource), result.Provenance["telephone"]);
        Assert.False(result.Provenance.ContainsKey("horaires"));
    }

    [Fact]
    public void Choose_TrustedRecordOnCommuneCentre_PrecisePointOfOtherWins()
    {
        var approximate = Record("a", "1", "Médiathèque", null, new DateOnly(2025, 1, 1), latitude: 47.0, approximate: true);
        var precise = Record("b", "2", "Médiathèque", null, new DateOnly(2025, 1, 1), latitude: 47.01);

        var result = MergedFields.Choose("m", [new GroupRecord(approximate, 1), new GroupRecord(precise, 2)]);

        Assert.Equal((47.01, "b:2"), (result.Fields.Latitude!.Value, result.Provenance["latitude"].Record));
        Assert.Same(precise, result.PositionFrom);
        Assert.Equal("a:1", result.Provenance["adresse"].Record);
    }

    private static Place Record(string source, string id, string name, string? phone, DateOnly updated, double latitude = 47.3, bool approximate = false)
    {
        var data = new StandardPlace
        {
            Id = id,
            Name = name,
            Commune = "Dijon",
            PostalCode = "21000",
            Address = $"{id} rue de la Liberté",
            Phone = phone,
            UpdatedOn = updated,
            Latitude = latitude,
            Longitude = 5.04,
        };
        return Place.FromSource(source, "run", data, new PlaceLocation("21231", "21", "27"), hasInterpretableHours: true, null, 0, At, new SourceRowFacts("f", null, approximate));
    }
}
