using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Search;

/// <summary>
/// The Lucene.Net index over the store. The store is the truth: each index commit records, in its commit
/// user data, the highest store sequence number it contains, and <see cref="CatchUp"/> indexes every stored
/// article beyond it. So after a crash at any moment the index is brought back into agreement with the store.
/// Articles are added with UpdateDocument on their id, so indexing one twice leaves one document.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    internal const string SeqKey = "marsad.seq";
    private const string AnalyzerKey = "marsad.analyzer";

    /// <summary>
    /// The version of the index terms (the stemmer, the folding, the fields): raise it whenever they change. An index
    /// written with another version is rebuilt from the store when it is next opened for writing (`marsad ingest`),
    /// since its terms would no longer meet the queries' terms.
    /// </summary>
    internal const string AnalyzerVersion = "5";

    private readonly FSDirectory _dir;
    private readonly IndexWriter _writer;
    private long _pendingSeq;

    /// <summary>Indexing (and highlighting) analyzer: every stem of every word.</summary>
    public static readonly ArabicSearchAnalyzer Analyzer = new();

    /// <summary>Query analyzer: the shortest stem of each word.</summary>
    public static readonly ArabicSearchAnalyzer QueryAnalyzer = new(forQuery: true);

    /// <summary>The highest store sequence number the last commit contains.</summary>
    public long CommittedSeq { get; private set; }

    private SearchIndex(FSDirectory dir, IndexWriter writer, long committedSeq)
    {
        _dir = dir;
        _writer = writer;
        CommittedSeq = _pendingSeq = committedSeq;
    }

    public static SearchIndex Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        var dir = FSDirectory.Open(path);
        // A process killed while writing leaves write.lock behind; the caller holds the data folder's own
        // lock (CorpusFolder), so no live writer owns this one.
        if (IndexWriter.IsLocked(dir)) IndexWriter.Unlock(dir);
        var config = new IndexWriterConfig(Version, Analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = 48 };
        var writer = new IndexWriter(dir, config);
        var data = writer.CommitData;
        long seq = data is not null && data.TryGetValue(SeqKey, out var s) && long.TryParse(s, out var v) ? v : 0;
        if (seq > 0 && (data is null || !data.TryGetValue(AnalyzerKey, out var version) || version != AnalyzerVersion))
        {
            writer.DeleteAll(); // rebuilt by CatchUp from the first stored article
            seq = 0;
        }
        return new SearchIndex(dir, writer, seq);
    }

    /// <summary>
    /// The generation of the newest commit in the index folder at <paramref name="path"/> (-1 when it has none):
    /// it grows with every commit, so a reader can tell that an ingest has committed without opening the index.
    /// </summary>
    public static long LastCommit(string path) =>
        System.IO.Directory.Exists(path)
            ? SegmentInfos.GetLastCommitGeneration(System.IO.Directory.GetFiles(path).Select(System.IO.Path.GetFileName).ToArray()!)
            : -1;

    /// <summary>Indexes every stored article newer than the last commit, then commits. Returns how many.</summary>
    public int CatchUp(ArticleStore store)
    {
        int n = 0;
        foreach (var article in store.Enumerate(CommittedSeq))
        {
            Add(article);
            if (++n % 5000 == 0) Commit();
        }
        if (n > 0) Commit();
        return n;
    }

    public void Add(StoredArticle article, ArticleFacts? facts = null)
    {
        _writer.UpdateDocument(new Term(IndexFields.Id, article.Id), IndexDocument.Build(article, facts ?? ArticleFacts.FromAnalysisJson(article.AnalysisJson)));
        _pendingSeq = Math.Max(_pendingSeq, article.Seq);
    }

    /// <summary>Makes everything added durable, recording the store sequence number it reaches.</summary>
    public void Commit()
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [SeqKey] = _pendingSeq.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [AnalyzerKey] = AnalyzerVersion,
        });
        _writer.Commit();
        CommittedSeq = _pendingSeq;
    }

    public int DocumentCount => _writer.NumDocs;

    public void Dispose()
    {
        _writer.Dispose(); // commits nothing new: CommittedSeq stays the truth of what the index holds
        _dir.Dispose();
    }
}
