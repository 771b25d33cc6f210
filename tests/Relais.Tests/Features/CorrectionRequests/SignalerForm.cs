using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Places;

namespace Relais.Tests.Features.CorrectionRequests;

/// <summary>Drives the report form like a browser: a place to report on, the form's hidden fields, a post.</summary>
public static partial class SignalerForm
{
    public static string ImportPlace(RelaisAppFactory app)
    {
        var source = $"sig-{Guid.NewGuid():N}"[..16];
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row()));
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ImportPlacesHandler>().HandleAsync(new ImportPlacesCommand(file.Path, source)).GetAwaiter().GetResult();
        return Place.IdFor(source, "lieu-1");
    }

    public static async Task<(HttpClient Client, Dictionary<string, string> Hidden)> OpenAsync(RelaisAppFactory app, string placeId)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var html = await client.GetStringAsync(new Uri($"/lieux/{placeId}/signaler", UriKind.Relative));
        var hidden = HiddenInput().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        return (client, hidden);
    }

    public static FormUrlEncodedContent Fields(Dictionary<string, string> hidden, params (string Name, string Value)[] fields) =>
        new(hidden.Select(h => new KeyValuePair<string, string>(h.Key, h.Value)).Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    [GeneratedRegex("<input(?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>[^\"]+)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex HiddenInput();
}
