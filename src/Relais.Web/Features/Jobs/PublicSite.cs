namespace Relais.Web.Features.Jobs;

/// <summary>
/// The site's public address (setting <c>PublicUrl</c>), for links in messages sent outside a request (jobs,
/// notifications), where no request tells the host.
/// </summary>
public sealed class PublicSite(IConfiguration configuration)
{
    public const string Setting = "PublicUrl";

    public string Url { get; } = (configuration.GetValue<string>(Setting) is { Length: > 0 } url ? url : "http://localhost:5000").TrimEnd('/');

    public string Link(string path) => Url + path;
}
