using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

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

    public static RateLimiterOptions AddSignInPolicy(this RateLimiterOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permits = configuration.GetValue(PermitsSetting, DefaultPermits);
        options.AddPolicy(Policy, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0 }));
        return options;
    }
}
