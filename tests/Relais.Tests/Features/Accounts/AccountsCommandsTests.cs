using Microsoft.EntityFrameworkCore;
using Relais.Tests.Infrastructure;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Accounts;

/// <summary>The operators' CLI contract (<c>organisations …</c>, <c>users …</c>) in a real process, on both providers.</summary>
public abstract class AccountsCommandsTests(AppFixture fixture)
{
    private readonly RelaisAppFactory _app = fixture.App;

    [Fact]
    public async Task OrganisationsAndUsers_FullOperatorScript_CreatedLinkedAndListed()
    {
        var siret = "21300016700006";
        var placeId = Features.CorrectionRequests.SignalerForm.ImportPlace(_app);
        var email = $"admin.{Guid.NewGuid():N}@mairie.example";
        await EnsureNoOrganisationAsync(siret);

        var create = await Cli("organisations", "create", "--name", "Mairie de Valence", "--siret", "213 000 167 00006", "--typologie", "MUNI");
        var duplicate = await Cli("organisations", "create", "--name", "Mairie bis", "--siret", siret);
        var addPlace = await Cli("organisations", "add-place", "--organisation", siret, "--place", placeId);
        var user = await CliRunner.RunWithInputAsync("une phrase de passe solide", _app.Environment, "users", "create", "--email", email.ToUpperInvariant(), "--role", "OrganisationAdmin", "--organisation", siret, "--password-stdin");
        var token = await Cli("users", "token", "--email", email);
        var list = await Cli("users", "list");

        Assert.Equal((0, 1, 0, 0, 0, 0), (create.ExitCode, duplicate.ExitCode, addPlace.ExitCode, user.ExitCode, token.ExitCode, list.ExitCode));
        Assert.Contains("organisation.already_exists", duplicate.Error, StringComparison.Ordinal);
        Assert.StartsWith(ApiToken.Prefix, token.Output.Trim(), StringComparison.Ordinal);
        Assert.Contains($"{email}\tOrganisationAdmin @ {siret} (Mairie de Valence)\tmot de passe", list.Output, StringComparison.Ordinal);
        await using var scope = _app.Scope();
        var db = _app.Get<AppDbContext>(scope);
        var organisation = await db.Set<Organisation>().SingleAsync(o => o.Siret == siret);
        Assert.Equal("MUNI", organisation.Typology);
        Assert.True(await db.Set<OrganisationPlace>().AnyAsync(p => p.PlaceId == placeId && p.OrganisationId == organisation.Id));
        Assert.Equal(ApiToken.HashOf(token.Output.Trim()), (await db.Set<ApiToken>().SingleAsync(t => t.UserId == db.Set<User>().Single(u => u.Email == email).Id)).Hash);
    }

    [Theory]
    [InlineData("organisations create --name X --siret 12345678901234", "organisation.siret_invalid")]
    [InlineData("organisations create --name X --rna W12", "organisation.rna_invalid")]
    [InlineData("organisations create --name X", "organisation.identifier_required")]
    [InlineData("organisations add-place --organisation W263009999 --place nope", "organisation.not_found")]
    [InlineData("users create --email pas-une-adresse --role Moderator", "user.email_invalid")]
    [InlineData("users create --email m@exemple.fr --role Mediator", "user.organisation_required")]
    [InlineData("users create --email c@exemple.fr --role TerritoryCoordinator", "user.territory_required")]
    [InlineData("users create --email c@exemple.fr --role TerritoryCoordinator --territory 26,R99", "user.territory_unknown")]
    [InlineData("users token --email personne@exemple.fr", "user.not_found")]
    public async Task Cli_RefusedRequest_Exit1WithStableCode(string arguments, string code)
    {
        var result = await Cli(arguments.Split(' '));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"({code})", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersCreate_UnknownRole_Exit2Usage()
    {
        var result = await Cli("users", "create", "--email", "x@exemple.fr", "--role", "Superuser");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task UsersCreate_CoordinatorWithTerritories_StoredUpperCase()
    {
        var email = $"coord.{Guid.NewGuid():N}@exemple.fr";

        var result = await Cli("users", "create", "--email", email, "--role", "TerritoryCoordinator", "--territory", "26,07,r84");

        Assert.Equal(0, result.ExitCode);
        await using var scope = _app.Scope();
        var user = await _app.Get<AppDbContext>(scope).Set<User>().SingleAsync(u => u.Email == email);
        Assert.Equal((Role.TerritoryCoordinator, "26|07|R84", null), (user.AccountRole!.Value, user.Territories!, user.PasswordHash));
    }

    private Task<CliRunner.CliResult> Cli(params string[] args) => CliRunner.RunAsync(_app.Environment, args);

    private async Task EnsureNoOrganisationAsync(string siret)
    {
        await using var scope = _app.Scope();
        await _app.Get<AppDbContext>(scope).Set<Organisation>().Where(o => o.Siret == siret).ExecuteDeleteAsync();
    }
}

public sealed class AccountsCommandsSqliteTests(SqliteAppFixture fixture) : AccountsCommandsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AccountsCommandsPostgresTests(PostgresAppFixture fixture) : AccountsCommandsTests(fixture), IClassFixture<PostgresAppFixture>;
