using Marsad.Corpus.Search;

namespace Marsad.Corpus.Store;

/// <summary>
/// A data folder (default ./marsad-data): `articles.db` (the <see cref="ArticleStore"/>), `index/` (the
/// <see cref="SearchIndex"/>) and `ingest.lock`, which one writing process holds at a time.
/// </summary>
public sealed class CorpusFolder : IDisposable
{
    public const string StoreFile = "articles.db";
    public const string IndexFolder = "index";

    private readonly FileStream? _lock;

    public string Root { get; }
    public ArticleStore Store { get; }
    public string StorePath => Path.Combine(Root, StoreFile);
    public string IndexPath => Path.Combine(Root, IndexFolder);

    private CorpusFolder(string root, ArticleStore store, FileStream? writeLock)
    {
        Root = root;
        Store = store;
        _lock = writeLock;
    }

    /// <summary>Opens the folder for writing (creating it); fails when another process is writing to it.</summary>
    public static CorpusFolder OpenForWriting(string root)
    {
        FileStream writeLock;
        try
        {
            Directory.CreateDirectory(root);
            writeLock = new FileStream(Path.Combine(root, "ingest.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e.HResult == SharingViolation)
        {
            throw new IOException($"{root} is being written by another marsad process");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{root} cannot be written ({StorageFailure.Reason(e)})");
        }
        try { return new CorpusFolder(root, ArticleStore.Open(Path.Combine(root, StoreFile)), writeLock); }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            writeLock.Dispose();
            throw new IOException($"{root} cannot be written ({StorageFailure.Reason(e) ?? e.Message})");
        }
    }

    /// <summary>Opens an existing folder for reading (search, export).</summary>
    public static CorpusFolder OpenForReading(string root)
    {
        if (!File.Exists(Path.Combine(root, StoreFile))) throw new DirectoryNotFoundException($"{root} holds no Marsad corpus (run 'marsad ingest' first)");
        return new CorpusFolder(root, ArticleStore.OpenForReading(Path.Combine(root, StoreFile)), null);
    }

    /// <summary>The HResult .NET gives a file another process holds locked (ERROR_SHARING_VIOLATION).</summary>
    private const int SharingViolation = unchecked((int)0x80070020);

    /// <summary>The index, brought up to date with the store (needs the write lock when behind).</summary>
    public SearchIndex OpenIndex()
    {
        var index = SearchIndex.Open(IndexPath);
        index.CatchUp(Store);
        return index;
    }

    public CorpusSearcher OpenSearcher() => new(Store, IndexPath);

    /// <summary>Bytes on disk of the store (with its WAL) and of the index.</summary>
    public (long Store, long Index) Sizes()
    {
        long store = Directory.EnumerateFiles(Root, StoreFile + "*").Sum(f => new FileInfo(f).Length);
        long index = Directory.Exists(IndexPath) ? Directory.EnumerateFiles(IndexPath).Sum(f => new FileInfo(f).Length) : 0;
        return (store, index);
    }

    public void Dispose()
    {
        Store.Dispose();
        _lock?.Dispose();
    }
}
