using System.Text.Json;
using System.Text.Json.Nodes;
using Relais.Web.Features.Sources;

namespace Relais.Tests.Infrastructure;

/// <summary>A temporary folder of source declarations and data files, for one test.</summary>
public sealed class SourceFolder : IDisposable
{
    private SourceFolder(string path) => Path = path;

    public string Path { get; }

    public SourceCatalog Catalog => new(new SourcesOptions { Directory = Path });

    public static SourceFolder Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"relais-sources-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return new SourceFolder(path);
    }

    /// <summary>A copy of a repository declaration under another name, its data location made absolute.</summary>
    public string AddCopyOf(string realName, string name)
    {
        var realPath = System.IO.Path.Combine(TestPaths.Sources, $"{realName}.json");
        var json = JsonNode.Parse(File.ReadAllText(realPath), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        json["name"] = name;
        json["location"] = System.IO.Path.GetFullPath(json["location"]!.GetValue<string>(), TestPaths.Sources);
        json.AsObject().Remove("$schema");
        File.WriteAllText(System.IO.Path.Combine(Path, $"{name}.json"), json.ToJsonString());
        return name;
    }

    public string AddDeclaration(string name, string json)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, $"{name}.json"), json);
        return name;
    }

    public string AddFile(string fileName, string content)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
