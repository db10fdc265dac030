using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Marsad.Corpus.Tests.Reading.Fuzzing;

/// <summary>
/// CPU time the calling thread has used (Linux getrusage RUSAGE_THREAD), so that the fuzzer's hang check measures
/// the reader's own work: on a machine shared with builds, wall time mostly measures waiting for a core (a 1 KB
/// record "took" a second at load average 20). Elsewhere, or when the call fails, it falls back to wall time.
/// </summary>
internal static class ThreadClock
{
    private const int RusageThread = 1;

    private static readonly bool s_available = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Whether <see cref="Now"/> is CPU time (else wall time).</summary>
    public static bool IsCpuTime => s_available;

    public static TimeSpan Now => s_available && TryRead(out var t) ? t : Stopwatch.GetElapsedTime(0);

    private static bool TryRead(out TimeSpan used)
    {
        // struct rusage on 64-bit Linux: ru_utime and ru_stime (timeval: seconds, microseconds), then 14 longs
        var usage = new long[18];
        used = default;
        try
        {
            if (getrusage(RusageThread, usage) != 0) return false;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
        used = TimeSpan.FromSeconds(usage[0] + usage[2]) + TimeSpan.FromMicroseconds(usage[1] + usage[3]);
        return true;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int getrusage(int who, [Out] long[] usage);
}
