using static Relais.Tests.Features.Sources.Cleanup.CleanupRows;

namespace Relais.Tests.Features.Sources.Cleanup;

public class CommuneResolverTests
{
    [Fact]
    public void Clean_UppercaseNameWithPostcode_OfficialNameAndInseeCode()
    {
        // MedNum BFC writes communes in capitals, without hyphens or accents.
        var (row, log) = Clean(("commune", "CHALON SUR SAONE"), ("code_postal", "71100"));

        Assert.Equal(("Chalon-sur-Saône", "71076"), (row["commune"], row["code_insee"]));
        Assert.Contains(log.Changes, c => c is { Field: "commune", Rule: "commune.by_postal_code_and_name" });
    }

    [Fact]
    public void Clean_ConsistentInseeAndPostcode_ResolvedByInsee()
    {
        var (row, log) = Clean(("commune", "Bourg En Bresse"), ("code_postal", "01000"), ("code_insee", "01053"));

        Assert.Equal("Bourg-en-Bresse", row["commune"]);
        Assert.Contains(log.Changes, c => c.Rule == "commune.by_insee");
    }

    [Fact]
    public void Clean_FormerCommuneName_CurrentCommune()
    {
        // Bellegarde-sur-Valserine merged into Valserhône (01033) in 2019.
        var (row, log) = Clean(("commune", "Bellegarde-sur-Valserine"), ("code_postal", "01200"));

        Assert.Equal(("Valserhône", "01033"), (row["commune"], row["code_insee"]));
        Assert.Contains(log.Changes, c => c.Rule == "commune.by_former_name");
    }

    [Fact]
    public void Clean_WrongPostcodeUniqueName_CommuneAndItsPostcode()
    {
        var (row, log) = Clean(("commune", "Valserhône"), ("code_postal", "01999"));

        Assert.Equal(("01033", "01200"), (row["code_insee"], row["code_postal"]));
        Assert.Contains(log.Changes, c => c is { Field: "code_postal", Before: "01999", After: "01200", Rule: "code_postal.commune" });
    }

    [Fact]
    public void Clean_UnknownPostcodeUniqueName_ResolvedByName()
    {
        var (row, log) = Clean(("commune", "BESANCON"), ("code_postal", "25099"));

        Assert.Equal(("Besançon", "25056"), (row["commune"], row["code_insee"]));
        Assert.Contains(log.Changes, c => c.Rule == "commune.by_unique_name");
    }

    [Fact]
    public void Clean_NameInFiveDepartmentsUnknownPostcode_ResolvedWithinDepartment()
    {
        // Five communes are called Charmes; the postcode's département (21) tells which.
        var (row, log) = Clean(("commune", "Charmes"), ("code_postal", "21999"));

        Assert.Equal(("21146", "21310"), (row["code_insee"], row["code_postal"]));
        Assert.Contains(log.Changes, c => c.Rule == "commune.by_name_in_department");
    }

    [Fact]
    public void Clean_CedexSuffix_Ignored()
    {
        var (row, _) = Clean(("commune", "DIJON CEDEX"), ("code_postal", "21000"));
        Assert.Equal(("Dijon", "21231"), (row["commune"], row["code_insee"]));
    }

    [Fact]
    public void Clean_NouvelleCaledonie_OutsideTableKeptAsIs()
    {
        var (row, log) = Clean(("commune", "Mont-Dore"), ("code_postal", "98800"));

        Assert.Equal("Mont-Dore", row["commune"]);
        Assert.Null(row["code_insee"]);
        Assert.DoesNotContain(log.Changes, c => c.Field == "commune");
    }

    [Fact]
    public void Clean_UnknownNamePostcodeOfSeveralCommunes_KeptWithWarning()
    {
        var (row, _) = Clean(("commune", "Nulle-Part-sur-Mer"), ("code_postal", "21310"));

        Assert.Equal("Nulle-Part-sur-Mer", row["commune"]);
        Assert.Null(row["code_insee"]);
        Assert.Contains(row.ReaderIssues, i => i.Code == "commune.unresolved");
    }

    [Fact]
    public void Clean_UnknownNamePostcodeOfOneCommune_ThatCommune()
    {
        var (row, log) = Clean(("commune", "Quartier des Grésilles"), ("code_postal", "21000"));

        Assert.Equal(("Dijon", "21231"), (row["commune"], row["code_insee"]));
        Assert.Contains(log.Changes, c => c is { Field: "commune", Before: "Quartier des Grésilles", Rule: "commune.by_unique_postal_code" });
    }
}
