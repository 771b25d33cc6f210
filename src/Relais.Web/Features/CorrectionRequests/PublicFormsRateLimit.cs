using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Relais.Web.Features.CorrectionRequests;

/// <summary>
/// Public forms (error reports, orientation sheets by e-mail, later contact and booking forms) accept a few
/// submissions per address and window; reading the form is never limited. Over the limit: 429 with Retry-After.
/// </summary>
public static class PublicFormsRateLimit
{
    public const string Policy = "public-forms";
    public const string PermitsSetting = "PublicForms:PermitsPerWindow";
    private const int DefaultPermitsPerWindow = 5;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public static RateLimiterOptions AddPublicFormsPolicy(this RateLimiterOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permits = configuration.GetValue(PermitsSetting, DefaultPermitsPerWindow);
        options.AddPolicy(Policy, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0 }));
        return options;
    }
}
