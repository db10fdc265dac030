using System.Collections.Concurrent;

namespace Marsad.Web.Hosting;

/// <summary>
/// A bounded memo of results computed from the corpus (search results with their facets, rendered pages,
/// entity profiles), emptied when an ingest changes the corpus. Concurrent requests for the same missing key
/// compute it once. Costly computations (searches counting facets over every match, entity profiles) pass
/// through a <see cref="ComputeGate"/>, so a burst of them queues instead of taking the CPU from the requests
/// the cache answers at once; cheap ones (an article page, about a millisecond) run at once and never wait
/// behind costly ones. When full it starts afresh: simple, and the popular keys come back at once.
/// </summary>
public class CorpusCache<T>(CorpusAccess corpus, int capacity, ComputeGate? gate = null)
{
    private ConcurrentDictionary<string, Lazy<Task<T>>> _items = new(StringComparer.Ordinal);
    private long _generation = long.MinValue;

    /// <summary>The value for <paramref name="key"/>, and whether it was already cached.</summary>
    public async Task<(T Value, bool Hit)> GetOrAddAsync(string key, Func<T> create)
    {
        var items = Current();
        if (items.TryGetValue(key, out var cached)) return (await cached.Value, true);
        if (items.Count >= capacity) Interlocked.CompareExchange(ref _items, new(StringComparer.Ordinal), items);
        items = _items;
        var lazy = new Lazy<Task<T>>(() => gate is null ? Task.FromResult(create()) : gate.RunAsync(create));
        var stored = items.GetOrAdd(key, lazy);
        try
        {
            return (await stored.Value, !ReferenceEquals(stored, lazy));
        }
        catch
        {
            items.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(key, stored)); // a failure is not remembered
            throw;
        }
    }

    /// <summary>Whether <paramref name="key"/> is cached or being computed.</summary>
    public bool Contains(string key) => Current().ContainsKey(key);

    private ConcurrentDictionary<string, Lazy<Task<T>>> Current()
    {
        long g = corpus.Generation;
        if (Interlocked.Exchange(ref _generation, g) != g) _items = new(StringComparer.Ordinal);
        return _items;
    }
}

/// <summary>
/// Lets a few costly computations run at once (two per core: with one per core, time-sliced among dozens of
/// cheap requests they got so little CPU that new searches queued for seconds); the rest wait without holding a thread.
/// A gated computation must never wait on another gated one (it could wait for its own slot).
/// </summary>
public sealed class ComputeGate
{
    private readonly SemaphoreSlim _slots = new(2 * Environment.ProcessorCount, 2 * Environment.ProcessorCount);

    public async Task<T> RunAsync<T>(Func<T> work)
    {
        await _slots.WaitAsync().ConfigureAwait(false);
        try { return work(); }
        finally { _slots.Release(); }
    }
}

/// <summary>
/// Rendered HTML pages (UTF-8) by language, path and query; null for a page of something that does not exist.
/// Article pages of SaudiNewsNet weigh 3–45 KB (about 13 KB on average): 10,000 pages are about 130 MB.
/// </summary>
public sealed class PageCache(CorpusAccess corpus) : CorpusCache<byte[]?>(corpus, 10_000);

/// <summary>Search results with their facets by query, order and page size.</summary>
public sealed class SearchCache(CorpusAccess corpus, ComputeGate gate) : CorpusCache<Marsad.Corpus.Search.SearchResults?>(corpus, 2000, gate);

/// <summary>Entity profiles (up to 500 articles read each) by entity key.</summary>
public sealed class EntityCache(CorpusAccess corpus, ComputeGate gate) : CorpusCache<Marsad.Web.Pages.EntityProfile?>(corpus, 500, gate);

/// <summary>Results read from the corpus relations and stored analyses (events found, stories, copies, the source graph) by request.</summary>
public sealed class RelationsCache(CorpusAccess corpus, ComputeGate gate) : CorpusCache<object?>(corpus, 2000, gate);
