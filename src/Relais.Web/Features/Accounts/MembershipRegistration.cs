using Relais.Web.Features.Claims;
using Relais.Web.Features.CorrectionRequests;

namespace Relais.Web.Features.Accounts;

public static class MembershipRegistration
{
    /// <summary>Invitations, removal and deletion of accounts, claims of places, and who is told about reports.</summary>
    public static IServiceCollection AddRelaisMembership(this IServiceCollection services)
    {
        services.AddScoped<InviteMemberHandler>();
        services.AddScoped<AcceptInvitationHandler>();
        services.AddScoped<ListOrganisationMembersHandler>();
        services.AddScoped<RemoveMemberHandler>();
        services.AddScoped<DeleteAccountHandler>();
        services.AddScoped<IAccountDeletionStep, ForgetClosingAccount>();
        services.AddScoped<IAccountDeletionStep, ForgetDecidingAccount>();
        services.AddScoped<RequestPlaceClaimHandler>();
        services.AddScoped<ListPlaceClaimsHandler>();
        services.AddScoped<DecidePlaceClaimHandler>();
        services.AddScoped<NotifyCorrectionRequestHandler>();
        return services;
    }
}
