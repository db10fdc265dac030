using System.Diagnostics;
using System.Globalization;
using Marsad.Corpus.Ingest;

namespace Marsad.Cli.Commands;

/// <summary>
/// MARSAD_KILL_AFTER=STEP:N (STEP one of stored, indexed, related, indexcommitted) makes `marsad ingest` kill
/// itself with SIGKILL, with no cleanup or flush, right after that step of batch N: crash-recovery tests stop the
/// ingest at exact points instead of after a guessed delay. Unset, it costs nothing.
/// </summary>
public static class KillSwitch
{
    public const string Variable = "MARSAD_KILL_AFTER";

    public static Action<IngestStep, int>? FromEnvironment(TextWriter stderr)
    {
        string? value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value)) return null;
        var parts = value.Split(':');
        if (parts.Length != 2 || !Enum.TryParse<IngestStep>(parts[0], ignoreCase: true, out var step)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int batch) || batch < 1)
        {
            stderr.WriteLine($"marsad: {Variable}='{value}' is ignored (expected STEP:N, STEP one of {string.Join(", ", Enum.GetNames<IngestStep>()).ToLowerInvariant()})");
            return null;
        }
        return (at, n) =>
        {
            if (at == step && n == batch) Process.GetCurrentProcess().Kill();
        };
    }
}
