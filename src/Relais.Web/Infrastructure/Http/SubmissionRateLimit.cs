using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Relais.Web.Infrastructure.Http;

/// <summary>
/// A policy that limits form submissions per client address in a fixed window (429 with Retry-After beyond);
/// reading a form (GET, HEAD) is never limited. The permits come from configuration, so tests can lower them.
/// </summary>
public static class SubmissionRateLimit
{
    public static RateLimiterOptions AddSubmissionPolicy(this RateLimiterOptions options, string policy, int permits, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(policy, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
        return options;
    }
}
