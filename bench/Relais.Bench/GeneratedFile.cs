using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Geo;

namespace Relais.Bench;

/// <summary>A temporary CSV file of generated valid places, written by the same code as <c>places generate</c>.</summary>
public static class GeneratedFile
{
    public static async Task<string> WriteCsvAsync(CommuneDirectory communes, int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"relais-bench-{Guid.NewGuid():N}.csv");
        await new GeneratePlacesHandler(communes).WriteAsync(path, Relais.Web.Standard.Reading.PlaceFileSyntax.Csv, rows, seed: 42, CancellationToken.None);
        return path;
    }
}
