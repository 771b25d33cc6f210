using System.CommandLine;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Places;

namespace Relais.Web;

/// <summary>
/// The command-line verbs (<c>./relais places validate FILE</c>, <c>./relais sources run NAME</c> …): a stable contract for scripts. They run in a
/// plain host with the web server's configuration (appsettings.json, environment variables).
/// </summary>
public static class CommandLine
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "places", "organisations", "users", "sources", "review", "--help", "-h", "-?", "--version" };

    public static bool IsCommandLine(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.ClearProviders();
        builder.Services.AddRelaisCore(builder.Configuration);
        using var host = builder.Build();

        var root = new RootCommand("Relais — annuaire des lieux de médiation numérique : commandes d'exploitation.");
        root.Add(PlacesCommands.Build(host.Services));
        root.Add(AccountsCommands.Organisations(host.Services));
        root.Add(AccountsCommands.Users(host.Services));
        root.Add(Features.Sources.SourcesCommands.Build(host.Services));
        root.Add(Features.Review.ReviewCommands.Build(host.Services));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            await Console.Error.WriteLineAsync("Aide : ./relais --help");
            return 2;
        }

        return await parse.InvokeAsync();
    }
}
