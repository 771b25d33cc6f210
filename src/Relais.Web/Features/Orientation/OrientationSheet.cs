using System.ComponentModel.DataAnnotations;

namespace Relais.Web.Features.Orientation;

/// <summary>
/// What a referrer writes on an orientation sheet. Never stored: it is printed, or sent once by e-mail to the
/// person, then forgotten.
/// </summary>
public sealed class OrientationSheet
{
    public const int MaxNotesLength = 800;
    public const int MaxNameLength = 100;
    public const int MaxStructureLength = 200;

    public string? BeneficiaryFirstName { get; set; }

    public string? BeneficiaryLastName { get; set; }

    public string? Notes { get; set; }

    public string? ReferrerFirstName { get; set; }

    public string? ReferrerLastName { get; set; }

    public string? ReferrerStructure { get; set; }

    /// <summary>The person's e-mail address, only to send the sheet.</summary>
    public string? Email { get; set; }

    public string Beneficiary => Join(BeneficiaryFirstName, BeneficiaryLastName);

    public string Referrer => Join(ReferrerFirstName, ReferrerLastName);

    /// <summary>Problems as (field, French message) pairs; the e-mail address is checked only when sending.</summary>
    public IReadOnlyList<(string Field, string Message)> Check(bool sending)
    {
        var problems = new List<(string, string)>();
        Length(problems, nameof(BeneficiaryFirstName), BeneficiaryFirstName, MaxNameLength, "Le prénom de la personne");
        Length(problems, nameof(BeneficiaryLastName), BeneficiaryLastName, MaxNameLength, "Le nom de la personne");
        Length(problems, nameof(Notes), Notes, MaxNotesLength, "Les notes");
        Length(problems, nameof(ReferrerFirstName), ReferrerFirstName, MaxNameLength, "Votre prénom");
        Length(problems, nameof(ReferrerLastName), ReferrerLastName, MaxNameLength, "Votre nom");
        Length(problems, nameof(ReferrerStructure), ReferrerStructure, MaxStructureLength, "Le nom de votre structure");
        if (sending)
        {
            var email = Email?.Trim() ?? string.Empty;
            if (email.Length == 0)
            {
                problems.Add((nameof(Email), "Indiquez l'adresse électronique de la personne."));
            }
            else if (email.Length > 254 || !new EmailAddressAttribute().IsValid(email) || !email.Contains('.', StringComparison.Ordinal))
            {
                problems.Add((nameof(Email), "L'adresse électronique n'est pas valide : elle ressemble à prenom.nom@exemple.fr."));
            }
        }

        return problems;
    }

    private static void Length(List<(string, string)> problems, string field, string? value, int max, string label)
    {
        var length = value?.Trim().Length ?? 0;
        if (length > max)
        {
            problems.Add((field, $"{label} fait {length} caractères : {max} au plus."));
        }
    }

    private static string Join(string? first, string? last) => string.Join(' ', new[] { first?.Trim(), last?.Trim() }.Where(s => !string.IsNullOrEmpty(s)));
}
