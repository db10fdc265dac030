using Marsad.Corpus.Search;

namespace Marsad.Web.Hosting;

/// <summary>
/// Keeps costly searches from slowing everyone's. Before a search runs, its cost is read from the index (the
/// postings its terms hold, <see cref="CorpusSearcher.Cost"/>); one that reads more postings than the index has
/// documents times <see cref="CostlyFactor"/> (a query OR-ing hundreds of common words, say) takes the costly lane:
/// one such search at a time, a few waiting, the rest refused with 429 and Retry-After. Every search also runs under a
/// time budget. Ordinary searches never wait behind costly ones, so a few clients sending the costliest queries they
/// can form hold at most one core.
/// </summary>
public sealed class SearchLanes
{
    /// <summary>A search reading more postings than this many times the documents of the index is costly.</summary>
    public const int CostlyFactor = 4;

    /// <summary>How long any search may run: far above an ordinary search (tens of milliseconds on 30,000 articles).</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    /// <summary>Costly searches waiting for the lane; one more is refused.</summary>
    private const int CostlyQueue = 2;

    public const int RetryAfterSeconds = 2;

    private readonly SemaphoreSlim _costly = new(1, 1);
    private int _waiting;

    /// <summary>Whether <paramref name="query"/> is costly on this index (false when it cannot be parsed: the search says why).</summary>
    public static bool IsCostly(ICorpusSearch searcher, string query, bool advanced = false)
    {
        try { return searcher.Cost(query, advanced) > (long)CostlyFactor * Math.Max(1000, searcher.DocumentCount); }
        catch (QuerySyntaxException) { return false; }
    }

    /// <summary>Runs <paramref name="search"/> in the costly lane; not admitted (and not run) when the lane and its queue are full.</summary>
    public async Task<(bool Admitted, T Result)> RunCostlyAsync<T>(Func<Task<T>> search)
    {
        if (Interlocked.Increment(ref _waiting) > CostlyQueue + 1)
        {
            Interlocked.Decrement(ref _waiting);
            return (false, default!);
        }
        try
        {
            await _costly.WaitAsync().ConfigureAwait(false);
            try { return (true, await search().ConfigureAwait(false)); }
            finally { _costly.Release(); }
        }
        finally { Interlocked.Decrement(ref _waiting); }
    }
}
