using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Relais.Tests.Infrastructure;

/// <summary>Drives a server-rendered form like a browser: open the page, keep its hidden fields, post them back.</summary>
public static partial class HtmlForm
{
    public static async Task<(HttpClient Client, Dictionary<string, string> Hidden)> OpenAsync(RelaisAppFactory app, string path)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return (client, await HiddenFieldsAsync(client, path));
    }

    /// <summary>The hidden fields of a page opened with this client (antiforgery tokens belong to a client's cookies).</summary>
    public static async Task<Dictionary<string, string>> HiddenFieldsAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var hidden = new Dictionary<string, string>();
        foreach (Match match in HiddenInput().Matches(html))
        {
            hidden.TryAdd(match.Groups["name"].Value, WebUtility.HtmlDecode(match.Groups["value"].Value));
        }

        return hidden;
    }

    public static FormUrlEncodedContent Fields(Dictionary<string, string> hidden, params (string Name, string Value)[] fields) =>
        new(hidden.Select(h => new KeyValuePair<string, string>(h.Key, h.Value)).Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    [GeneratedRegex("<input(?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>[^\"]+)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex HiddenInput();
}
