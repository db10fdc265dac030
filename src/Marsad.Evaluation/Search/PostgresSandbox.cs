using System.Diagnostics;

namespace Marsad.Evaluation.Search;

/// <summary>
/// A throwaway PostgreSQL cluster for one evaluation run: initdb into a temporary folder, the server listening
/// on a unix socket in that folder only (no TCP port), trust authentication, stopped and deleted on dispose.
/// PostgreSQL refuses to run as root; when the run is root's, the server runs as the system's postgres user.
/// </summary>
public sealed class PostgresSandbox : IDisposable
{
    private readonly string _bin, _dir;
    private readonly string? _asUser;

    private PostgresSandbox(string bin, string dir, string? asUser)
    {
        _bin = bin;
        _dir = dir;
        _asUser = asUser;
    }

    /// <summary>Npgsql's connection string for the sandbox.</summary>
    public string ConnectionString => $"Host={_dir};Username=marsad;Database=postgres;Pooling=false;Timeout=30;Command Timeout=600";

    /// <summary>Starts a cluster, or returns null and says why in <paramref name="why"/> (PostgreSQL not installed, failed to start).</summary>
    public static PostgresSandbox? TryStart(out string why)
    {
        var bin = FindBin();
        if (bin is null) { why = "no PostgreSQL server found (initdb not on PATH nor in /usr/lib/postgresql/*/bin)"; return null; }
        string? asUser = null;
        if (Environment.UserName == "root")
        {
            if (!File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser")) { why = "running as root, and runuser is missing to start PostgreSQL as another user"; return null; }
            asUser = "postgres";
        }
        var dir = Directory.CreateTempSubdirectory("marsad-pg-").FullName;
        // the server's user writes the cluster and its socket here
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dir, (UnixFileMode)0x1FF);
        var sandbox = new PostgresSandbox(bin, dir, asUser);
        var data = Path.Combine(dir, "data");
        if (!sandbox.Run("initdb", ["-D", data, "-U", "marsad", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], out why)
            || !sandbox.Run("pg_ctl", ["-D", data, "-o", $"-k {dir} -c listen_addresses= -c fsync=off", "-l", Path.Combine(dir, "server.log"), "-w", "start"], out why))
        {
            sandbox.Dispose();
            return null;
        }
        why = "";
        return sandbox;
    }

    private static string? FindBin()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"))) return dir;
        const string debian = "/usr/lib/postgresql";
        if (!Directory.Exists(debian)) return null;
        return Directory.GetDirectories(debian)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private bool Run(string tool, string[] args, out string why)
    {
        var psi = new ProcessStartInfo(_asUser is null ? Path.Combine(_bin, tool) : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _dir,
        };
        if (_asUser is not null) foreach (var a in (string[])["-u", _asUser, "--", Path.Combine(_bin, tool)]) psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(120_000)) { p.Kill(true); why = $"{tool} did not finish in two minutes"; return false; }
        why = p.ExitCode == 0 ? "" : $"{tool} failed: {stderr.Result.Trim().Split('\n')[0]}";
        return p.ExitCode == 0;
    }

    public void Dispose()
    {
        var data = Path.Combine(_dir, "data");
        if (File.Exists(Path.Combine(data, "postmaster.pid"))) Run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"], out _);
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
