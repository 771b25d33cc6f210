namespace Relais.Web.Features.Accounts;

/// <summary>
/// The roles of Relais. Mediator and OrganisationAdmin are held in an organisation (a membership);
/// TerritoryCoordinator (scoped to départements or régions), Moderator and Admin belong to the account.
/// </summary>
public enum Role
{
    Mediator,
    OrganisationAdmin,
    TerritoryCoordinator,
    Moderator,
    Admin,
}

public static class Roles
{
    public static bool IsMembershipRole(this Role role) => role is Role.Mediator or Role.OrganisationAdmin;

    /// <summary>French names, for pages and messages.</summary>
    public static string Label(this Role role) => role switch
    {
        Role.Mediator => "Médiateur ou médiatrice",
        Role.OrganisationAdmin => "Administrateur de la structure",
        Role.TerritoryCoordinator => "Coordination territoriale",
        Role.Moderator => "Modération nationale",
        Role.Admin => "Administration",
        _ => role.ToString(),
    };
}
