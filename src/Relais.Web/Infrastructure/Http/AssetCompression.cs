using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Relais.Web.Infrastructure.Http;

/// <summary>
/// Scripts, stylesheets and JSON travel compressed: Leaflet is 147 KB raw and about 45 KB compressed, which keeps
/// a results page with its map under 150 KB. Files made by the build (wwwroot/lib) are not in the static-asset
/// manifest, so the SDK's precompressed copies are not served; this compresses on the fly instead. HTML is left
/// out on purpose: its forms carry antiforgery tokens, which compression next to reflected input exposes (BREACH).
/// </summary>
public static class AssetCompression
{
    public static IServiceCollection AddAssetCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/css", "text/javascript", "application/javascript", "application/json", "application/geo+json", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
    }
}
