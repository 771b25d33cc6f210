using static Relais.Tests.Features.Sources.Cleanup.CleanupRows;

namespace Relais.Tests.Features.Sources.Cleanup;

public class ContactCleanupTests
{
    [Theory]
    [InlineData("03 73 27 51 57", "21000", "+33373275157")]  // MedNum BFC
    [InlineData("426700", "98800", "+687426700")]             // Nouvelle-Calédonie, without its prefix
    [InlineData("Tél. : 03.80.48.84.14", "21000", "+33380488414")]
    [InlineData("3230", "21000", "+33969322121")]             // CAF short number
    public void Clean_Phone_InternationalForm(string raw, string postcode, string expected)
    {
        var (row, _) = Clean(("telephone", raw), ("code_postal", postcode));
        Assert.Equal(expected, row["telephone"]);
    }

    [Theory]
    [InlineData("+687", "98800")]   // Nouvelle-Calédonie: 8 rows hold only the prefix
    [InlineData("36 46", "71100")]  // MedNum BFC
    public void Clean_UnusablePhone_RemovedWithWarningPlaceKept(string raw, string postcode)
    {
        var (row, log) = Clean(("telephone", raw), ("code_postal", postcode));

        Assert.Null(row["telephone"]);
        Assert.Contains(log.Changes, c => c is { Field: "telephone", Rule: "telephone.dropped" } && c.Before == raw);
        Assert.Contains(row.ReaderIssues, i => i.Code == "telephone.dropped");
    }

    [Fact]
    public void Clean_TwoPhones_FirstKeptWithWarning()
    {
        var (row, _) = Clean(("telephone", "03 80 00 00 00 / 06 00 00 00 00"), ("code_postal", "21000"));

        Assert.Equal("+33380000000", row["telephone"]);
        Assert.Contains(row.ReaderIssues, i => i.Code == "telephone.multiple");
    }

    [Theory]
    [InlineData("mailto:Contact@Exemple.fr", "contact@exemple.fr")]
    [InlineData("a@exemple.fr ; b@exemple.fr", "a@exemple.fr|b@exemple.fr")]
    [InlineData("a@exemple.fr ou b@exemple.fr", "a@exemple.fr|b@exemple.fr")]
    [InlineData(" contact@exemple.fr ", "contact@exemple.fr")]
    public void Clean_Emails_Cleaned(string raw, string expected)
    {
        var (row, _) = Clean(("courriels", raw));
        Assert.Equal(expected, row["courriels"]);
    }

    [Fact]
    public void Clean_EmailWithSpaceForDot_RemovedWithWarning()
    {
        // MedNum BFC: "epn@blanzy71 fr".
        var (row, _) = Clean(("courriels", "epn@blanzy71 fr"));

        Assert.Null(row["courriels"]);
        Assert.Contains(row.ReaderIssues, i => i.Code == "courriels.dropped");
    }

    [Theory]
    [InlineData("mldijon.asso.fr", "https://mldijon.asso.fr")]                                    // MedNum BFC
    [InlineData("www.ateliertremplin.fr", "https://www.ateliertremplin.fr")]                      // MedNum BFC
    [InlineData("Ameli.fr", "https://ameli.fr")]                                                  // MedNum BFC
    [InlineData("https://www.feracci.org/ (refonte en-cours)", "https://www.feracci.org/")]       // Nouvelle-Calédonie
    [InlineData("https://a.nc/, https://www.facebook.com/A.Pratique,", "https://a.nc/|https://www.facebook.com/A.Pratique")]
    [InlineData("www:exemple.fr", "https://www.exemple.fr")]
    [InlineData("http://a.fr ou http://b.fr", "http://a.fr|http://b.fr")]
    public void Clean_Websites_Repaired(string raw, string expected)
    {
        var (row, _) = Clean(("site_web", raw));
        Assert.Equal(expected, row["site_web"]);
    }

    [Fact]
    public void Clean_WebsiteNotAnAddress_RemovedWithWarning()
    {
        // Nouvelle-Calédonie: "NEANT".
        var (row, log) = Clean(("site_web", "NEANT"));

        Assert.Null(row["site_web"]);
        Assert.Contains(log.Changes, c => c is { Field: "site_web", Before: "NEANT", After: null });
        Assert.Contains(row.ReaderIssues, i => i.Code == "site_web.dropped");
    }
}
