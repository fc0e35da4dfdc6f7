using System.Diagnostics;
using System.Text;

namespace Diplomacy.Data.Tests.Support;

/// <summary>Runs the built <c>diplomacy</c> command line as a child process.</summary>
public static class CliProcess
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "diplomacy.dll");

    /// <summary>Starts the CLI; its output is collected in <paramref name="output"/> as it comes.</summary>
    public static Process Start(StringBuilder output, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The CLI did not start.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var output = new StringBuilder();
        using var process = Start(output, arguments);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
