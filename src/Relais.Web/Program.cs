using System.Globalization;
using System.Threading.RateLimiting;
using Relais.Web;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.CorrectionRequests;
using Relais.Web.Features.Jobs;
using Relais.Web.Features.Places;
using Relais.Web.Features.Places.Search;
using Relais.Web.Features.Setup;
using Relais.Web.Features.Territories;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Http;

if (CommandLine.IsCommandLine(args))
{
    return await CommandLine.RunAsync(args);
}

// `dotnet run --project src/Relais.Web` from the repository root: settings and static files come from the
// build output, while the SQLite file stays under ./data of the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Resolve() });
builder.Services.AddRelaisCore(builder.Configuration);
builder.Services.AddRazorPages(options =>
{
    // The same pages serve the password-reset flow under its own, plainer addresses.
    options.Conventions.AddPageRoute("/Connexion/Lien", "/mot-de-passe/oubli");
    options.Conventions.AddPageRoute("/Connexion/Utiliser", "/mot-de-passe/nouveau/{secret}");
});
// French text stays readable in the HTML source (é, not &#xE9;); encoding of markup characters is unchanged.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();
builder.Services.AddOpenApi(options => options.AddSearchParameters());
builder.Services.AddRelaisAuthentication(secureCookiesOnly: !builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing"));
builder.Services.AddHttpContextAccessor();
builder.Services.AddDatabaseDataProtection();
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.OnRejected = (context, _) =>
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(5);
        context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    };
    options.AddPublicFormsPolicy(builder.Configuration).AddSignInPolicy(builder.Configuration);
});
builder.Services.AddSingleton(builder.Configuration.GetSection(MapOptions.Section).Get<MapOptions>() ?? new MapOptions());
builder.Services.AddAssetCompression();
builder.Services.AddRelaisJobScheduler();

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

app.UseSecurityHeaders(app.Configuration);
app.UseStatusCodePages();
app.UseResponseCompression();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
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
