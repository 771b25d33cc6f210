using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Relais.EndToEnd.Infrastructure;

/// <summary>
/// The real app on Kestrel, on a free port of 127.0.0.1, with a temporary SQLite database of its own and the
/// demo directory (the bundled Hinaura dataset) loaded at start, as on a fresh install.
/// </summary>
public sealed class RelaisServer : WebApplicationFactory<Program>
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"relais-e2e-{Guid.NewGuid():N}.db");

    /// <summary>A transparent 1×1 GIF as a data URL (Leaflet's own empty image).</summary>
    public const string BlankTile = "data:image/gif;base64,R0lGODlhAQABAAD/ACwAAAAAAQABAAACADs=";

    private readonly IReadOnlyDictionary<string, string> _settings;

    public RelaisServer(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        // Port 0: Kestrel picks a free port, so several test classes (and clones) run side by side.
        UseKestrel(0);
    }

    /// <summary>Where the browser reaches the app, e.g. <c>http://127.0.0.1:41234/</c>. Starts the app on first use.</summary>
    public Uri BaseUrl
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, not ConfigureAppConfiguration: Program reads these while building its services.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_databaseFile}");
        builder.UseSetting("Seed:DemoData", "true");
        // The network is closed here: the map's tiles are one blank image written in the URL, so no tile request
        // fails (a failed request fails the journey) while the tile layer and its credit are still drawn.
        builder.UseSetting("Map:TileUrl", BlankTile);
        builder.UseSetting("Map:Attribution", "Fond de carte vide (tests)");
        builder.UseSetting("Jobs:Enabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
