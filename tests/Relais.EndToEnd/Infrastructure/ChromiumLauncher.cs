using Microsoft.Playwright;

namespace Relais.EndToEnd.Infrastructure;

/// <summary>
/// Launches Debian's Chromium (never a browser downloaded by Playwright: the network is closed on these
/// machines). scripts/test.sh installs it and sets <c>RELAIS_CHROMIUM</c>.
/// </summary>
public static class ChromiumLauncher
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("RELAIS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ExecutablePath}: run the tests with scripts/test.sh, which installs Debian's chromium " +
                "(apt-get install -y chromium) and sets RELAIS_CHROMIUM.");
        }

        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // The last three stop Chromium from calling home, which floods a closed network with refused connections.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }
}
