using Microsoft.Playwright;

namespace Relais.EndToEnd.Infrastructure;

/// <summary>The screen sizes journeys are checked on.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsMobile)
{
    public static Viewport Desktop { get; } = new("desktop", 1280, 800, IsMobile: false);

    /// <summary>A small phone: 360 CSS pixels wide, the narrowest width the pages must work at without horizontal scrolling.</summary>
    public static Viewport Mobile { get; } = new("mobile", 360, 740, IsMobile: true);

    public BrowserNewContextOptions ContextOptions(Uri baseUrl) => new()
    {
        BaseURL = baseUrl.ToString(),
        Locale = "fr-FR",
        TimezoneId = "Europe/Paris",
        ViewportSize = new ViewportSize { Width = Width, Height = Height },
        IsMobile = IsMobile,
        HasTouch = IsMobile,
        DeviceScaleFactor = IsMobile ? 2 : 1,
    };
}
