namespace Relais.Web.Features.Review;

/// <summary>The matcher's reasons (stored in English, stable) as a moderator reads them.</summary>
public static class ReviewReasons
{
    public static string French(string reason) => reason switch
    {
        "no precise point" => "L'une des fiches au moins n'a pas de position précise : la distance ne peut pas confirmer qu'il s'agit du même lieu.",
        "different communes" => "Les deux fiches sont proches et se ressemblent, mais elles ne sont pas dans la même commune.",
        "names too different" => "Les adresses et positions concordent, mais les noms sont trop différents pour fusionner sans vérification.",
        "weak link in a group" => "Cette fiche ne ressemble qu'à une partie d'un groupe de doublons : le lien est trop faible pour l'y ajouter.",
        "matches two merged places" => "Cette fiche ressemble à deux lieux déjà fusionnés : il faut choisir auquel elle appartient.",
        "typologies differ" => "Les fiches se ressemblent, mais leurs types de structure ne concordent pas.",
        "score" => "Les fiches se ressemblent, sans que la ressemblance soit assez forte pour fusionner sans vérification.",
        "merge undone" => "Une fusion de ces deux fiches a été défaite.",
        "different kinds of service" => "Les fiches décrivent des services de nature différente.",
        "same name, same spot" => "Même nom, même emplacement.",
        _ => $"Raison du rapprochement : {reason}.",
    };
}
