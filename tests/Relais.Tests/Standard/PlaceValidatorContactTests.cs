using Relais.Web.Standard.Validation;
using static Relais.Tests.Standard.PlaceValidatorTests;

namespace Relais.Tests.Standard;

/// <summary>The validator's rules for contacts: phones to the international form, e-mails and websites.</summary>
public class PlaceValidatorContactTests
{
    [Theory]
    [InlineData("01 23 45 67 89", "51100", "+33123456789")]
    [InlineData("01.23.45.67.89", "51100", "+33123456789")]
    [InlineData("+33 (0)1 23 45 67 89", "51100", "+33123456789")]
    [InlineData("0033123456789", "51100", "+33123456789")]
    [InlineData("0590 12 34 56", "97100", "+590590123456")]
    [InlineData("0262 12 34 56", "97400", "+262262123456")]
    [InlineData("26 70 00", "98800", "+687267000")]
    [InlineData("+687 12 34 56", "98800", "+687123456")]
    public void Validate_PhoneNationalForms_International(string input, string postalCode, string expected)
    {
        var result = Validate(c =>
        {
            c["telephone"] = input;
            c["code_postal"] = postalCode;
            c["code_insee"] = string.Empty;
            c["latitude"] = string.Empty;
            c["longitude"] = string.Empty;
        });
        Assert.Equal(expected, result.Place?.Phone);
    }

    [Theory]
    [InlineData("3230")]
    [InlineData("01 23 45 67")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("appeler la mairie")]
    public void Validate_PhoneInvalid_Error(string input) => AssertError(Validate(c => c["telephone"] = input), "telephone.invalid");

    [Fact]
    public void Validate_TwoPhones_FirstKeptWithWarning()
    {
        var result = Validate(c => c["telephone"] = "03 26 00 00 00 / 06 12 34 56 78");
        AssertWarning(result, "telephone.multiple");
        Assert.Equal("+33326000000", result.Place?.Phone);
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("contact.example.fr")]
    [InlineData("contact@@example.fr")]
    public void Validate_EmailInvalid_Error(string input) => AssertError(Validate(c => c["courriels"] = input), "courriels.invalid");

    [Fact]
    public void Validate_SeveralEmailsAccentedLocalPart_Accepted() =>
        Assert.Equal("chambéry@accorderie.fr|b@example.org", Validate(c => c["courriels"] = "chambéry@accorderie.fr|B@example.org").Place?.Emails);

    [Theory]
    [InlineData("site_web", "pas une url")]
    [InlineData("site_web", "https://exa mple.fr")]
    [InlineData("fiche_acces_libre", "acceslibre")]
    [InlineData("prise_rdv", "ftp://rdv.example.fr")]
    public void Validate_UrlInvalid_Error(string field, string input) => AssertError(Validate(c => c[field] = input), $"{field}.invalid");

    [Fact]
    public void Validate_WebsiteWithoutScheme_HttpsAddedWithWarning()
    {
        var result = Validate(c => c["site_web"] = "www.example.fr|https://facebook.com/lieu");
        AssertWarning(result, "site_web.scheme_added");
        Assert.Equal("https://www.example.fr|https://facebook.com/lieu", result.Place?.Websites);
    }
}
