using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using Relais.Web.Features.Places;
using Relais.Web.Features.Places.Search;
using Relais.Web.Infrastructure.Geo;

namespace Relais.Web.Pages.Lieux;

/// <summary>
/// The search page: a plain GET form whose fields carry the API's parameter names, so the URL holds the whole
/// search (shareable, bookmarkable) and everything works without JavaScript. Scripts only add to it: commune
/// suggestions that set the hidden <c>commune</c> field, "Autour de moi" that sets <c>latitude</c> and
/// <c>longitude</c>, and the map.
/// </summary>
public sealed partial class IndexModel(SearchPlacesHandler handler, CommuneDirectory communes, MapOptions map, TimeProvider time) : PageModel
{
    public static readonly int[] Radii = [5, 10, 20, 50, 100];

    public SearchPlacesResult? Result { get; private set; }

    public SearchError? Error { get; private set; }

    public string Where { get; private set; } = string.Empty;

    /// <summary>The INSEE code the search uses, kept in a hidden field while the "where" box still names that commune.</summary>
    public string? Commune { get; private set; }

    /// <summary>The searched point ("Autour de moi"), kept in hidden fields while the "where" box is empty.</summary>
    public (string Latitude, string Longitude)? Position { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public bool HasSearch { get; private set; }

    public MapOptions Map => map;

    /// <summary>The same search for the map: every position, <c>/api/v1/places/points.geojson</c>.</summary>
    public string MapPointsUrl { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Where = Request.Query["ou"].ToString().Trim();
        var parameters = Request.Query
            .Where(p => p.Key is not ("ou" or "commune" or "latitude" or "longitude") && p.Value.Any(v => !string.IsNullOrWhiteSpace(v)))
            .ToList();
        parameters.AddRange(WhereParameters());
        HasSearch = parameters.Count > 0;
        if (!HasSearch)
        {
            return;
        }

        var (query, error) = SearchParameters.Parse(parameters, Now);
        (Result, Error) = error is not null ? (null, error) : await handler.HandleAsync(query!, cancellationToken);
        MapPointsUrl = "/api/v1/places/points.geojson?" + QueryString(parameters.Where(p => p.Key is not ("page" or "page_size")));
    }

    /// <summary>
    /// One box for "where": a postcode, an INSEE code or a commune name. The box wins over the hidden fields:
    /// a commune picked from the suggestions counts only while the box still shows its name, and a position
    /// only while the box is empty, so that a person who types another place without JavaScript gets it.
    /// </summary>
    private IEnumerable<KeyValuePair<string, StringValues>> WhereParameters()
    {
        var picked = Request.Query["commune"].ToString().Trim();
        var pickedCommune = communes.TryGet(picked, out var commune) ? commune : null;
        if (Where.Length == 0 && pickedCommune is not null)
        {
            Where = Label(pickedCommune);
        }

        if (Where.Length > 0)
        {
            var resolved = pickedCommune is not null && Names(pickedCommune, Where) ? pickedCommune : LabelledCommune(Where);
            Commune = resolved?.InseeCode;
            var isPostalCode = resolved is null && Where.Length == 5 && Where.All(char.IsAsciiDigit);
            yield return new(isPostalCode ? "code_postal" : "commune", new StringValues(Commune ?? Where));
            yield break;
        }

        if (picked.Length > 0)
        {
            yield return new("commune", new StringValues(picked)); // an unknown code: the search explains
            yield break;
        }

        var (latitude, longitude) = (Request.Query["latitude"].ToString().Trim(), Request.Query["longitude"].ToString().Trim());
        if (latitude.Length > 0 || longitude.Length > 0)
        {
            Position = (latitude, longitude);
            yield return new("latitude", new StringValues(latitude));
            yield return new("longitude", new StringValues(longitude));
        }
    }

    /// <summary>How the box shows a commune, as the suggestions and the choices do: "Valence (26)".</summary>
    public static string Label(CommuneInfo commune) => $"{commune.NameWithArticle} ({commune.DepartmentCode})";

    private bool Names(CommuneInfo commune, string where) =>
        string.Equals(where, Label(commune), StringComparison.OrdinalIgnoreCase) || where == commune.InseeCode
        || commune.PostalCodes.Contains(where) || communes.NameMatches(commune, where);

    /// <summary>"Valence (26)" typed or kept in the box: the one commune of that name in that département.</summary>
    private CommuneInfo? LabelledCommune(string where)
    {
        var match = LabelPattern().Match(where);
        var found = match.Success ? communes.FindByName(match.Groups["name"].Value).Where(c => c.DepartmentCode == match.Groups["department"].Value).ToList() : [];
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The filter panel starts open when a filter is in use, so that the person sees what narrows the list.</summary>
    public bool HasFilters => Request.Query.Keys.Any(k => k is not ("ou" or "rayon" or "q" or "page" or "commune" or "code_postal" or "latitude" or "longitude"));

    public bool IsChecked(string name, string value) => Request.Query[name].Any(v => v == value || (v?.Split('|').Contains(value) ?? false));

    public string PageUrl(int page) => $"/lieux?{QueryString(Request.Query.Where(p => p.Key != "page").Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))))}";

    public string ChoiceUrl(string inseeCode) =>
        $"/lieux?{QueryString(Request.Query.Where(p => p.Key is not ("ou" or "commune" or "latitude" or "longitude" or "page")).Append(new("commune", inseeCode)))}";

    private static string QueryString(IEnumerable<KeyValuePair<string, StringValues>> parameters) =>
        string.Join('&', parameters.SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? string.Empty)}")));

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<department>\w{2,3})\)$")]
    private static partial Regex LabelPattern();
}
