namespace Marsad.Corpus.Watch;

/// <summary>Limits of one watch pass, so that no feed can make a pass unbounded.</summary>
public sealed record WatchOptions
{
    /// <summary>The most items read from one feed or sitemap.</summary>
    public int MaxItemsPerFeed { get; init; } = 2000;

    /// <summary>The most new pages fetched for one feed in one pass; the rest wait for the next pass.</summary>
    public int MaxNewPagesPerFeed { get; init; } = 500;

    /// <summary>The most sitemaps read from one sitemap index.</summary>
    public int MaxSitemapsPerIndex { get; init; } = 50;

    /// <summary>Passes in which a failing page is tried before it is given up.</summary>
    public int MaxPageAttempts { get; init; } = 5;

    /// <summary>Pages fetched at once over all hosts (each host also keeps to its own limit).</summary>
    public int PageConcurrency { get; init; } = 32;
}

/// <summary>What one pass did, for its progress line.</summary>
public sealed record WatchPassResult(
    int Feeds, int FeedsUnchanged, int FeedsFailed, int NewLinks, int PagesFetched, int PagesFailed, int Disallowed,
    long Stored, long Known, int Alerts, TimeSpan Elapsed, FetchCounts Requests);
