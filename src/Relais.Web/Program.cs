using Relais.Web;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Features.Places;
using Relais.Web.Features.Setup;
using Relais.Web.Features.Territories;
using Relais.Web.Infrastructure.Http;

if (CommandLine.IsCommandLine(args))
{
    return await CommandLine.RunAsync(args);
}

// `dotnet run --project src/Relais.Web` from the repository root: settings and static files come from the
// build output, while the SQLite file stays under ./data of the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Resolve() });
builder.Services.AddRelaisCore(builder.Configuration);
builder.Services.AddRazorPages();
// French text stays readable in the HTML source (é, not &#xE9;); encoding of markup characters is unchanged.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();
builder.Services.AddOpenApi();
builder.Services.AddPublicFormsRateLimit(builder.Configuration);
builder.Services.AddSingleton(builder.Configuration.GetSection(MapOptions.Section).Get<MapOptions>() ?? new MapOptions());
builder.Services.AddAssetCompression();

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<InitializeDatabaseHandler>().HandleAsync(loadDemoData: true);
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler();
    app.UseHsts();
}

app.UseStatusCodePages();
app.UseResponseCompression();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAntiforgery();
app.MapHealthChecks("/health");
app.MapOpenApi();
// A readable page for the API at /api, served from the package's own files (no CDN).
app.UseSwaggerUI(options =>
{
    options.RoutePrefix = "api";
    options.SwaggerEndpoint("/openapi/v1.json", "Relais — API publique v1");
    options.DocumentTitle = "API publique de Relais";
});
app.MapPlacesEndpoints();
app.MapTerritoriesEndpoints();
app.MapRazorPages();

await app.RunAsync();
return 0;

public partial class Program;
