namespace Marsad.Web.Hosting;

/// <summary>How `marsad serve` runs: the data folder (or PostgreSQL store) and the addresses to listen on (localhost by default).</summary>
public sealed record WebOptions
{
    public string DataDirectory { get; init; } = "marsad-data";
    /// <summary>A PostgreSQL store (postgres://… or Host=…) to serve instead of the data folder: stateless instances, any number.</summary>
    public string? Store { get; init; }
    public string Urls { get; init; } = "http://127.0.0.1:5000";
    /// <summary>Largest request body accepted (posted articles).</summary>
    public long MaxRequestBytes { get; init; } = 2 * 1024 * 1024;
    /// <summary>Longest text `/analyze` and `/api/analyze` analyse: ten times a long news article.</summary>
    public int MaxAnalyzeChars { get; init; } = 200_000;
    /// <summary>Analyses of posted texts that run at once (as many again may wait; more get 429).</summary>
    public int MaxConcurrentAnalyses { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);
    /// <summary>Host names the server answers (null: loopback names when it listens on loopback only, else any).</summary>
    public IReadOnlyList<string>? AllowedHosts { get; init; }
    /// <summary>Largest page of results an API call may ask for.</summary>
    public int MaxPageSize { get; init; } = 100;
}
