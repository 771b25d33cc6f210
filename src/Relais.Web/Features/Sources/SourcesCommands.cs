using System.CommandLine;
using Relais.Web.Features.Setup;
using Spectre.Console;

namespace Relais.Web.Features.Sources;

/// <summary>CLI verbs <c>sources run NAME|--all</c> and <c>sources list</c>.</summary>
public static class SourcesCommands
{
    public static Command Build(IServiceProvider services)
    {
        var sources = new Command("sources", "Sources déclarées dans sources/ : récupérer, nettoyer, valider et importer leurs lieux.");
        sources.Add(Run(services));
        sources.Add(List(services));
        return sources;
    }

    private static Command Run(IServiceProvider services)
    {
        var name = new Argument<string?>("NAME") { Description = "Nom de la source (le fichier sources/NAME.json).", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Toutes les sources déclarées, l'une après l'autre." };
        var force = new Option<bool>("--force") { Description = "Réimporter même si ni les données ni la déclaration n'ont changé." };
        var command = new Command("run", "Importe une source déclarée. Code de sortie : 0, 1 si des lignes sont rejetées, 2 si une source échoue (rien n'a changé pour elle).") { name, all, force };
        command.SetAction(async (parse, ct) =>
        {
            var names = parse.GetValue(all) ? services.GetRequiredService<SourceCatalog>().Names() : parse.GetValue(name) is { } one ? [one] : [];
            if (names.Count == 0 || (parse.GetValue(all) && parse.GetValue(name) is not null))
            {
                await Console.Error.WriteLineAsync(parse.GetValue(all) ? "Aucune source déclarée (ou NAME donné avec --all)." : "Indiquez une source (NAME) ou --all. Liste : ./relais sources list");
                return 2;
            }

            using (var setup = services.CreateScope())
            {
                await setup.ServiceProvider.GetRequiredService<InitializeDatabaseHandler>().HandleAsync(loadDemoData: false, ct);
            }

            var results = await RunAllAsync(services, names, parse.GetValue(force), ct);
            foreach (var result in results)
            {
                SourcesReports.WriteRun(AnsiConsole.Console, result);
            }

            return results.Max(r => r.ExitCode);
        });
        return command;
    }

    private static Command List(IServiceProvider services)
    {
        var command = new Command("list", "Liste les sources déclarées et leur dernière exécution.");
        command.SetAction(async (_, ct) =>
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<InitializeDatabaseHandler>().HandleAsync(loadDemoData: false, ct);
            var result = await scope.ServiceProvider.GetRequiredService<ListSourcesHandler>().HandleAsync(new ListSourcesQuery(), ct);
            SourcesReports.WriteList(AnsiConsole.Console, result);
            return result.Sources.Any(s => s.Error is not null) ? 1 : 0;
        });
        return command;
    }

    /// <summary>One source after the other, each in its own scope; progress bars on standard error when it is a terminal.</summary>
    private static async Task<List<RunSourceResult>> RunAllAsync(IServiceProvider services, IReadOnlyList<string> names, bool force, CancellationToken cancellationToken)
    {
        async Task<RunSourceResult> RunOne(string name, IProgress<double>? progress)
        {
            using var scope = services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<RunSourceHandler>().HandleAsync(new RunSourceCommand(name, force), progress, cancellationToken);
        }

        var results = new List<RunSourceResult>();
        if (Console.IsErrorRedirected)
        {
            foreach (var name in names)
            {
                results.Add(await RunOne(name, null));
            }

            return results;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress().AutoClear(false).StartAsync(async context =>
        {
            var tasks = names.Select(n => context.AddTask(n, autoStart: false, maxValue: 1)).ToList();
            for (var i = 0; i < names.Count; i++)
            {
                var task = tasks[i];
                task.StartTask();
                results.Add(await RunOne(names[i], new Progress<double>(value => task.Value = value)));
                task.Value = 1;
                task.StopTask();
            }
        });
        return results;
    }
}
