using System.CommandLine;
using Relais.Web.Features.Setup;
using Spectre.Console;

namespace Relais.Web.Features.Review;

/// <summary>CLI verbs <c>review list|confirm|reject</c> and <c>places unmerge</c>. Exit codes: 0 done, 2 refused (message on standard error).</summary>
public static class ReviewCommands
{
    public static Command Build(IServiceProvider services)
    {
        var review = new Command("review", "Paires de doublons possibles à revoir : les confirmer (fusion) ou les rejeter.");
        review.Add(List(services));
        review.Add(Decide(services, "confirm", "Confirme que les deux fiches sont le même lieu : elles sont fusionnées, et le restent aux prochains imports.", confirm: true));
        review.Add(Decide(services, "reject", "Rejette la paire : les deux fiches ne seront jamais fusionnées.", confirm: false));
        return review;
    }

    public static Command Unmerge(IServiceProvider services)
    {
        var id = new Argument<string>("PLACE_ID") { Description = "Identifiant du lieu fusionné (toutes ses fiches redeviennent visibles) ou d'une de ses fiches (elle seule en sort)." };
        var command = new Command("unmerge", "Défait une fusion ; les paires séparées sont retenues comme rejetées.") { id };
        command.SetAction(async (parse, ct) =>
        {
            using var scope = await InitializedScopeAsync(services, ct);
            var (result, error) = await scope.ServiceProvider.GetRequiredService<UnmergePlaceHandler>().HandleAsync(new UnmergePlaceCommand(parse.GetValue(id)!), ct);
            if (error is not null)
            {
                await Console.Error.WriteLineAsync(error.Message);
                return 2;
            }

            AnsiConsole.Console.WriteLine($"Fusion défaite : {result!.ShownAgain.Count} fiche(s) de nouveau visible(s).");
            return 0;
        });
        return command;
    }

    private static Command List(IServiceProvider services)
    {
        var all = new Option<bool>("--all") { Description = "Montre aussi les paires déjà confirmées ou rejetées." };
        var command = new Command("list", "Liste les paires à revoir : numéro, score, noms, adresses et sources des deux fiches.") { all };
        command.SetAction(async (parse, ct) =>
        {
            using var scope = await InitializedScopeAsync(services, ct);
            var items = await scope.ServiceProvider.GetRequiredService<ListReviewsHandler>().HandleAsync(new ListReviewsQuery(parse.GetValue(all)), ct);
            var console = AnsiConsole.Console;
            if (items.Count == 0)
            {
                console.WriteLine("Aucune paire à revoir.");
                return 0;
            }

            var table = new Table().AddColumns("N°", "Score", "Fiche A", "Fiche B", "Pourquoi");
            foreach (var item in items)
            {
                var why = $"{item.Reason} (nom {item.NameScore}, adresse {item.AddressScore?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"}, distance {(item.DistanceMetres is { } m ? $"{m} m" : "–")})";
                if (item.Status != Dedup.MatchReview.Pending)
                {
                    why += $" · {(item.Status == Dedup.MatchReview.Rejected ? "rejetée" : "confirmée")}";
                }

                table.AddRow(
                    new Text(item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Text(item.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Text(Side(item.A)),
                    new Text(Side(item.B)),
                    new Text(why));
            }

            console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Decide(IServiceProvider services, string name, string description, bool confirm)
    {
        var id = new Argument<int>("PAIR_ID") { Description = "Numéro de la paire (./relais review list)." };
        var command = new Command(name, description) { id };
        command.SetAction(async (parse, ct) =>
        {
            using var scope = await InitializedScopeAsync(services, ct);
            var error = await scope.ServiceProvider.GetRequiredService<DecideReviewHandler>().HandleAsync(new DecideReviewCommand(parse.GetValue(id), confirm), ct);
            if (error is not null)
            {
                await Console.Error.WriteLineAsync(error.Message);
                return 2;
            }

            AnsiConsole.Console.WriteLine(confirm ? "Paire confirmée : les deux fiches sont fusionnées." : "Paire rejetée : les deux fiches resteront séparées.");
            return 0;
        });
        return command;
    }

    private static string Side(ReviewSide side) => side.Name is null
        ? $"{side.Record} (retirée)"
        : $"{side.Name}\n{side.Address}, {side.Commune}\n{side.Record}";

    private static async Task<IServiceScope> InitializedScopeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<InitializeDatabaseHandler>().HandleAsync(loadDemoData: false, cancellationToken);
        return scope;
    }
}
