using Microsoft.Playwright;

namespace Relais.EndToEnd.Infrastructure;

/// <summary>Files a journey leaves for people to look at: full-page screenshots in <c>&lt;repo&gt;/.tmp/e2e-artifacts/</c>.</summary>
public static class Artifacts
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot(), ".tmp", "e2e-artifacts");

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    /// <summary>The page as Chromium prints it (print CSS applied), saved as <c>&lt;name&gt;.pdf</c>.</summary>
    public static async Task<string> PdfAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{name}.pdf");
        await page.PdfAsync(new() { Path = path, Format = "A4", PrintBackground = false });
        return path;
    }

    // Tests run from tests/Relais.EndToEnd/bin/<configuration>/net10.0: the repository is the first parent with Relais.slnx.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Relais.slnx")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
