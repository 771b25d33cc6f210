using System.Globalization;
using System.Threading.RateLimiting;

namespace Relais.Web.Features.CorrectionRequests;

/// <summary>
/// Public forms (error reports, later contact and booking forms) accept a few submissions per address and
/// window; reading the form is never limited. Over the limit: 429 with Retry-After.
/// </summary>
public static class PublicFormsRateLimit
{
    public const string Policy = "public-forms";
    public const string PermitsSetting = "PublicForms:PermitsPerWindow";
    private const int DefaultPermitsPerWindow = 5;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddPublicFormsRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue(PermitsSetting, DefaultPermitsPerWindow);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0 }));
        });
    }
}
