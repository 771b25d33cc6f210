using Microsoft.AspNetCore.RateLimiting;
using Relais.Web.Infrastructure.Http;

namespace Relais.Web.Features.Accounts;

/// <summary>
/// Sign-in, magic-link and password-reset submissions: a few per client address and window (429 with
/// Retry-After beyond), on top of the per-account lockout. Showing the forms is never limited.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";
    public const string PermitsSetting = "SignIn:PermitsPerWindow";
    private const int DefaultPermits = 10;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static RateLimiterOptions AddSignInPolicy(this RateLimiterOptions options, IConfiguration configuration) =>
        options.AddSubmissionPolicy(Policy, configuration.GetValue(PermitsSetting, DefaultPermits), Window);
}
