using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard.Validation;

namespace Relais.Web.Features.PlaceEdits;

/// <summary>Territorial codes of a validated place, as an import resolves them: from its commune, else from its codes.</summary>
public static class PlaceLocations
{
    public static PlaceLocation Of(PlaceValidationResult result, CommuneDirectory communes)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(communes);
        if (result.Commune is { } commune)
        {
            return new PlaceLocation(commune.InseeCode, commune.DepartmentCode, commune.RegionCode ?? communes.RegionOfDepartment(commune.DepartmentCode));
        }

        var place = result.Place!;
        var department = FranceTerritory.DepartmentOfInseeCode(place.InseeCode) ?? FranceTerritory.DepartmentOfPostalCode(place.PostalCode);
        return new PlaceLocation(null, department, communes.RegionOfDepartment(department));
    }
}
