namespace Relais.Tests.Infrastructure;

public static class TestPaths
{
    public static string Bundled(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "BundledData", .. parts]);

    public static string Schema(string fileName) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "schemas", fileName);

    public static string Hinaura => Bundled("places", "hinaura-standard-v0.1.json");

    /// <summary>A fresh temporary file path with the given extension, deleted by <see cref="TempFiles"/>.</summary>
    public static string NewTempFile(string extension) => Path.Combine(Path.GetTempPath(), $"relais-test-{Guid.NewGuid():N}{extension}");
}
