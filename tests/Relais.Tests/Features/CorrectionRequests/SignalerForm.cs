using Microsoft.Extensions.DependencyInjection;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Places;

namespace Relais.Tests.Features.CorrectionRequests;

/// <summary>The report form of a freshly imported place.</summary>
public static class SignalerForm
{
    public static string ImportPlace(RelaisAppFactory app)
    {
        var source = $"sig-{Guid.NewGuid():N}"[..16];
        using var file = TempFile.WithText(StandardCsv.File(StandardCsv.Row()));
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ImportPlacesHandler>().HandleAsync(new ImportPlacesCommand(file.Path, source)).GetAwaiter().GetResult();
        return Place.IdFor(source, "lieu-1");
    }

    public static Task<(HttpClient Client, Dictionary<string, string> Hidden)> OpenAsync(RelaisAppFactory app, string placeId) =>
        HtmlForm.OpenAsync(app, $"/lieux/{placeId}/signaler");

    public static FormUrlEncodedContent Fields(Dictionary<string, string> hidden, params (string Name, string Value)[] fields) => HtmlForm.Fields(hidden, fields);
}
