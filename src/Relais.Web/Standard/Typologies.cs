namespace Relais.Web.Standard;

/// <summary>How the national map's statistics classify a typology (spec §7); the codes it does not classify
/// stay <see cref="Unclassified"/> until a referent decides.</summary>
public enum OrganisationClass
{
    Unclassified,
    PublicCommune,
    PublicIntercommunality,
    PublicDepartment,
    PublicOther,
    Association,
    Private,
}

public sealed record Typology(string Code, string Label, OrganisationClass Class);

/// <summary>The 92 data·inclusion structure typology codes accepted in <c>typologie</c> (library 2.3.0).</summary>
public static class Typologies
{
    public static readonly IReadOnlyList<Typology> All =
    [
        new("ACI", "Structures porteuses d'ateliers et chantiers d'insertion", OrganisationClass.Association),
        new("ACIPHC", "Atelier chantier d'insertion premières heures en chantier", OrganisationClass.Association),
        new("AFPA", "Agence nationale pour la formation professionnelle des adultes", OrganisationClass.PublicOther),
        new("AI", "Associations intermédiaires", OrganisationClass.Association),
        new("ASE", "Aide sociale à l'enfance", OrganisationClass.PublicDepartment),
        new("ASSO", "Associations", OrganisationClass.Association),
        new("ASSO_CHOMEUR", "Associations de chômeurs", OrganisationClass.Association),
        new("Autre", "Autre", OrganisationClass.Private),
        new("AVIP", "À vocation d'insertion professionnelle", OrganisationClass.Unclassified),
        new("BIB", "Bibliothèque / Médiathèque", OrganisationClass.PublicCommune),
        new("CAARUD", "Centre d'accueil et d'accompagnement à la réduction de risques pour usagers de drogues", OrganisationClass.PublicOther),
        new("CADA", "Centres d'accueil de demandeurs d'asile", OrganisationClass.PublicOther),
        new("CAF", "Caisses d'allocation familiale", OrganisationClass.PublicOther),
        new("CAP_EMPLOI", "Cap Emploi", OrganisationClass.PublicOther),
        new("CAVA", "Centres d'adaptation à la vie active", OrganisationClass.Association),
        new("CC", "Communautés de Commune", OrganisationClass.PublicIntercommunality),
        new("CCAS", "Centres communaux d'action sociale", OrganisationClass.PublicCommune),
        new("CCONS", "Chambres consulaires (CCI, CMA, CA)", OrganisationClass.PublicOther),
        new("CD", "Conseils Départementaux", OrganisationClass.PublicDepartment),
        new("CDAS", "Centre départemental d'action sociale", OrganisationClass.PublicDepartment),
        new("CFP", "Centre des finances publiques", OrganisationClass.PublicOther),
        new("CHRS", "Centres d'hébergement et de réinsertion sociale", OrganisationClass.Association),
        new("CHU", "Centres d'hébergement d'urgence", OrganisationClass.Association),
        new("CIAS", "Centres intercommunaux d'action sociale", OrganisationClass.PublicIntercommunality),
        new("CIDFF", "Centres d'information sur les droits des femmes et des familles", OrganisationClass.Association),
        new("CITMET", "Cité des métiers", OrganisationClass.Association),
        new("CMP", "Centre Médico Psychologique", OrganisationClass.Unclassified),
        new("CMS", "Centre médico-social", OrganisationClass.Unclassified),
        new("CPAM", "Caisse primaire d'assurance maladie", OrganisationClass.PublicOther),
        new("CPH", "Centres provisoires d'hébergement", OrganisationClass.Association),
        new("CS", "Centre social", OrganisationClass.Association),
        new("CSAPA", "Centre de soins, d'accompagnement et de prévention en addictologie", OrganisationClass.Association),
        new("CSC", "Centre socioculturel", OrganisationClass.Unclassified),
        new("DEETS", "Directions de l'Economie, de l'Emploi, du Travail et des Solidarités", OrganisationClass.PublicOther),
        new("DEPT", "Services sociaux du Conseil départemental", OrganisationClass.PublicDepartment),
        new("DIPLP", "Délégation interministérielle à la prévention et à la lutte contre la pauvreté", OrganisationClass.PublicOther),
        new("E2C", "École de la deuxième chance", OrganisationClass.Association),
        new("EA", "Entreprise adaptée", OrganisationClass.Private),
        new("EATT", "Entreprise adaptée", OrganisationClass.Private),
        new("EI", "Entreprises d'insertion", OrganisationClass.Private),
        new("EITI", "Entreprises d'insertion par le travail indépendant", OrganisationClass.Private),
        new("ENM", "Espace Numérique Mobile", OrganisationClass.Unclassified),
        new("EPCI", "Intercommunalité", OrganisationClass.PublicIntercommunality),
        new("EPI", "Espace Public Internet", OrganisationClass.Unclassified),
        new("EPIDE", "Établissement pour l'insertion dans l'emploi", OrganisationClass.PublicOther),
        new("EPN", "Espace public numérique", OrganisationClass.Unclassified),
        new("ES", "Épicerie solidaire", OrganisationClass.Unclassified),
        new("ESAT", "Établissements ou services d'aide par le travail", OrganisationClass.Unclassified),
        new("ESS", "Entreprise de l'Économie Sociale et Solidaire", OrganisationClass.Private),
        new("ETTI", "Entreprises de travail temporaire d'insertion", OrganisationClass.Private),
        new("EVS", "Espace de vie sociale", OrganisationClass.Unclassified),
        new("FABLAB", "Fablab", OrganisationClass.Unclassified),
        new("FABRIQUE", "Fabrique", OrganisationClass.Unclassified),
        new("FAIS", "Fédérations d'acteurs de l'insertion et de la solidarité", OrganisationClass.Association),
        new("FT", "France travail", OrganisationClass.PublicOther),
        new("GEIQ", "Groupements d'employeurs pour l'insertion et la qualification", OrganisationClass.Private),
        new("HUDA", "Hébergement d'urgence pour demandeurs d'asile", OrganisationClass.Association),
        new("LA_POSTE", "La Poste", OrganisationClass.Unclassified),
        new("MDE", "Maison de l'emploi", OrganisationClass.PublicOther),
        new("MDH", "Maison des Habitants", OrganisationClass.Unclassified),
        new("MDEF", "Maison de l'emploi et de la formation", OrganisationClass.PublicOther),
        new("MDPH", "Maison Départementale des Personnes Handicapées", OrganisationClass.PublicDepartment),
        new("MDS", "Maison Départementale des Solidarités", OrganisationClass.PublicDepartment),
        new("MJC", "Maison des jeunes et de la culture", OrganisationClass.Association),
        new("ML", "Mission Locale", OrganisationClass.PublicOther),
        new("MQ", "Maison de quartier", OrganisationClass.Association),
        new("MSA", "Mutualité Sociale Agricole", OrganisationClass.PublicOther),
        new("MSAP", "Maison de Services Au Public", OrganisationClass.Unclassified),
        new("MUNI", "Municipalités", OrganisationClass.PublicCommune),
        new("OACAS", "Organisme d'accueil communautaire et d'activité solidaire", OrganisationClass.Association),
        new("ODC", "Organisation délégataire d'un CD", OrganisationClass.PublicDepartment),
        new("OF", "Organisme de formations", OrganisationClass.Private),
        new("OIL", "Opérateur d'intermédiation locative", OrganisationClass.Association),
        new("OPCS", "Organisation porteuse de la clause sociale", OrganisationClass.Association),
        new("PAD", "Point d'Accès au Droit", OrganisationClass.Association),
        new("PENSION", "Pension de famille / résidence accueil", OrganisationClass.Association),
        new("PI", "Point info", OrganisationClass.Unclassified),
        new("PIJ_BIJ", "Points et bureaux information jeunesse", OrganisationClass.PublicOther),
        new("PIMMS", "Pimms Médiation", OrganisationClass.Association),
        new("PJJ", "Protection judiciaire de la jeunesse", OrganisationClass.PublicOther),
        new("PLIE", "Plans locaux pour l'insertion et l'emploi", OrganisationClass.PublicDepartment),
        new("PREF", "Préfecture, Sous-Préfecture", OrganisationClass.PublicOther),
        new("PREVENTION", "Service ou club de prévention", OrganisationClass.PublicDepartment),
        new("REG", "Région", OrganisationClass.PublicOther),
        new("RELAIS_LECTURE", "Relais lecture", OrganisationClass.Unclassified),
        new("RESSOURCERIE", "Ressourcerie", OrganisationClass.Unclassified),
        new("RFS", "Réseau France Services", OrganisationClass.PublicOther),
        new("RS_FJT", "Résidence sociale / FJT - Foyer de Jeunes Travailleurs", OrganisationClass.Association),
        new("SCP", "Services et clubs de prévention", OrganisationClass.PublicDepartment),
        new("SPIP", "Services pénitentiaires d'insertion et de probation", OrganisationClass.PublicOther),
        new("TIERS_LIEUX", "Tiers lieu & coworking", OrganisationClass.Private),
        new("UDAF", "Union Départementale d'Aide aux Familles", OrganisationClass.Association),
    ];

    private static readonly Dictionary<string, Typology> ByCode = All.ToDictionary(t => t.Code, StringComparer.Ordinal);
    private static readonly Dictionary<string, Typology>.AlternateLookup<ReadOnlySpan<char>> ByCodeSpan = ByCode.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, Typology> ByUpperCode = All.ToDictionary(t => t.Code.ToUpperInvariant(), StringComparer.Ordinal);

    public static bool IsCanonical(ReadOnlySpan<char> code) => ByCodeSpan.ContainsKey(code);

    /// <summary>Finds a code; tolerates case and the legacy <c>PE</c> (Pôle emploi), read as <c>FT</c>.</summary>
    public static bool TryFind(string code, out Typology typology, out bool wasVariant)
    {
        if (ByCode.TryGetValue(code, out typology!))
        {
            wasVariant = false;
            return true;
        }

        wasVariant = true;
        var upper = code.Trim().ToUpperInvariant();
        if (upper == "PE")
        {
            upper = "FT";
        }

        return ByUpperCode.TryGetValue(upper, out typology!);
    }
}
