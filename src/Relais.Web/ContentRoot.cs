namespace Relais.Web;

public static class ContentRoot
{
    /// <summary>
    /// The working directory when it holds the app's files (published layout, tests), otherwise the build
    /// output, which has appsettings.json, wwwroot and the bundled data.
    /// </summary>
    public static string? Resolve() =>
        File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? null : AppContext.BaseDirectory;
}
