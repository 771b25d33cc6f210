using System.Diagnostics;

namespace Relais.Tests.Infrastructure;

/// <summary>Runs the built app's command-line verbs in a real process, as ./relais does.</summary>
public static class CliRunner
{
    public sealed record CliResult(int ExitCode, string Output, string Error);

    public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args) => RunWithInputAsync(null, environment, args);

    /// <summary>Same, with <paramref name="input"/> written to the process's standard input (e.g. --password-stdin).</summary>
    public static async Task<CliResult> RunWithInputAsync(string? input, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Relais.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
