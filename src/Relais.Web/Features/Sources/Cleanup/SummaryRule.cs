using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Features.Sources.Cleanup;

/// <summary>
/// A summary longer than the standard's 280 characters is cut at a word with "…", and the full text goes to
/// the start of the detailed presentation: nothing is lost (the rule the 0.1 → 1.0 bridge already applies,
/// ADR 0005). Form exports often put a whole presentation in the summary.
/// </summary>
public static class SummaryRule
{
    private const int MaxLength = 280;

    public static void Apply(CleanupLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var text = log[PresentationResume]?.Trim();
        if (text is null || text.Length <= MaxLength)
        {
            return;
        }

        var cut = text.LastIndexOf(' ', MaxLength - 2);
        var detail = log[PresentationDetail];
        log.Set(PresentationResume, string.Concat(text.AsSpan(0, cut > 0 ? cut : MaxLength - 1), "…"), "presentation_resume.shortened");
        log.Set(PresentationDetail, string.IsNullOrWhiteSpace(detail) ? text : text + "\n\n" + detail, "presentation_resume.shortened");
        log.Warn(PresentationResume, "shortened", $"La présentation résumée ({text.Length} caractères) dépasse les 280 caractères du standard : elle est raccourcie et le texte complet est repris dans la présentation détaillée.");
    }
}
