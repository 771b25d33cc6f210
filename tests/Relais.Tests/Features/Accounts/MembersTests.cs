using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Relais.Web.Features.Accounts;
using Relais.Web.Infrastructure.Data;

namespace Relais.Tests.Features.Accounts;

/// <summary>An organisation admin invites, lists and removes members from /espace/organisation; every action checked on the server.</summary>
public abstract partial class MembersTests(MaintainersFixture fixture)
{
    [Fact]
    public async Task Invite_NewAddress_LinkSentInviteeNamesThemselvesAndJoins()
    {
        var (organisation, siret) = await fixture.OrganisationAsync("Espace public numérique");
        var admin = await fixture.SignedInAsync(await fixture.UserAsync(Role.OrganisationAdmin, siret));
        var invitee = $"{Guid.NewGuid():N}@exemple.fr";

        var sent = await MaintainersFixture.PostFormAsync(admin, Page(organisation), ("Email", invitee), ("Role", "Mediator"), ("handler", "Invite"));
        Assert.Contains($"Invitation envoyée à {invitee}", WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var link = InvitationPath().Match(Assert.Single(fixture.MailsTo(invitee)).Text).Value;
        Assert.Contains("Invitation envoyée", WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri(Page(organisation), UriKind.Relative))), StringComparison.Ordinal);

        using var browser = fixture.Client();
        Assert.Contains("Espace public numérique", WebUtility.HtmlDecode(await browser.GetStringAsync(new Uri(link, UriKind.Relative))), StringComparison.Ordinal);
        var empty = await MaintainersFixture.PostFormAsync(browser, link, ("DisplayName", " "));
        Assert.Contains("Indiquez votre nom", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var joined = await MaintainersFixture.PostFormAsync(browser, link, ("DisplayName", "Camille Martin"));

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Contains("Espace public numérique", WebUtility.HtmlDecode(await browser.GetStringAsync(new Uri("/espace", UriKind.Relative))), StringComparison.Ordinal);
        var user = await UserAsync(invitee);
        Assert.Equal("Camille Martin", user.DisplayName);
        Assert.Equal(Role.Mediator, Assert.Single(user.Memberships).Role);
        using var again = fixture.Client();
        var reused = await MaintainersFixture.PostFormAsync(again, link, ("DisplayName", "Quelqu'un d'autre"));
        Assert.Contains("n'est plus valable", WebUtility.HtmlDecode(await reused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_ExistingAccount_JoinsAtOnceAndIsTold()
    {
        var (organisation, siret) = await fixture.OrganisationAsync();
        var admin = await fixture.SignedInAsync(await fixture.UserAsync(Role.OrganisationAdmin, siret));
        var existing = await fixture.UserAsync(Role.Mediator, (await fixture.OrganisationAsync()).Siret);

        var response = await MaintainersFixture.PostFormAsync(admin, Page(organisation), ("Email", existing.Email.ToUpperInvariant()), ("Role", "OrganisationAdmin"), ("handler", "Invite"));

        Assert.Contains("fait désormais partie de la structure", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains((await UserAsync(existing.Email)).Memberships, m => m.OrganisationId == organisation.Id && m.Role == Role.OrganisationAdmin);
        Assert.Single(fixture.MailsTo(existing.Email));
    }

    [Fact]
    public async Task Invite_InvalidAddress_FrenchErrorNothingSent()
    {
        var (organisation, siret) = await fixture.OrganisationAsync();
        var admin = await fixture.SignedInAsync(await fixture.UserAsync(Role.OrganisationAdmin, siret));

        var response = await MaintainersFixture.PostFormAsync(admin, Page(organisation), ("Email", "pas-une-adresse"), ("Role", "Mediator"), ("handler", "Invite"));

        Assert.Contains("Indiquez une adresse électronique valide", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(fixture.MailsTo("pas-une-adresse"));
    }

    [Theory]
    [InlineData(Role.Mediator, true)]
    [InlineData(Role.OrganisationAdmin, false)]
    [InlineData(Role.TerritoryCoordinator, false)]
    [InlineData(Role.Moderator, false)]
    public async Task MembersPage_RolesOtherThanItsAdmins_Forbidden(Role role, bool sameOrganisation)
    {
        var (organisation, siret) = await fixture.OrganisationAsync();
        var member = await fixture.UserAsync(Role.Mediator, siret);
        var other = role.IsMembershipRole()
            ? await fixture.UserAsync(role, sameOrganisation ? siret : (await fixture.OrganisationAsync()).Siret)
            : await fixture.UserAsync(role, territories: role == Role.TerritoryCoordinator ? ["51"] : null);
        var client = await fixture.SignedInAsync(other);
        var adminClient = await fixture.SignedInAsync(await fixture.UserAsync(Role.OrganisationAdmin, siret));
        var antiforgery = (await Infrastructure.HtmlForm.HiddenFieldsAsync(client, "/espace"))["__RequestVerificationToken"];

        var read = await client.GetAsync(new Uri(Page(organisation), UriKind.Relative));
        var invite = await client.PostAsync(new Uri(Page(organisation) + "?handler=Invite", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery), new("Email", "x@exemple.fr"), new("Role", "Mediator")]));
        var remove = await client.PostAsync(new Uri(Page(organisation) + "?handler=Remove", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery), new("userId", member.Id.ToString())]));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (read.StatusCode, invite.StatusCode, remove.StatusCode));
        Assert.All(new[] { read, invite, remove }, r => Assert.StartsWith("/acces-refuse", r.Headers.Location!.AbsolutePath, StringComparison.Ordinal));
        Assert.Single((await UserAsync(member.Email)).Memberships);
        Assert.Empty(fixture.MailsTo("x@exemple.fr"));
        Assert.Equal(HttpStatusCode.OK, (await adminClient.GetAsync(new Uri(Page(organisation), UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task MembersPage_Anonymous_SentToSignIn()
    {
        var (organisation, _) = await fixture.OrganisationAsync();
        using var client = fixture.Client();

        var response = await client.GetAsync(new Uri(Page(organisation), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/connexion", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_Member_MembershipGoneAndListedNoMore()
    {
        var (organisation, siret) = await fixture.OrganisationAsync();
        var admin = await fixture.SignedInAsync(await fixture.UserAsync(Role.OrganisationAdmin, siret));
        var member = await fixture.UserAsync(Role.Mediator, siret);
        Assert.Contains(member.Email, await admin.GetStringAsync(new Uri(Page(organisation), UriKind.Relative)), StringComparison.Ordinal);

        var response = await MaintainersFixture.PostFormAsync(admin, Page(organisation), ("userId", member.Id.ToString()), ("handler", "Remove"));

        Assert.Contains("ne fait plus partie", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty((await UserAsync(member.Email)).Memberships);
        Assert.DoesNotContain(member.Email, await admin.GetStringAsync(new Uri(Page(organisation), UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_HimselfAsLastAdmin_Refused()
    {
        var (organisation, siret) = await fixture.OrganisationAsync();
        var user = await fixture.UserAsync(Role.OrganisationAdmin, siret);
        var admin = await fixture.SignedInAsync(user);

        var response = await MaintainersFixture.PostFormAsync(admin, Page(organisation), ("userId", user.Id.ToString()), ("handler", "Remove"));

        Assert.Contains("dernier administrateur", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Single((await UserAsync(user.Email)).Memberships);
    }

    [Fact]
    public async Task Remove_HimselfWithAnotherAdmin_Leaves()
    {
        var (organisation, siret) = await fixture.OrganisationAsync();
        var user = await fixture.UserAsync(Role.OrganisationAdmin, siret);
        await fixture.UserAsync(Role.OrganisationAdmin, siret);
        var admin = await fixture.SignedInAsync(user);

        var response = await MaintainersFixture.PostFormAsync(admin, Page(organisation), ("userId", user.Id.ToString()), ("handler", "Remove"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty((await UserAsync(user.Email)).Memberships);
    }

    private static string Page(Organisation organisation) => $"/espace/organisation/{organisation.Id}";

    private async Task<User> UserAsync(string email)
    {
        await using var scope = fixture.Scope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<User>().Include(u => u.Memberships).AsNoTracking().SingleAsync(u => u.Email == User.NormalizeEmail(email));
    }

    [GeneratedRegex(@"/espace/invitation/[A-Za-z0-9_-]+")]
    private static partial Regex InvitationPath();
}

public sealed class MembersSqliteTests(SqliteMaintainersFixture fixture) : MembersTests(fixture), IClassFixture<SqliteMaintainersFixture>;

public sealed class MembersPostgresTests(PostgresMaintainersFixture fixture) : MembersTests(fixture), IClassFixture<PostgresMaintainersFixture>;
