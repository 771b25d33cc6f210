using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Relais.Web.Features.Places;
using Relais.Web.Features.Sources.Cleanup;
using Relais.Web.Features.Sources.Mapping;
using Relais.Web.Standard;

namespace Relais.Web.Features.Sources;

/// <summary>A declaration read and checked, with its mapping parsed and its fingerprint.</summary>
public sealed record LoadedSource(SourceDeclaration Declaration, string FilePath, string DeclarationHash, IReadOnlyList<FieldMapping> Fields)
{
    public string Name => Declaration.Name;
}

/// <summary>The source declarations of the <c>sources/</c> folder: one <c>NAME.json</c> file per source.</summary>
public sealed class SourceCatalog(SourcesOptions options)
{
    // Comments and trailing commas are allowed: declarations are written by hand.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    private static readonly string[] RequiredMappedFields = [StandardColumns.Id, StandardColumns.Pivot, StandardColumns.Nom, StandardColumns.Adresse, StandardColumns.Commune, StandardColumns.CodePostal];

    public string Directory => options.ResolvedDirectory;

    /// <summary>Names of the declared sources (file names without <c>.json</c>), sorted.</summary>
    public IReadOnlyList<string> Names() =>
        System.IO.Directory.Exists(Directory)
            ? [.. System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>()
                .Where(n => !n.EndsWith(".schema", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
            : [];

    /// <exception cref="SourceException">Unknown source or invalid declaration.</exception>
    public LoadedSource Load(string name)
    {
        var path = Path.Combine(Directory, $"{name}.json");
        if (!SourceNames.IsValid(name) || !File.Exists(path))
        {
            throw new SourceException("source.not_found", $"Aucune déclaration « {name}.json » dans {Directory}. Sources déclarées : {string.Join(", ", Names())}.");
        }

        return LoadFile(path);
    }

    /// <summary>The source's declaration, or null when it is unknown or invalid (a file imported without one).</summary>
    public LoadedSource? TryLoad(string name)
    {
        try
        {
            return Load(name);
        }
        catch (SourceException)
        {
            return null;
        }
    }

    /// <exception cref="SourceException">The declaration is invalid.</exception>
    public static LoadedSource LoadFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        SourceDeclaration declaration;
        try
        {
            declaration = JsonSerializer.Deserialize<SourceDeclaration>(bytes, Json) ?? throw new JsonException("fichier vide");
        }
        catch (JsonException exception)
        {
            throw Invalid(path, $"JSON invalide ({exception.Path}) : {exception.Message}");
        }

        var expected = Path.GetFileNameWithoutExtension(path);
        if (declaration.Name != expected || !SourceNames.IsValid(declaration.Name) || SourceNames.Normalize(declaration.Name) != declaration.Name)
        {
            throw Invalid(path, $"« name » doit être le nom du fichier, en minuscules, chiffres et tirets : « {expected} ».");
        }

        if (string.IsNullOrWhiteSpace(declaration.Label) || string.IsNullOrWhiteSpace(declaration.Location))
        {
            throw Invalid(path, "« label » et « location » sont obligatoires.");
        }

        if (declaration.TrustRank < 1 || declaration.TimeoutSeconds is < 1 or > 3600)
        {
            throw Invalid(path, "« trust_rank » est un entier à partir de 1 (1 = la plus fiable) ; « timeout_seconds » va de 1 à 3600.");
        }

        var fields = ParseFields(path, declaration);

        // The pipeline's version is part of the fingerprint: a new clean-up rule makes every source run again.
        var hash = Convert.ToHexStringLower(SHA256.HashData([.. bytes, .. Encoding.UTF8.GetBytes($"\ncleanup-v{RowCleanup.Version}")]));
        return new LoadedSource(declaration, Path.GetFullPath(path), hash, fields);
    }

    private static List<FieldMapping> ParseFields(string path, SourceDeclaration declaration)
    {
        var declared = declaration.Fields ?? [];
        if (declaration.Format == SourceFormat.Standard)
        {
            return declared.Count == 0 ? [] : throw Invalid(path, "une source au format « standard » n'a pas de « fields » : ses colonnes sont celles du standard.");
        }

        var unknown = declared.Keys.Where(k => StandardColumns.IndexOf(k) < 0).ToList();
        if (unknown.Count > 0)
        {
            throw Invalid(path, $"champs inconnus du standard : {string.Join(", ", unknown)}.");
        }

        List<FieldMapping> fields;
        try
        {
            fields = [.. declared.Select(p => FieldMapping.Parse(p.Key, p.Value))];
        }
        catch (SourceException exception)
        {
            throw Invalid(path, exception.Message);
        }

        var missing = RequiredMappedFields.Where(f => !declared.ContainsKey(f)).ToList();
        return missing.Count == 0 ? fields
            : throw Invalid(path, $"champs obligatoires sans règle : {string.Join(", ", missing)} (pivot inconnu : {{\"value\": \"00000000000000\"}}).");
    }

    private static SourceException Invalid(string path, string message) =>
        new("source.declaration_invalid", $"Déclaration {Path.GetFileName(path)} invalide : {message}");
}
