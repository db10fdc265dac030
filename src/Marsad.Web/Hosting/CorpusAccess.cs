using System.Diagnostics;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Web.Hosting;

/// <summary>
/// The corpus as the web app reads it, from a data folder or a PostgreSQL store: the store, and a search that is
/// reopened when an ingest has added articles since it was opened. Null members mean there is no corpus yet.
/// </summary>
public sealed class CorpusAccess(WebOptions options) : IDisposable
{
    /// <summary>How often the store is asked whether an ingest added articles (not on every request: that query is serialised).</summary>
    private static readonly TimeSpan GenerationCheck = TimeSpan.FromSeconds(1);

    private readonly object _gate = new();
    private volatile CorpusFolder? _folder;
    private CorpusSearcher? _searcher;
    private long _searcherGeneration = -1;
    private readonly List<(CorpusSearcher Searcher, long At)> _retired = [];
    private static readonly TimeSpan RetiredLife = TimeSpan.FromMinutes(1);
    private long _generation;
    /// <summary>The store's last sequence number and, for a folder, the index's last commit; for PostgreSQL, the last related article.</summary>
    private (long Seq, long Then) _observed = (-1, -1);
    private long _generationCheckedAt;

    public bool Exists => options.Store is null && File.Exists(Path.Combine(options.DataDirectory, CorpusFolder.StoreFile));

    private Marsad.Corpus.Postgres.PostgresStore? _postgres;
    private volatile Marsad.Corpus.Postgres.PostgresSearch? _postgresSearch;

    /// <summary>
    /// The PostgreSQL store served instead of a data folder (null when a folder is served), opened at the first
    /// request. Every page reads it through the interfaces a folder is read through (<see cref="IStoreReader"/>,
    /// <see cref="ICorpusSearch"/>), so a page is written once for both stores. Its connections come from a pool
    /// and it is safe to share between threads.
    /// </summary>
    private Marsad.Corpus.Postgres.PostgresSearch? Postgres
    {
        get
        {
            if (options.Store is null) return null;
            if (_postgresSearch is { } opened) return opened;
            lock (_gate)
            {
                if (_postgres is null)
                {
                    _postgres = Marsad.Corpus.Postgres.PostgresStore.Open(options.Store);
                    _postgresSearch = new Marsad.Corpus.Postgres.PostgresSearch(_postgres);
                }
                return _postgresSearch;
            }
        }
    }

    /// <summary>Stored articles, from the data folder or the PostgreSQL store (null when there is no corpus).</summary>
    public IArticleReader? Articles => Store;

    /// <summary>Runs <paramref name="search"/> with the corpus's search, whichever store holds it, or returns default when there is no corpus.</summary>
    public T? WithSearch<T>(Func<ICorpusSearch, T> search) => Postgres is { } postgres ? search(postgres) : WithSearcher(s => search(s));

    /// <summary>Connections that read the store, used in turn: the store serialises its calls on one connection each.</summary>
    private const int Readers = 4;

    private ArticleStore[]? _readers;
    private int _nextReader;

    /// <summary>
    /// The store, whichever it is (null when there is no corpus). A data folder's page and API reads go round a few
    /// connections, so that they do not queue on the one the searcher reads its hits through (each embedded store
    /// serialises its calls, and under load a thread holding a connection may wait for the CPU while the others
    /// wait for it).
    /// </summary>
    public IStoreReader? Store
    {
        get
        {
            if (Postgres is not null) return _postgres;
            var readers = _readers ?? OpenReaders();
            return readers is null ? null : readers[(int)((uint)Interlocked.Increment(ref _nextReader) % (uint)readers.Length)];
        }
    }

    private ArticleStore[]? OpenReaders()
    {
        lock (_gate)
        {
            if (_readers is null && OpenFolder() is { } folder)
                _readers = [folder.Store, .. Enumerable.Range(1, Readers - 1).Select(_ => ArticleStore.OpenForReading(folder.StorePath))];
            return _readers;
        }
    }

    /// <summary>
    /// A number that changes when an ingest adds articles to the store or commits them to the index (looked at
    /// at most once a second); everything cached from the corpus, the searcher included, is keyed by it. Both
    /// count: an ingest stores a batch before the index commits it, so the store alone can move first.
    /// </summary>
    public long Generation
    {
        get
        {
            long now = Stopwatch.GetTimestamp();
            if (Interlocked.Read(ref _generationCheckedAt) is var at && at != 0 && Stopwatch.GetElapsedTime(at, now) < GenerationCheck)
                return Interlocked.Read(ref _generation);
            lock (_gate)
            {
                if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _generationCheckedAt), now) >= GenerationCheck || _generationCheckedAt == 0)
                {
                    // PostgreSQL's relation leader writes an article's relations after giving it its number: both count
                    var folder = OpenFolder();
                    var state = Postgres is not null ? (_postgres!.LastSeq, _postgres.RelationsSeq)
                        : (folder?.Store.LastSeq ?? -1, folder is null ? -1 : SearchIndex.LastCommit(folder.IndexPath));
                    if (state != _observed) { _observed = state; Interlocked.Increment(ref _generation); }
                    Interlocked.Exchange(ref _generationCheckedAt, now);
                }
                return _generation;
            }
        }
    }

    /// <summary>Runs <paramref name="search"/> with an up-to-date searcher, or returns default when there is no corpus.</summary>
    public T? WithSearcher<T>(Func<CorpusSearcher, T> search)
    {
        long generation = Generation;
        CorpusSearcher? searcher;
        lock (_gate)
        {
            var folder = OpenFolder();
            if (folder is null || !Directory.Exists(folder.IndexPath)) return default;
            if (_searcher is null || generation != _searcherGeneration)
            {
                // A search may still be running on the old searcher: it is closed a minute later, not under that search.
                if (_searcher is not null) _retired.Add((_searcher, Stopwatch.GetTimestamp()));
                foreach (var old in _retired.Where(r => Stopwatch.GetElapsedTime(r.At) > RetiredLife).ToList())
                {
                    old.Searcher.Dispose();
                    _retired.Remove(old);
                }
                _searcher = folder.OpenSearcher();
                _searcherGeneration = generation;
            }
            searcher = _searcher;
        }
        return search(searcher);
    }

    private CorpusFolder? OpenFolder()
    {
        lock (_gate)
        {
            if (_folder is null && Exists) _folder = CorpusFolder.OpenForReading(options.DataDirectory);
            return _folder;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _searcher?.Dispose();
            foreach (var (old, _) in _retired) old.Dispose();
            foreach (var reader in _readers?.Skip(1) ?? []) reader.Dispose();
            _folder?.Dispose();
            _postgres?.Dispose();
        }
    }
}
