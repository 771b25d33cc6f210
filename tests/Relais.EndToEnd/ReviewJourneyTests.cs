using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Relais.EndToEnd.Infrastructure;
using Relais.Web.Features.Accounts;
using Relais.Web.Features.Dedup;
using Relais.Web.Features.Places;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Standard;
using static Microsoft.Playwright.Assertions;

namespace Relais.EndToEnd;

/// <summary>
/// A moderator signs in, opens the duplicates to review, merges one pair and keeps another apart, then undoes the
/// merge from the merged place's page. The pairs come from two small sources imported after the demo directory.
/// </summary>
public class ReviewJourneyTests(BrowserFixture fixture) : BrowserJourney(fixture), IClassFixture<BrowserFixture>
{
    private const string Password = "une phrase de passe solide";

    [Fact]
    public async Task Moderator_ConfirmsOnePairRejectsAnotherAndUndoesTheMerge_NoAccessibilityViolation()
    {
        var (email, confirmId, rejectId) = await ModeratorAndTwoPairsAsync();
        var page = await OpenPageAsync();
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Votre espace");
        await page.GetByRole(AriaRole.Link, new() { Name = "Doublons possibles à vérifier" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Doublons possibles à vérifier");

        var toMerge = await FindPairAsync(page, confirmId);
        await Expect(toMerge).ToContainTextAsync("e2e-revue-a:grs-1");
        await Expect(toMerge).ToContainTextAsync("e2e-revue-b:grs-1");
        await CheckPageAsync(page, "queue");
        await toMerge.GetByRole(AriaRole.Button, new() { Name = "Même lieu — fusionner" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Paire n° {confirmId} fusionnée");
        await CheckPageAsync(page, "confirmed");

        var toReject = await FindPairAsync(page, rejectId);
        await toReject.GetByRole(AriaRole.Button, new() { Name = "Lieux différents" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Paire n° {rejectId} : les deux lieux resteront séparés");
        await CheckPageAsync(page, "rejected");

        var mergedId = await MergedPlaceOfAsync("grs-1");
        Assert.NotNull(mergedId);
        Assert.Null(await MergedPlaceOfAsync("pln-1"));
        await page.GotoAsync($"/lieux/{mergedId}");
        await Expect(page.Locator("section.sources")).ToContainTextAsync("Cette fiche réunit 2 fiches");
        await page.GetByRole(AriaRole.Link, new() { Name = "Défaire la fusion" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Défaire la fusion");
        await CheckPageAsync(page, "undo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Défaire la fusion" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Fusion défaite : 2 fiches");
        await CheckPageAsync(page, "undone");
        Assert.Null(await MergedPlaceOfAsync("grs-1"));
    }

    /// <summary>Moves through the queue's pages until the pair is shown (the demo directory queues pairs of its own).</summary>
    private static async Task<ILocator> FindPairAsync(IPage page, int id)
    {
        var pair = page.Locator("li.review-pair").Filter(new() { HasText = $"Paire n° {id} —" });
        while (await pair.CountAsync() == 0)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Page suivante" }).ClickAsync();
        }

        return pair;
    }

    private async Task<string?> MergedPlaceOfAsync(string recordId)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Places()
            .Where(p => p.SourceName == "e2e-revue-a" && p.SourceRecordId == recordId).Select(p => p.MergedIntoId).SingleAsync();
    }

    /// <summary>A moderator with a password, and two borderline pairs (same name and address, no precise point): one in Dijon, one in Besançon.</summary>
    private async Task<(string Email, int ConfirmId, int RejectId)> ModeratorAndTwoPairsAsync()
    {
        _ = Server.BaseUrl;
        await using var scope = Server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var email = $"{Guid.NewGuid():N}@exemple.fr";
        var (_, error) = await services.GetRequiredService<CreateUserHandler>().HandleAsync(new CreateUserCommand(email, Role.Moderator, null, null, Password));
        Assert.Null(error);
        foreach (var (source, phone) in new[] { ("e2e-revue-a", "+33380000001"), ("e2e-revue-b", "+33380000002") })
        {
            var file = Path.Combine(Path.GetTempPath(), $"relais-e2e-{Guid.NewGuid():N}.csv");
            await File.WriteAllTextAsync(file, Csv(
                Row("grs-1", "Espace numérique des Grésilles", "Dijon", "21000", "21231", "4 rue Jean XXIII", phone),
                Row("pln-1", "Point numérique de Planoise", "Besançon", "25000", "25056", "1 avenue de l'Île-de-France", phone)));
            try
            {
                await services.GetRequiredService<ImportPlacesHandler>().HandleAsync(new ImportPlacesCommand(file, source));
            }
            finally
            {
                File.Delete(file);
            }
        }

        var reviews = await services.GetRequiredService<AppDbContext>().Set<MatchReview>().AsNoTracking()
            .Where(r => r.RecordA.StartsWith("e2e-revue-") && r.Status == MatchReview.Pending).ToListAsync();
        return (email, reviews.Single(r => r.RecordA.EndsWith(":grs-1", StringComparison.Ordinal)).Id, reviews.Single(r => r.RecordA.EndsWith(":pln-1", StringComparison.Ordinal)).Id);
    }

    private static Dictionary<string, string> Row(string id, string name, string commune, string postcode, string insee, string address, string phone) => new()
    {
        [StandardColumns.Id] = id,
        [StandardColumns.Pivot] = "00000000000000",
        [StandardColumns.Nom] = name,
        [StandardColumns.Commune] = commune,
        [StandardColumns.CodePostal] = postcode,
        [StandardColumns.CodeInsee] = insee,
        [StandardColumns.Adresse] = address,
        [StandardColumns.Telephone] = phone,
        [StandardColumns.Services] = "Aide aux démarches administratives",
        [StandardColumns.DateMaj] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static string Csv(params Dictionary<string, string>[] rows)
    {
        var text = new StringBuilder(string.Join(',', StandardColumns.All)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', StandardColumns.All.Select(c => row.TryGetValue(c, out var v) ? $"\"{v}\"" : string.Empty))).Append("\r\n");
        }

        return text.ToString();
    }
}
