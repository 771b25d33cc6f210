using Relais.Web.Infrastructure;

namespace Relais.Web.Features.Sources;

/// <summary>Section <c>Sources</c> (<c>Sources__Directory</c>): where the source declarations are.</summary>
public sealed class SourcesOptions
{
    public const string Section = "Sources";

    /// <summary>Empty means <c>sources/</c> at the root of the checkout (or of the working directory).</summary>
    public string? Directory { get; set; }

    public string ResolvedDirectory => string.IsNullOrWhiteSpace(Directory)
        ? Path.Combine(CheckoutRoot.Find() ?? System.IO.Directory.GetCurrentDirectory(), "sources")
        : Path.GetFullPath(Directory);
}
