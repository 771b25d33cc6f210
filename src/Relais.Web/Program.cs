using Relais.Web;
using Relais.Web.Features.Setup;

if (CommandLine.IsCommandLine(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRelaisCore(builder.Configuration);
builder.Services.AddRazorPages();
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();

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
app.UseStaticFiles();
app.MapHealthChecks("/health");
app.MapRazorPages();

await app.RunAsync();
return 0;

public partial class Program;
