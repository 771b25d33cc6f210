using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using Relais.Web.Features.Places.Search;

namespace Relais.Web.Pages.Lieux;

/// <summary>
/// The search page: a plain GET form whose fields carry the API's parameter names, so the URL holds the whole
/// search (shareable, bookmarkable) and everything works without JavaScript.
/// </summary>
public sealed class IndexModel(SearchPlacesHandler handler, TimeProvider time) : PageModel
{
    public static readonly int[] Radii = [5, 10, 20, 50, 100];

    public SearchPlacesResult? Result { get; private set; }

    public SearchError? Error { get; private set; }

    public string Where { get; private set; } = string.Empty;

    public DateTimeOffset Now { get; private set; }

    public bool HasSearch { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Where = Request.Query["ou"].ToString().Trim();
        var parameters = Request.Query.Where(p => p.Key is not "ou" && p.Value.Any(v => !string.IsNullOrWhiteSpace(v))).ToList();
        if (Where.Length > 0)
        {
            // One box for "where": a postcode, an INSEE code or a commune name.
            var isPostalCode = Where.Length == 5 && Where.All(char.IsAsciiDigit) && !Request.Query.ContainsKey("commune");
            parameters.Add(new(isPostalCode ? "code_postal" : "commune", new StringValues(Where)));
        }

        HasSearch = parameters.Count > 0;
        if (!HasSearch)
        {
            return;
        }

        var (query, error) = SearchParameters.Parse(parameters, Now);
        (Result, Error) = error is not null ? (null, error) : await handler.HandleAsync(query!, cancellationToken);
    }

    /// <summary>The filter panel starts open when a filter is in use, so that the person sees what narrows the list.</summary>
    public bool HasFilters => Request.Query.Keys.Any(k => k is not ("ou" or "rayon" or "q" or "page" or "commune" or "code_postal"));

    public bool IsChecked(string name, string value) => Request.Query[name].Any(v => v == value || (v?.Split('|').Contains(value) ?? false));

    public string PageUrl(int page)
    {
        var query = Request.Query.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? string.Empty)}"));
        return $"/lieux?{string.Join('&', query.Append($"page={page}"))}";
    }

    public string ChoiceUrl(string inseeCode)
    {
        var query = Request.Query.Where(p => p.Key is not ("ou" or "commune" or "page")).SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? string.Empty)}"));
        return $"/lieux?{string.Join('&', query.Append($"commune={inseeCode}"))}";
    }
}
