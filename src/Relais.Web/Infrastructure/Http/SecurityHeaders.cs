namespace Relais.Web.Infrastructure.Http;

/// <summary>
/// Headers on every response: a Content-Security-Policy without inline scripts or styles (all scripts are files
/// under wwwroot/js), no framing by other sites, no MIME sniffing, a strict referrer. HSTS is added by
/// <c>UseHsts</c> outside Development, and only over HTTPS.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var policy = ContentSecurityPolicy(configuration["Map:TileUrl"]);
        // The API's reading page (Swagger UI, from its package) sets some styles inline; only that page allows them.
        var apiPagePolicy = policy.Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var isApiPage = context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    && !context.Request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase);
                headers.ContentSecurityPolicy = isApiPage ? apiPagePolicy : policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });
    }

    /// <summary>The policy; map tiles may come from the configured tile server (its origin, any subdomain for {s}).</summary>
    public static string ContentSecurityPolicy(string? tileUrl)
    {
        var images = "'self' data:";
        if (Uri.TryCreate((tileUrl ?? string.Empty).Replace("{s}.", "sub.", StringComparison.Ordinal), UriKind.Absolute, out var tiles) && tiles.Scheme is "https" or "http")
        {
            var host = tileUrl!.Contains("{s}.", StringComparison.Ordinal) ? "*." + tiles.Host[4..] : tiles.Host;
            images += $" {tiles.Scheme}://{host}{(tiles.IsDefaultPort ? "" : ":" + tiles.Port)}";
        }

        return $"default-src 'self'; script-src 'self'; style-src 'self'; img-src {images}; font-src 'self'; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    }
}
