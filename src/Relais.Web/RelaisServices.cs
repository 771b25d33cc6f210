using Relais.Web.Features.Accounts;
using Relais.Web.Features.Jobs;
using Relais.Web.Features.Places;
using Relais.Web.Features.Setup;
using Relais.Web.Features.Territories;
using Relais.Web.Infrastructure.Data;
using Relais.Web.Infrastructure.Email;
using Relais.Web.Infrastructure.Geo;

namespace Relais.Web;

/// <summary>Services shared by the web server and the command-line verbs: same settings, same handlers.</summary>
public static class RelaisServices
{
    public static IServiceCollection AddRelaisCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddRelaisDatabase(configuration);
        services.AddSingleton(configuration.GetSection(SeedOptions.Section).Get<SeedOptions>() ?? new SeedOptions());

        // The communes table (36,000 rows) is read once, on first use.
        services.AddSingleton(_ => CommuneDirectory.LoadDefault());

        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<InitializeDatabaseHandler>();
        services.AddScoped<SeedTerritoriesHandler>();
        services.AddSingleton<SuggestCommunesHandler>();
        services.AddScoped<ValidatePlacesFileHandler>();
        services.AddScoped<ImportPlacesHandler>();
        services.AddScoped<ImportBatch>();
        services.AddScoped<ExportPlacesHandler>();
        services.AddSingleton<GeneratePlacesHandler>();
        services.AddSingleton<Features.Places.Search.PlaceNameOrder>();
        services.AddScoped<Features.Places.Search.SearchPlacesHandler>();
        services.AddScoped<Features.CorrectionRequests.SubmitCorrectionRequestHandler>();
        services.AddScoped<Features.Orientation.SendOrientationSheetHandler>();
        services.AddSingleton<Infrastructure.Http.FormStamp>();
        services.AddRelaisEmail(configuration);
        services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<Features.Accounts.User>, Microsoft.AspNetCore.Identity.PasswordHasher<Features.Accounts.User>>();
        services.AddScoped<Features.Accounts.CreateOrganisationHandler>();
        services.AddScoped<Features.Accounts.AddPlaceToOrganisationHandler>();
        services.AddScoped<Features.Accounts.CreateUserHandler>();
        services.AddScoped<Features.Accounts.IssueApiTokenHandler>();
        services.AddScoped<Features.Accounts.ListUsersHandler>();
        services.AddScoped<Features.Accounts.SignInWithPasswordHandler>();
        services.AddScoped<Features.Accounts.SendSignInLinkHandler>();
        services.AddScoped<Features.Accounts.RedeemTokenHandler>();
        services.AddScoped<Features.Accounts.PlaceAccess>();
        services.AddScoped<Features.CorrectionRequests.ListCorrectionRequestsHandler>();
        services.AddScoped<Features.CorrectionRequests.CloseCorrectionRequestHandler>();
        services.AddScoped<Features.PlaceEdits.EditPlaceHandler>();
        services.AddScoped<Features.History.ListPlaceChangesHandler>();
        services.AddScoped<Features.Accounts.IAccountDeletionStep, Features.History.PseudonymiseDeletedAccount>();
        services.AddSingleton(configuration.GetSection(Features.Sources.SourcesOptions.Section).Get<Features.Sources.SourcesOptions>() ?? new Features.Sources.SourcesOptions());
        services.AddSingleton<Features.Sources.SourceCatalog>();
        services.AddHttpClient<Features.Sources.SourceFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddScoped<Features.Sources.RunSourceHandler>();
        services.AddScoped<Features.Sources.RunSourceBatchHandler>();
        services.AddScoped<Features.Sources.ListSourcesHandler>();
        services.AddRelaisJobs(configuration);
        services.AddRelaisMembership();

        // Deduplication runs after every import, inside its transaction; once per batch for the sources of one `sources run` (ADR 0018).
        services.AddScoped<Features.PlaceEdits.MergedPlaceEdits>();
        services.AddSingleton(configuration.GetSection(Features.Dedup.DedupOptions.Section).Get<Features.Dedup.DedupOptions>() ?? new Features.Dedup.DedupOptions());
        services.AddSingleton<Features.Dedup.MatchRecordCache>();
        services.AddScoped<Features.Dedup.PlaceMerger>();
        services.AddScoped<IAfterImportStep, Features.Dedup.MergeAfterImport>();
        services.AddScoped<Features.Review.ListReviewsHandler>();
        services.AddScoped<Features.Review.DecideReviewHandler>();
        services.AddScoped<Features.Review.UnmergePlaceHandler>();
        services.AddScoped<Features.Review.ReviewAccess>();
        services.AddScoped<Features.Review.ListReviewPageHandler>();
        return services;
    }
}
