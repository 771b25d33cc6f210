using Relais.Web.Features.Freshness;

namespace Relais.Web.Features.Jobs;

public static class JobsRegistration
{
    /// <summary>The scheduled jobs and what they need (shared by the server and the CLI).</summary>
    public static IServiceCollection AddRelaisJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions());
        services.AddSingleton<JobOwner>();
        services.AddSingleton<PublicSite>();
        services.AddSingleton<RunDueJobsHandler>();
        services.AddSingleton<FreshnessLinks>();
        services.AddScoped<SendFreshnessRemindersHandler>();
        services.AddScoped<ConfirmPlaceFreshnessHandler>();
        services.AddScoped<IScheduledJob, FreshnessJob>();
        return services;
    }

    /// <summary>The hosted loop that runs them: the server only, never a CLI verb.</summary>
    public static IServiceCollection AddRelaisJobScheduler(this IServiceCollection services) => services.AddHostedService<JobScheduler>();
}
