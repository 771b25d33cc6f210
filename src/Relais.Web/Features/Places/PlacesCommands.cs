using System.CommandLine;
using Relais.Web.Features.Setup;
using Relais.Web.Standard.Reading;
using Spectre.Console;

namespace Relais.Web.Features.Places;

/// <summary>CLI verbs <c>places validate|import|export|generate</c>: exit codes and outputs are a contract for scripts.</summary>
public static class PlacesCommands
{
    public static Command Build(IServiceProvider services)
    {
        var places = new Command("places", "Valider, importer et exporter des lieux au format du standard national.");
        places.Add(Validate(services));
        places.Add(Import(services));
        places.Add(Export(services));
        places.Add(Generate(services));
        places.Add(Review.ReviewCommands.Unmerge(services));
        return places;
    }

    private static Command Validate(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Fichier CSV ou JSON du standard (v1.0.x ou v0.1.x)." };
        var json = new Option<bool>("--json") { Description = "Écrit le rapport en JSON sur la sortie standard." };
        var command = new Command("validate", "Vérifie un fichier. Code de sortie : 0 tout est valide, 1 des lignes sont invalides, 2 fichier illisible.") { file, json };
        command.SetAction(async (parse, ct) =>
        {
            using var scope = services.CreateScope();
            var handler = scope.ServiceProvider.GetRequiredService<ValidatePlacesFileHandler>();
            var path = parse.GetValue(file)!.FullName;
            var result = await WithProgressAsync("Validation", p => handler.HandleAsync(new ValidatePlacesFileQuery(path), p, ct), interactive: !parse.GetValue(json));
            if (parse.GetValue(json))
            {
                await PlacesReports.WriteValidationJsonAsync(Console.OpenStandardOutput(), result, ct);
            }
            else
            {
                PlacesReports.WriteValidationText(Stdout, result);
            }

            return result.ExitCode;
        });
        return command;
    }

    private static Command Import(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Fichier CSV ou JSON du standard (v1.0.x ou v0.1.x)." };
        var source = new Option<string>("--source") { Description = "Nom de la source (ex. hinaura) : réimporter la même source met ses lieux à jour.", Required = true };
        var command = new Command("import", "Valide puis importe les lignes valides en une transaction. Code de sortie : 0, 1 si des lignes sont rejetées, 2 si le fichier est illisible.") { file, source };
        command.SetAction(async (parse, ct) =>
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<InitializeDatabaseHandler>().HandleAsync(loadDemoData: false, ct);
            var handler = scope.ServiceProvider.GetRequiredService<ImportPlacesHandler>();
            ImportPlacesCommand request;
            try
            {
                request = new ImportPlacesCommand(parse.GetValue(file)!.FullName, SourceNames.Normalize(parse.GetValue(source)!));
            }
            catch (ArgumentException exception)
            {
                await Console.Error.WriteLineAsync(exception.Message);
                return 2;
            }

            var result = await WithProgressAsync("Import", p => handler.HandleAsync(request, p, ct), interactive: true);
            PlacesReports.WriteImportText(Stdout, request.SourceName, result);
            return result.ExitCode;
        });
        return command;
    }

    private static Command Export(IServiceProvider services)
    {
        var format = new Option<PlaceFileSyntax>("--format") { Description = "csv ou json.", DefaultValueFactory = _ => PlaceFileSyntax.Csv };
        var output = new Option<FileInfo?>("--output") { Description = "Fichier à écrire (par défaut : la sortie standard)." };
        var source = new Option<string?>("--source") { Description = "N'exporter que les lieux de cette source." };
        var strict = new Option<bool>("--strict") { Description = "CSV : seulement les 32 colonnes du standard, sans la colonne « sources » (fiches sources de chaque lieu)." };
        var command = new Command("export", "Exporte l'annuaire au format du standard v1.0.x ; en CSV, une colonne « sources » suit les 32 colonnes (source:id des fiches de chaque lieu, séparées par |).") { format, output, source, strict };
        command.SetAction(async (parse, ct) =>
        {
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<InitializeDatabaseHandler>().HandleAsync(loadDemoData: false, ct);
            var handler = scope.ServiceProvider.GetRequiredService<ExportPlacesHandler>();
            var target = parse.GetValue(output);
            if (parse.GetValue(source) is { } name && !SourceNames.IsValid(name))
            {
                await Console.Error.WriteLineAsync($"Nom de source invalide : « {name} ».");
                return 2;
            }

            await using var stream = target is null ? Console.OpenStandardOutput() : File.Create(target.FullName);
            var count = await handler.HandleAsync(new ExportPlacesQuery(parse.GetValue(format), parse.GetValue(source), parse.GetValue(strict)), stream, ct);
            if (target is not null)
            {
                await Console.Error.WriteLineAsync($"{count} lieux exportés dans {target.FullName}");
            }

            return 0;
        });
        return command;
    }

    private static Command Generate(IServiceProvider services)
    {
        var rows = new Option<int>("--rows") { Description = "Nombre de lieux à générer.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Graine (même graine, même fichier).", DefaultValueFactory = _ => 42 };
        var format = new Option<PlaceFileSyntax>("--format") { Description = "csv ou json.", DefaultValueFactory = _ => PlaceFileSyntax.Csv };
        var output = new Option<FileInfo>("--output") { Description = "Fichier à écrire.", Required = true };
        var command = new Command("generate", "Écrit des lieux fictifs mais valides, répartis sur de vraies communes (tests de charge, mesures).") { rows, seed, format, output };
        command.SetAction(async (parse, ct) =>
        {
            var generator = services.GetRequiredService<GeneratePlacesHandler>();
            var count = await generator.WriteAsync(parse.GetValue(output)!.FullName, parse.GetValue(format), parse.GetValue(rows), parse.GetValue(seed), ct);
            await Console.Error.WriteLineAsync($"{count} lieux générés dans {parse.GetValue(output)!.FullName}");
            return 0;
        });
        return command;
    }

    private static IAnsiConsole Stdout => AnsiConsole.Console;

    /// <summary>A progress bar on a terminal (on standard error, so that redirected output stays clean).</summary>
    private static async Task<T> WithProgressAsync<T>(string label, Func<IProgress<double>?, Task<T>> work, bool interactive)
    {
        if (!interactive || Console.IsErrorRedirected)
        {
            return await work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(label, maxValue: 1);
            var result = await work(new Progress<double>(value => task.Value = value));
            task.Value = 1;
            return result;
        });
    }
}
