namespace Relais.Web.Features.Jobs;

/// <summary>Scheduler settings (section <c>Jobs</c>).</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>False = this instance runs no scheduled job (another one does, or an operator runs them).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each instance looks for due occurrences.</summary>
    public int PollSeconds { get; set; } = 60;
}

/// <summary>The hosted loop of each instance: every few seconds, run the due jobs whose lease this instance takes.</summary>
public sealed partial class JobScheduler(RunDueJobsHandler runner, JobsOptions options, ILogger<JobScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.PollSeconds)));
        do
        {
            try
            {
                await runner.HandleAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogTickFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The job scheduler's tick failed")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
