namespace Relais.Web.Features.Territories;

public static class TerritoriesEndpoints
{
    public static IEndpointRouteBuilder MapTerritoriesEndpoints(this IEndpointRouteBuilder app)
    {
        var communes = app.MapGroup("/api/v1/communes").WithTags("Communes");
        communes.MapGet("/", (string? q, int? limit, SuggestCommunesHandler handler) => TypedResults.Ok(handler.Handle(new SuggestCommunesQuery(q ?? string.Empty, limit ?? 10))))
            .WithName("SuggestCommunes").WithSummary("Communes dont le nom ou le code postal commence par q (autocomplétion)");
        return app;
    }
}
