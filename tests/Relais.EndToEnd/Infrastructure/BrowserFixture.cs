using Microsoft.Playwright;

namespace Relais.EndToEnd.Infrastructure;

/// <summary>
/// Shared by the tests of one class (<c>IClassFixture&lt;BrowserFixture&gt;</c>): one app and one browser,
/// started once because each takes seconds. Every test opens its own browser contexts (see <see cref="BrowserJourney"/>).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserFixture()
        : this(null)
    {
    }

    /// <summary>With settings for the app (e.g. an SMTP listener's).</summary>
    protected BrowserFixture(IReadOnlyDictionary<string, string>? settings) => Server = new RelaisServer(settings);

    public RelaisServer Server { get; }

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started yet.");

    public async Task InitializeAsync()
    {
        // Starting the server migrates the database and loads the demo directory before it answers.
        _ = Server.BaseUrl;
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumLauncher.LaunchAsync((IPlaywright)_playwright);
    }

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
