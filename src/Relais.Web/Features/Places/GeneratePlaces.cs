using Relais.Web.Infrastructure.Geo;
using Relais.Web.Standard;
using Relais.Web.Standard.Reading;
using Relais.Web.Standard.Writing;

namespace Relais.Web.Features.Places;

/// <summary>
/// Synthetic but valid places spread over real communes, for benchmarks and load tests
/// (<c>./relais places generate --rows 100000</c>). Deterministic for a given seed.
/// </summary>
public sealed class GeneratePlacesHandler(CommuneDirectory communes)
{
    private static readonly string[] Kinds = ["Médiathèque", "Espace public numérique", "France Services", "Centre social", "Tiers-lieu", "Maison de quartier", "Bibliothèque"];
    private static readonly string[] Streets = ["rue de la République", "place de la Mairie", "avenue Jean Jaurès", "rue Victor Hugo", "chemin des Écoles", "boulevard Pasteur"];
    private static readonly string[] Hours =
    [
        "Mo-Fr 09:00-12:00,14:00-18:00", "Tu-Sa 10:00-12:30,13:30-18:00; PH off", "Mo,We,Fr 14:00-17:00",
        "week 1-53/2 Sa 09:00-12:00; Mo-Fr 09:00-17:00", "Mo-Th 08:30-12:00; Fr 08:30-12:00,13:30-16:30",
    ];

    private static readonly string[] TypologyCodes = [.. Typologies.All.Select(t => t.Code)];

    public async Task<int> WriteAsync(string path, PlaceFileSyntax format, int count, int seed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        await using var stream = File.Create(path);
        return await PlaceFileWriter.WriteAllAsync(stream, format, Generate(count, seed).ToAsyncEnumerable(), cancellationToken);
    }

    public IEnumerable<StandardPlace> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var pool = communes.All.Where(c => c.Latitude is not null && c.PostalCodes.Count > 0).OrderBy(c => c.InseeCode, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < count; i++)
        {
            var commune = pool[random.Next(pool.Length)];
            yield return new StandardPlace
            {
                Id = $"gen-{seed}-{i}",
                Pivot = Siret(random),
                Name = $"{Kinds[random.Next(Kinds.Length)]} {commune.Name} n° {i}",
                Commune = commune.NameWithArticle,
                PostalCode = commune.PostalCodes[random.Next(commune.PostalCodes.Count)],
                InseeCode = commune.InseeCode,
                Address = $"{random.Next(1, 200)} {Streets[random.Next(Streets.Length)]}",
                AddressComplement = random.Next(4) == 0 ? "Rez-de-chaussée, porte B" : null,
                Latitude = Math.Round(commune.Latitude!.Value + ((random.NextDouble() - 0.5) * 0.01), 6),
                Longitude = Math.Round(commune.Longitude!.Value + ((random.NextDouble() - 0.5) * 0.01), 6),
                Typologies = TypologyCodes[random.Next(TypologyCodes.Length)],
                Phone = $"+33{random.Next(1, 6)}{random.Next(10_000_000, 99_999_999)}",
                Emails = $"contact{i}@exemple-lieu.fr",
                Websites = random.Next(2) == 0 ? $"https://www.exemple-lieu.fr/lieux/{i}" : null,
                OpeningHours = Hours[random.Next(Hours.Length)],
                SummaryPresentation = "Accompagnement gratuit aux démarches en ligne, ateliers « smartphone », accès libre à des ordinateurs.",
                CollectedBy = "Relais (données générées)",
                Itinerancy = random.Next(10) == 0 ? Itinerancy.Mobile : Itinerancy.Fixed,
                UpdatedOn = new DateOnly(2026, 1, 1).AddDays(random.Next(300)),
                Services = (ServiceKind)random.Next(1, 1 << 9),
                TargetPublics = (TargetPublic)random.Next(0, 1 << 5),
                SpecificSupports = (SpecificSupport)random.Next(0, 1 << 7),
                FeeConditions = (FeeCondition)random.Next(1, 1 << 3),
                NationalProgrammes = (NationalProgramme)random.Next(0, 1 << 11),
                TrainingLabels = (TrainingLabel)random.Next(0, 1 << 10),
                AccessModes = (AccessMode)(random.Next(1, 1 << 6) & ~(int)AccessMode.NoPublicReception),
                SupportModes = (SupportMode)random.Next(1, 1 << 4),
            };
        }
    }

    /// <summary>A SIRET whose last digit makes the Luhn sum a multiple of 10.</summary>
    private static string Siret(Random random)
    {
        var digits = new int[14];
        digits[0] = random.Next(1, 10);
        for (var i = 1; i < 13; i++)
        {
            digits[i] = random.Next(10);
        }

        for (var last = 0; last < 10; last++)
        {
            digits[13] = last;
            var text = string.Concat(digits);
            if (Standard.Validation.PivotRules.HasValidSiretCheckDigit(text))
            {
                return text;
            }
        }

        throw new InvalidOperationException("unreachable: one check digit always fits");
    }
}
