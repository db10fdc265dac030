namespace Marsad.Corpus.Watch;

/// <summary>How politely and how patiently <see cref="PoliteFetcher"/> fetches.</summary>
public sealed record FetchOptions
{
    /// <summary>Names Marsad, so that a site's operator can tell who fetches and write robots.txt rules for it.</summary>
    public string UserAgent { get; init; } = $"Marsad/{Version} (Arabic news monitor; robots.txt token: marsad)";

    /// <summary>The version of the `marsad` command (the tool's package version), or "dev" when run from elsewhere (tests, benchmarks).</summary>
    private static string Version =>
        System.Reflection.Assembly.GetEntryAssembly()?.GetName() is { Name: "marsad", Version: { } v } ? v.ToString(3) : "dev";

    /// <summary>The most requests in flight to one host.</summary>
    public int PerHostConnections { get; init; } = 2;

    /// <summary>The least time between the starts of two requests to one host (a robots.txt Crawl-delay can raise it).</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The whole of one attempt: connecting, the headers and the body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts after the first one, for network failures, timeouts, 408, 429 and 5xx answers.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The wait before the first retry; it doubles with each further one (a Retry-After header is obeyed up to <see cref="MaxRetryAfter"/>).</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most bytes read of one response (after decompression); a larger one fails.</summary>
    public long MaxBytes { get; init; } = 8L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>How long a site's robots.txt is trusted before it is fetched again (RFC 9309: at most 24 hours).</summary>
    public TimeSpan RobotsMaxAge { get; init; } = TimeSpan.FromHours(24);
}
