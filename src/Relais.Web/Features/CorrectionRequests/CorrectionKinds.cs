namespace Relais.Web.Features.CorrectionRequests;

/// <summary>The French name of each kind of report, as the public chose it on the form.</summary>
public static class CorrectionKinds
{
    public static string Label(CorrectionKind kind) => kind switch
    {
        CorrectionKind.OpeningHours => "Les horaires",
        CorrectionKind.Contact => "Le téléphone, le courriel ou le site",
        CorrectionKind.Address => "L'adresse",
        CorrectionKind.Services => "Les services proposés",
        CorrectionKind.PlaceClosed => "Ce lieu n'existe plus",
        _ => "Autre chose",
    };
}
