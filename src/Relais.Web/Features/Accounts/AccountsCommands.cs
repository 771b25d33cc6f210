using System.CommandLine;
using System.Globalization;
using Relais.Web.Features.Setup;

namespace Relais.Web.Features.Accounts;

/// <summary>
/// CLI verbs for operators: <c>organisations create|add-place</c>, <c>users create|token|list</c>. A contract for
/// scripts: exit 0 on success, 1 when the request is refused (message and stable code on stderr), 2 on bad usage.
/// </summary>
public static class AccountsCommands
{
    public static Command Organisations(IServiceProvider services)
    {
        var organisations = new Command("organisations", "Gérer les structures qui tiennent des lieux.");
        var name = new Option<string>("--name") { Description = "Nom de la structure.", Required = true };
        var siret = new Option<string?>("--siret") { Description = "SIRET (14 chiffres)." };
        var rna = new Option<string?>("--rna") { Description = "Numéro RNA d'une association (W + 9 caractères)." };
        var typology = new Option<string?>("--typologie") { Description = "Code de typologie du standard (ex. BIB, CCAS, ASSO)." };
        var create = new Command("create", "Crée une structure (SIRET ou RNA).") { name, siret, rna, typology };
        create.SetAction((parse, ct) => RunAsync(services, async sp =>
        {
            var (organisation, error) = await sp.GetRequiredService<CreateOrganisationHandler>()
                .HandleAsync(new CreateOrganisationCommand(parse.GetValue(name)!, parse.GetValue(siret), parse.GetValue(rna), parse.GetValue(typology)), ct);
            return error ?? Print($"Structure créée : {organisation!.Name} ({organisation.Identifier}).");
        }, ct));

        var organisation = new Option<string>("--organisation") { Description = "SIRET ou RNA de la structure.", Required = true };
        var place = new Option<string>("--place") { Description = "Identifiant du lieu (voir l'API ou l'export).", Required = true };
        var addPlace = new Command("add-place", "Confie un lieu à une structure, qui pourra le tenir à jour.") { organisation, place };
        addPlace.SetAction((parse, ct) => RunAsync(services, async sp =>
            await sp.GetRequiredService<AddPlaceToOrganisationHandler>().HandleAsync(new AddPlaceToOrganisationCommand(parse.GetValue(organisation)!, parse.GetValue(place)!), ct)
                ?? Print($"Lieu {parse.GetValue(place)} confié à la structure {parse.GetValue(organisation)}."), ct));

        organisations.Add(create);
        organisations.Add(addPlace);
        return organisations;
    }

    public static Command Users(IServiceProvider services)
    {
        var users = new Command("users", "Gérer les comptes.");
        var email = new Option<string>("--email") { Description = "Adresse électronique du compte.", Required = true };
        var role = new Option<Role>("--role") { Description = "Mediator, OrganisationAdmin, TerritoryCoordinator, Moderator ou Admin.", Required = true };
        var organisation = new Option<string?>("--organisation") { Description = "SIRET ou RNA de la structure (Mediator, OrganisationAdmin)." };
        var territory = new Option<string?>("--territory") { Description = "Codes de départements ou de régions préfixés par R, séparés par des virgules (TerritoryCoordinator)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Lit le mot de passe sur l'entrée standard (sinon : connexion par lien reçu par courriel)." };
        var create = new Command("create", "Crée un compte avec son rôle.") { email, role, organisation, territory, passwordStdin };
        create.SetAction((parse, ct) => RunAsync(services, async sp =>
        {
            var password = parse.GetValue(passwordStdin) ? (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n') : null;
            var command = new CreateUserCommand(parse.GetValue(email)!, parse.GetValue(role), parse.GetValue(organisation),
                parse.GetValue(territory) is { } codes ? [codes] : null, password);
            var (user, error) = await sp.GetRequiredService<CreateUserHandler>().HandleAsync(command, ct);
            return error ?? Print($"Compte créé : {user!.Email} ({command.Role}).");
        }, ct));

        var tokenEmail = new Option<string>("--email") { Description = "Adresse électronique du compte.", Required = true };
        var token = new Command("token", "Crée un jeton d'API personnel et l'affiche (une seule fois).") { tokenEmail };
        token.SetAction((parse, ct) => RunAsync(services, async sp =>
        {
            var (secret, error) = await sp.GetRequiredService<IssueApiTokenHandler>().HandleAsync(parse.GetValue(tokenEmail)!, ct);
            return error ?? Print(secret!);
        }, ct));

        var list = new Command("list", "Liste les comptes et leurs rôles.");
        list.SetAction((parse, ct) => RunAsync(services, async sp =>
        {
            foreach (var user in await sp.GetRequiredService<ListUsersHandler>().HandleAsync(ct))
            {
                var last = user.LastSignInAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "jamais";
                Console.WriteLine($"{user.Email}\t{string.Join("; ", user.Roles)}\t{(user.HasPassword ? "mot de passe" : "lien")}\tdernière connexion : {last}{(user.Locked ? "\tBLOQUÉ" : "")}");
            }

            return null;
        }, ct));

        users.Add(create);
        users.Add(token);
        users.Add(list);
        return users;
    }

    private static AccountsError? Print(string line)
    {
        Console.WriteLine(line);
        return null;
    }

    private static async Task<int> RunAsync(IServiceProvider services, Func<IServiceProvider, Task<AccountsError?>> action, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<InitializeDatabaseHandler>().HandleAsync(loadDemoData: false, cancellationToken);
        var error = await action(scope.ServiceProvider);
        if (error is null)
        {
            return 0;
        }

        await Console.Error.WriteLineAsync($"Erreur ({error.Code}) : {error.Message}");
        return 1;
    }
}
