namespace Relais.Tests.Architecture;

/// <summary>House rules that keep the single project's folders honest.</summary>
public class LayeringTests
{
    public static TheoryData<string, string> Rules => new()
    {
        // Plumbing never knows business features.
        { "Infrastructure", "Relais.Web.Features" },
        // The standard and the opening-hours evaluator are pure: no database, no web, no features.
        { "Standard", "Relais.Web.Features" },
        { "Standard", "Microsoft.EntityFrameworkCore" },
        { "OpeningHours", "Relais.Web.Features" },
        { "OpeningHours", "Microsoft.EntityFrameworkCore" },
        { "OpeningHours", "Relais.Web.Standard" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void SourceFolder_ForbiddenNamespace_NotReferenced(string folder, string forbidden)
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Relais.Web", folder);
        // Generated migrations name the entity types they map: they are not written by hand.
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => File.ReadLines(file).Any(line => line.Contains(forbidden, StringComparison.Ordinal)))
            .Select(file => Path.GetRelativePath(root, file))
            .ToList();

        Assert.Empty(offenders);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Relais.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Relais.slnx not found above " + AppContext.BaseDirectory);
    }
}
