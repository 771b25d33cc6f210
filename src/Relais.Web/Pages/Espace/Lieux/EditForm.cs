using Relais.Web.Features.PlaceEdits;
using Relais.Web.Standard;
using static Relais.Web.Standard.StandardColumns;

namespace Relais.Web.Pages.Espace.Lieux;

public enum FormFieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Free text on several lines.</summary>
    Textarea,

    /// <summary>A list of the standard (e-mails, websites, labels): one item per line, joined by <c>|</c>.</summary>
    Lines,

    /// <summary>An enumerated list of the standard: one checkbox per value.</summary>
    Choices,

    /// <summary>The OSM opening-hours string, with its editor and preview.</summary>
    Hours,
}

public sealed record FormField(string Name, FormFieldKind Kind, string? Hint = null, IReadOnlyList<(string Value, string Label)>? Choices = null, string InputType = "text", string? Autocomplete = null, int? MaxLength = null)
{
    public string Label => PlaceFieldLabels.Of(Name);

    /// <summary>Where the error summary links to: the input, or the first checkbox of a list.</summary>
    public string Anchor => Kind == FormFieldKind.Choices ? $"{Name}-0" : Name;
}

public sealed record FormGroup(string Legend, IReadOnlyList<FormField> Fields);

/// <summary>The edit form of a place: every field of the standard (but <c>id</c> and <c>date_maj</c>), grouped, and the charter.</summary>
public static class EditForm
{
    public static readonly IReadOnlyList<FormGroup> Groups =
    [
        new("La structure", [
            new(Nom, FormFieldKind.Text, MaxLength: 300),
            new(Pivot, FormFieldKind.Text, "14 chiffres pour un SIRET, W suivi de 9 chiffres pour un RNA. Laisser vide si inconnu."),
            new(Typologie, FormFieldKind.Choices, Choices: [.. Typologies.All.Select(t => (t.Code, $"{t.Label} ({t.Code})"))]),
            new(StructureParente, FormFieldKind.Text, "Le nom du réseau ou de la structure dont le lieu fait partie."),
            new(Source, FormFieldKind.Text, "La structure qui a collecté ces informations."),
        ]),
        new("Adresse", [
            new(Adresse, FormFieldKind.Text, "Numéro et voie.", Autocomplete: "address-line1"),
            new(ComplementAdresse, FormFieldKind.Text, "Bâtiment, étage…", Autocomplete: "address-line2"),
            new(CodePostal, FormFieldKind.Text, "5 chiffres.", Autocomplete: "postal-code", MaxLength: 5),
            new(Commune, FormFieldKind.Text, Autocomplete: "address-level2"),
            new(CodeInsee, FormFieldKind.Text, "5 caractères (ex. 69123). Laisser vide : il est déduit de la commune.", MaxLength: 5),
            new(Latitude, FormFieldKind.Text, "En degrés décimaux, avec un point (ex. 45.7640)."),
            new(Longitude, FormFieldKind.Text, "En degrés décimaux, avec un point (ex. 4.8357)."),
            new(Itinerance, FormFieldKind.Choices, Choices: Values(Vocabularies.Itinerancies.Values)),
        ]),
        new("Contact", [
            new(Telephone, FormFieldKind.Text, "Ex. 04 72 00 00 00.", InputType: "tel", Autocomplete: "tel"),
            new(Courriels, FormFieldKind.Lines, "Une adresse par ligne."),
            new(SiteWeb, FormFieldKind.Lines, "Une adresse par ligne, commençant par https://."),
            new(PriseRdv, FormFieldKind.Text, "Adresse de la page de prise de rendez-vous.", InputType: "url"),
            new(FicheAccesLibre, FormFieldKind.Text, "Adresse de la fiche du lieu sur acceslibre.beta.gouv.fr.", InputType: "url"),
        ]),
        new("Horaires", [new(Horaires, FormFieldKind.Hours)]),
        new("Présentation", [
            new(PresentationResume, FormFieldKind.Textarea, "280 caractères au plus."),
            new(PresentationDetail, FormFieldKind.Textarea),
            new(PlaceFieldLabels.Charter, FormFieldKind.Textarea, "Ce que le lieu fait pour les personnes et où son aide s'arrête (par exemple les démarches qu'il ne fera pas à la place de quelqu'un). Affichée sur la fiche, elle ne fait pas partie des données du standard.", MaxLength: EditPlaceHandler.CharterMaxLength),
        ]),
        new("Services et accompagnement", [
            new(Services, FormFieldKind.Choices, Choices: Values(Vocabularies.Services.Values)),
            new(ModalitesAccompagnement, FormFieldKind.Choices, Choices: Values(Vocabularies.SupportModes.Values)),
            new(ModalitesAcces, FormFieldKind.Choices, Choices: Values(Vocabularies.AccessModes.Values)),
            new(FraisACharge, FormFieldKind.Choices, Choices: Values(Vocabularies.FeeConditions.Values)),
        ]),
        new("Publics", [
            new(PublicsSpecifiquementAdresses, FormFieldKind.Choices, Choices: Values(Vocabularies.TargetPublics.Values)),
            new(PriseEnChargeSpecifique, FormFieldKind.Choices, Choices: Values(Vocabularies.SpecificSupports.Values)),
        ]),
        new("Dispositifs et labels", [
            new(DispositifProgrammesNationaux, FormFieldKind.Choices, Choices: Values(Vocabularies.NationalProgrammes.Values)),
            new(FormationsLabels, FormFieldKind.Choices, Choices: Values(Vocabularies.TrainingLabels.Values)),
            new(AutresFormationsLabels, FormFieldKind.Lines, "Un label par ligne."),
        ]),
    ];

    public static IEnumerable<FormField> Fields => Groups.SelectMany(g => g.Fields);

    /// <summary>The 32 cells of the standard from a posted form (id and date_maj left empty: the handler fills them).</summary>
    public static string?[] CellsFrom(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var cells = new string?[All.Count];
        foreach (var field in Fields.Where(f => f.Name != PlaceFieldLabels.Charter))
        {
            var values = form[field.Name];
            cells[IndexOf(field.Name)] = field.Kind switch
            {
                FormFieldKind.Choices => values.Count == 0 ? null : string.Join('|', values.Where(v => !string.IsNullOrWhiteSpace(v))),
                FormFieldKind.Lines => string.Join('|', values.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)),
                _ => values.ToString(),
            };
        }

        return cells;
    }

    /// <summary>What an input shows for a cell: lists one item per line.</summary>
    public static string Display(FormField field, string? cell) =>
        field?.Kind == FormFieldKind.Lines ? (cell ?? string.Empty).Replace('|', '\n') : cell ?? string.Empty;

    private static (string, string)[] Values(IEnumerable<string> values) => [.. values.Select(v => (v, v))];
}
