namespace Relais.Web.Standard.Validation;

/// <summary>SIRET / RNA / RIDET checks of the field <c>pivot</c>.</summary>
internal static class PivotRules
{
    public const string Placeholder = "00000000000000";

    // La Poste's establishments share this SIREN; their SIRETs follow "digit sum multiple of 5", not Luhn.
    private const string LaPosteSiren = "356000000";
    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" .\t\u00A0\u202F");

    public static string? Check(string? raw, string? postalCode, List<ValidationIssue> issues)
    {
        const string field = StandardColumns.Pivot;
        var value = raw is null ? string.Empty
            : raw.AsSpan().ContainsAny(Separators) ? string.Concat(raw.Where(c => !char.IsWhiteSpace(c) && c != '.')) : raw;
        if (value.Length == 0)
        {
            issues.Add(ValidationIssue.Error(field, "missing", "Le SIRET ou le RNA est obligatoire."));
            return null;
        }

        if (value == Placeholder)
        {
            issues.Add(ValidationIssue.Warning(field, "placeholder", "Le pivot 00000000000000 est une valeur de remplacement : le SIRET ou le RNA du lieu est inconnu."));
            return null;
        }

        if (value.Length is < 9 or > 14 || value.AsSpan().ContainsAnyExcept(AsciiLettersAndDigits))
        {
            issues.Add(ValidationIssue.Error(field, "invalid", $"Le pivot « {raw} » n'est pas valide : 9 à 14 lettres ou chiffres attendus (SIRET, RNA ou RIDET)."));
            return null;
        }

        if (value.Length == 14 && !value.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            if (!HasValidSiretCheckDigit(value))
            {
                issues.Add(ValidationIssue.Warning(field, "siret_checksum", $"Le SIRET {value} a une clé de contrôle incorrecte : vérifiez-le."));
            }

            return value;
        }

        if (value[0] is 'W' or 'w' && value.Length == 10)
        {
            return "W" + value[1..].ToUpperInvariant();
        }

        var department = Infrastructure.Geo.FranceTerritory.DepartmentOfPostalCode(postalCode);
        if (department is "987" or "988" && value.All(char.IsAsciiDigit))
        {
            return value; // RIDET (Nouvelle-Calédonie, Polynésie): no public check digit rule.
        }

        issues.Add(ValidationIssue.Warning(field, "unrecognised", $"Le pivot {value} n'a la forme ni d'un SIRET (14 chiffres) ni d'un RNA (W suivi de 9 caractères)."));
        return value;
    }

    public static bool HasValidSiretCheckDigit(string siret)
    {
        var sum = 0;
        if (siret.StartsWith(LaPosteSiren, StringComparison.Ordinal) && siret != LaPosteSiren + "00048")
        {
            foreach (var c in siret)
            {
                sum += c - '0';
            }

            return sum % 5 == 0;
        }

        for (var i = 0; i < siret.Length; i++)
        {
            var digit = siret[siret.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
