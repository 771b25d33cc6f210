using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Relais.EndToEnd.Infrastructure;

/// <summary>
/// Base of a journey test class: <c>class XJourneyTests(BrowserFixture fixture) : BrowserJourney(fixture), IClassFixture&lt;BrowserFixture&gt;</c>.
/// Each test opens pages in fresh browser contexts (no cookies or storage shared between tests), closed after the test.
/// </summary>
public abstract class BrowserJourney(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly Dictionary<IPage, List<string>> _problems = [];

    protected RelaisServer Server => fixture.Server;

    /// <summary>
    /// A page in a new browser context (French locale, Paris time zone) whose relative URLs go to the app;
    /// <paramref name="configure"/> changes the context's options (JavaScript off, a position, permissions).
    /// </summary>
    protected async Task<IPage> OpenPageAsync(Viewport? viewport = null, Action<BrowserNewContextOptions>? configure = null)
    {
        var options = (viewport ?? Viewport.Desktop).ContextOptions(Server.BaseUrl);
        configure?.Invoke(options);
        var context = await fixture.Browser.NewContextAsync(options);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        var problems = _problems[page] = [];
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add($"script error: {error}");
        // A page's own status is the test's business (a 404 page may be the point); its stylesheets, scripts and images must load.
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        return page;
    }

    /// <summary>
    /// The checks every visited page gets: a full-page screenshot saved as <c>&lt;test name&gt;[_suffix].png</c> (first, so it
    /// exists when a check fails), no script error or broken resource since the page was opened, and no axe violation.
    /// </summary>
    protected async Task CheckPageAsync(IPage page, string suffix = "", [CallerMemberName] string testName = "")
    {
        // Late requests (icon, images) end before the checks, so that a broken one fails every time, not now and then.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Artifacts.ScreenshotAsync(page, suffix.Length == 0 ? testName : $"{testName}_{suffix}");
        var problems = _problems[page];
        Assert.True(problems.Count == 0, $"{page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }
}
