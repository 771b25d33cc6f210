using System.Text;

namespace Relais.Tests.Infrastructure;

/// <summary>A file written for one test and deleted after it.</summary>
public sealed class TempFile : IDisposable
{
    private TempFile(string path) => Path = path;

    public string Path { get; }

    public static TempFile WithText(string text, string extension = ".csv", Encoding? encoding = null)
    {
        var file = new TempFile(TestPaths.NewTempFile(extension));
        File.WriteAllText(file.Path, text, encoding ?? new UTF8Encoding(false));
        return file;
    }

    public static TempFile WithBytes(byte[] bytes, string extension = ".csv")
    {
        var file = new TempFile(TestPaths.NewTempFile(extension));
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    public static TempFile Empty(string extension) => new(TestPaths.NewTempFile(extension));

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
