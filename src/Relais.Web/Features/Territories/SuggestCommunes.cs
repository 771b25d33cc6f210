using Relais.Web.Infrastructure.Geo;

namespace Relais.Web.Features.Territories;

public sealed record SuggestCommunesQuery(string Text, int Limit = 10);

public sealed record CommuneSuggestion(string InseeCode, string Name, string DepartmentCode, IReadOnlyList<string> PostalCodes, double? Latitude, double? Longitude);

/// <summary>
/// Autocompletion of the "where" box, offline from the bundled communes table: a postcode prefix, or the start
/// of a name (accent-, case- and article-insensitive), most populous first.
/// </summary>
public sealed class SuggestCommunesHandler(CommuneDirectory communes)
{
    public IReadOnlyList<CommuneSuggestion> Handle(SuggestCommunesQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = query.Text.Trim();
        if (text.Length < 2)
        {
            return [];
        }

        var limit = Math.Clamp(query.Limit, 1, 20);
        var matches = text.All(char.IsAsciiDigit)
            ? communes.All.Where(c => c.PostalCodes.Any(p => p.StartsWith(text, StringComparison.Ordinal)))
            : communes.StartingWith(CommuneNameKey.For(text));
        return [.. matches
            .Where(c => !c.Name.Contains("Arrondissement", StringComparison.Ordinal))
            .OrderByDescending(c => c.Population ?? 0)
            .Take(limit)
            .Select(c => new CommuneSuggestion(c.InseeCode, c.NameWithArticle, c.DepartmentCode, c.PostalCodes, c.Latitude, c.Longitude))];
    }
}
