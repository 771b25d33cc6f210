namespace Relais.Web.Infrastructure;

public static class CheckoutRoot
{
    /// <summary>The source checkout (the folder holding <c>Relais.slnx</c>) around the working directory, or null.</summary>
    public static string? Find()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Relais.slnx")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
