using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Web.Hosting;

/// <summary>
/// The data folder as the web app reads it: the store, and a searcher that is reopened when an ingest has
/// added articles since it was opened. Null members mean the folder holds no corpus yet.
/// </summary>
public sealed class CorpusAccess(WebOptions options) : IDisposable
{
    private readonly object _gate = new();
    private CorpusFolder? _folder;
    private CorpusSearcher? _searcher;
    private long _searcherSeq = -1;

    public bool Exists => File.Exists(Path.Combine(options.DataDirectory, CorpusFolder.StoreFile));

    public ArticleStore? Store
    {
        get
        {
            lock (_gate) return OpenFolder()?.Store;
        }
    }

    /// <summary>Runs <paramref name="search"/> with an up-to-date searcher, or returns default when there is no corpus.</summary>
    public T? WithSearcher<T>(Func<CorpusSearcher, T> search)
    {
        CorpusSearcher? searcher;
        lock (_gate)
        {
            var folder = OpenFolder();
            if (folder is null || !Directory.Exists(folder.IndexPath)) return default;
            long seq = folder.Store.LastSeq;
            if (_searcher is null || seq != _searcherSeq)
            {
                _searcher?.Dispose();
                _searcher = folder.OpenSearcher();
                _searcherSeq = seq;
            }
            searcher = _searcher;
        }
        return search(searcher);
    }

    private CorpusFolder? OpenFolder()
    {
        if (_folder is null && Exists) _folder = CorpusFolder.OpenForReading(options.DataDirectory);
        return _folder;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _searcher?.Dispose();
            _folder?.Dispose();
        }
    }
}
