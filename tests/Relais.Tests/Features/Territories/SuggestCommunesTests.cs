using Relais.Tests.Standard;
using Relais.Web.Features.Territories;

namespace Relais.Tests.Features.Territories;

public class SuggestCommunesTests
{
    private readonly SuggestCommunesHandler _handler = new(PlaceValidatorTests.Communes);

    [Fact]
    public void Handle_NameStartWithoutAccent_MostPopulousFirst()
    {
        var suggestions = _handler.Handle(new SuggestCommunesQuery("saint-et"));

        Assert.Equal("Saint-Étienne", suggestions[0].Name);
        Assert.Equal("42218", suggestions[0].InseeCode);
    }

    [Fact]
    public void Handle_SharedName_EveryCommuneWithItsDepartment()
    {
        var suggestions = _handler.Handle(new SuggestCommunesQuery("Valence", 20));

        Assert.Contains(suggestions, s => s.InseeCode == "26362" && s.DepartmentCode == "26");
        Assert.Contains(suggestions, s => s.InseeCode == "82186");
    }

    [Fact]
    public void Handle_PostcodePrefix_CommunesOfThatPostcode()
    {
        var suggestions = _handler.Handle(new SuggestCommunesQuery("2600"));

        Assert.Contains(suggestions, s => s.InseeCode == "26362");
        Assert.All(suggestions, s => Assert.Contains(s.PostalCodes, p => p.StartsWith("2600", StringComparison.Ordinal)));
    }

    [Fact]
    public void Handle_OneLetter_Nothing() => Assert.Empty(_handler.Handle(new SuggestCommunesQuery("V")));

    [Fact]
    public void Handle_Paris_CityNotArrondissements() =>
        Assert.Equal("75056", _handler.Handle(new SuggestCommunesQuery("Paris"))[0].InseeCode);
}
