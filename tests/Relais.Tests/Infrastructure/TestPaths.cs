namespace Relais.Tests.Infrastructure;

public static class TestPaths
{
    public static string Bundled(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "BundledData", .. parts]);

    public static string Schema(string fileName) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "schemas", fileName);

    public static string Hinaura => Bundled("places", "hinaura-standard-v0.1.json");

    /// <summary>The checkout this test build comes from (the folder holding Relais.slnx).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Relais.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Relais.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The repository's source declarations.</summary>
    public static string Sources => Path.Combine(RepositoryRoot, "sources");

    /// <summary>A fresh temporary file path with the given extension, deleted by <see cref="TempFiles"/>.</summary>
    public static string NewTempFile(string extension) => Path.Combine(Path.GetTempPath(), $"relais-test-{Guid.NewGuid():N}{extension}");
}
