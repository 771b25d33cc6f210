using Relais.Tests.Infrastructure;

namespace Relais.Tests.OpeningHours;

/// <summary>
/// Locates the real Hinaura dataset: the copy bundled with the web app when present, then a
/// repository-level data-bundled copy, then the shared data folder next to the repository.
/// </summary>
internal static class HinauraDataset
{
    private const string FileName = "hinaura-standard-v0.1.json";

    public static string Path
    {
        get
        {
            if (File.Exists(TestPaths.Hinaura))
            {
                return TestPaths.Hinaura;
            }

            var root = RepositoryRoot();
            var bundled = System.IO.Path.Combine(root, "data-bundled", "places", FileName);
            return File.Exists(bundled)
                ? bundled
                : System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "data", "places", FileName));
        }
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Relais.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Relais.slnx not found above {AppContext.BaseDirectory}.");
    }
}
