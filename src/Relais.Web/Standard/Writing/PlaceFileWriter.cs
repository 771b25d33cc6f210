using Relais.Web.Standard.Reading;

namespace Relais.Web.Standard.Writing;

/// <summary>Writes places to a stream in one of the standard's forms, CSV or JSON.</summary>
public static class PlaceFileWriter
{
    public static async Task<int> WriteAllAsync(Stream output, PlaceFileSyntax syntax, IAsyncEnumerable<StandardPlace> places, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(places);
        var count = 0;
        if (syntax == PlaceFileSyntax.Json)
        {
            await using var json = new PlaceJsonWriter(output);
            await foreach (var place in places.WithCancellation(cancellationToken))
            {
                await json.WriteAsync(place, cancellationToken: cancellationToken);
                count++;
            }
        }
        else
        {
            await using var csv = new PlaceCsvWriter(output);
            await foreach (var place in places.WithCancellation(cancellationToken))
            {
                await csv.WriteAsync(place, cancellationToken: cancellationToken);
                count++;
            }
        }

        return count;
    }
}
