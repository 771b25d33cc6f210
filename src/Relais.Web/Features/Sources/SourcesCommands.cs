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
        var all = new Option<bool>("--all") { Description = "Toutes les sources déclarées, l'une après l'autre, puis les fusions en une fois." };
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

            var result = await RunAllAsync(services, names, parse.GetValue(force), ct);
            foreach (var run in result.Sources)
            {
                SourcesReports.WriteRun(AnsiConsole.Console, run);
            }

            SourcesReports.WriteBatch(AnsiConsole.Console, result);
            return result.ExitCode;
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

    /// <summary>
    /// One source after the other in one batch (ADR 0018), then the merge once; progress bars on standard error when
    /// it is a terminal.
    /// </summary>
    private static async Task<RunSourceBatchResult> RunAllAsync(IServiceProvider services, IReadOnlyList<string> names, bool force, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var handler = scope.ServiceProvider.GetRequiredService<RunSourceBatchHandler>();
        var command = new RunSourceBatchCommand(names, force);
        if (Console.IsErrorRedirected)
        {
            return await handler.HandleAsync(command, cancellationToken: cancellationToken);
        }

        RunSourceBatchResult? result = null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress().AutoClear(false).StartAsync(async context =>
        {
            var tasks = names.ToDictionary(n => n, n => context.AddTask(n, autoStart: false, maxValue: 1), StringComparer.Ordinal);
            var merge = context.AddTask("Fusions (toutes les sources)", autoStart: false, maxValue: 1);
            ProgressTask? current = null;
            IProgress<double> Track(string name)
            {
                current?.StopTask();
                current = tasks[name];
                current.StartTask();
                var task = current;
                return new Progress<double>(value => task.Value = value);
            }

            var mergeProgress = new Progress<double>(value =>
            {
                if (current is not null)
                {
                    current.Value = 1;
                    current.StopTask();
                }

                merge.StartTask();
                merge.IsIndeterminate = value < 1;
                merge.Value = value;
            });
            result = await handler.HandleAsync(command, Track, mergeProgress, cancellationToken);
            merge.StopTask();
        });
        return result!;
    }
}
