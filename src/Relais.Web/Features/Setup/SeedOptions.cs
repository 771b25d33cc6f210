namespace Relais.Web.Features.Setup;

/// <summary>Section <c>Seed</c> (<c>Seed__DemoData</c>): load the bundled real datasets on first start.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    public bool DemoData { get; set; } = true;
}
