using Microsoft.Data.Sqlite;
using Marsad.Corpus.Search;

namespace Marsad.Corpus.Store;

/// <summary>
/// The corpus store: one SQLite file (WAL mode) holding every article, its metadata and its analysis JSON.
/// It is the truth; the search index is rebuilt from it. Writes are batched, one transaction per batch,
/// so an article is either wholly stored or absent, whenever the process dies. Adding an article whose id
/// is already stored does nothing (ingest is idempotent). One writer at a time; readers may run alongside.
/// </summary>
public sealed partial class ArticleStore : IRelationStore, IStoreReader, Search.IArticleReader
{
    // 2: copy fingerprints, copy links, stories and entity mentions (tables added to a version-1 store on open).
    private const int SchemaVersion = 2;
    private readonly SqliteConnection _db;
    private readonly object _gate = new();

    public string Path { get; }

    string IStoreReader.Name => Path;

    private ArticleStore(string path, SqliteConnection db)
    {
        Path = path;
        _db = db;
    }

    /// <summary>Whether this store was opened read-only (its folder or file system cannot be written).</summary>
    public bool IsReadOnly { get; private init; }

    /// <summary>
    /// Opens an existing store for reading: as usual when it can be written to (a running ingest's new articles
    /// show), else read-only, e.g. on a read-only mount or a folder the reader may not write, where SQLite's
    /// WAL mode cannot create its shared-memory file. Nothing can change such a store, so it is opened immutable.
    /// </summary>
    public static ArticleStore OpenForReading(string path)
    {
        try { return Open(path); }
        catch (SqliteException e) when (e.SqliteErrorCode is 8 or 14) // SQLITE_READONLY, SQLITE_CANTOPEN
        {
            var uri = new Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri + "?immutable=1";
            var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = uri, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            db.Open();
            return new ArticleStore(path, db) { IsReadOnly = true };
        }
    }

    /// <summary>Opens (creating if needed) the store file at <paramref name="path"/>.</summary>
    public static ArticleStore Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        db.Open();
        Exec(db, """
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=NORMAL;
            PRAGMA busy_timeout=10000;
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS articles(
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                url TEXT,
                content_hash TEXT NOT NULL,
                title TEXT,
                published TEXT,
                source TEXT,
                author TEXT,
                location TEXT,
                text TEXT NOT NULL,
                analysis BLOB NOT NULL);
            CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
            CREATE TABLE IF NOT EXISTS aliases(alias TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY(alias, entity)) WITHOUT ROWID;
            """);
        Exec(db, RelationTablesSql);
        Exec(db, $"INSERT INTO meta(key, value) VALUES('schema', '{SchemaVersion}') ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE CAST(value AS INTEGER) < {SchemaVersion}");
        return new ArticleStore(path, db);
    }

    /// <summary>Number of stored articles.</summary>
    public long Count => Scalar("SELECT COUNT(*) FROM articles");

    /// <summary>The highest sequence number stored (0 when empty).</summary>
    public long LastSeq => Scalar("SELECT COALESCE(MAX(seq), 0) FROM articles");

    /// <summary>Number of articles stored after sequence number <paramref name="seq"/> (those an index at that point lacks).</summary>
    public long CountAfter(long seq) => Scalar($"SELECT COUNT(*) FROM articles WHERE seq > {seq.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

    public bool Contains(string id)
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT 1 FROM articles WHERE id = $id";
            cmd.Parameters.AddWithValue("$id", id);
            return cmd.ExecuteScalar() is not null;
        }
    }

    /// <summary>Every stored id (for skipping known articles before analysing them).</summary>
    public HashSet<string> Ids()
    {
        lock (_gate)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT id FROM articles";
            using var r = cmd.ExecuteReader();
            while (r.Read()) ids.Add(r.GetString(0));
            return ids;
        }
    }

    /// <summary>Stores one article; false when its id was already stored.</summary>
    public bool Add(NewArticle article) => AddBatch([article]).Count == 1;

    /// <summary>
    /// Stores a batch in one transaction and returns the articles that were new, with their sequence
    /// numbers, in commit order. <paramref name="facts"/> (parallel to the batch, optional) saves re-parsing the analyses.
    /// </summary>
    public IReadOnlyList<StoredArticle> AddBatch(IReadOnlyList<NewArticle> batch, IReadOnlyList<ArticleFacts>? facts = null)
    {
        var added = new List<StoredArticle>(batch.Count);
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            using var insert = _db.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT OR IGNORE INTO articles(id, url, content_hash, title, published, source, author, location, text, analysis)
                VALUES($id, $url, $hash, $title, $published, $source, $author, $location, $text, $analysis)
                RETURNING seq
                """;
            var p = new[] { "$id", "$url", "$hash", "$title", "$published", "$source", "$author", "$location", "$text", "$analysis" }
                .Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
            p[9].SqliteType = SqliteType.Blob;
            using var alias = _db.CreateCommand();
            alias.Transaction = tx;
            alias.CommandText = "INSERT OR IGNORE INTO aliases(alias, entity) VALUES($a, $e)";
            var pa = alias.Parameters.Add("$a", SqliteType.Text);
            var pe = alias.Parameters.Add("$e", SqliteType.Text);
            for (int i = 0; i < batch.Count; i++)
            {
                var a = batch[i];
                object[] values = [a.Identity.Id, (object?)a.Url ?? DBNull.Value, a.Identity.ContentHash, (object?)a.Title ?? DBNull.Value,
                    (object?)a.Published ?? DBNull.Value, (object?)a.Source ?? DBNull.Value, (object?)a.Author ?? DBNull.Value,
                    (object?)a.Location ?? DBNull.Value, a.Text, AnalysisBlob.Compress(a.AnalysisJson)];
                for (int k = 0; k < values.Length; k++) p[k].Value = values[k];
                if (insert.ExecuteScalar() is not long seq) continue; // already stored
                added.Add(new StoredArticle(seq, a.Identity.Id, a.Url, a.Identity.ContentHash, a.Title, a.Published, a.Source,
                    a.Author, a.Location, a.Text, a.AnalysisJson));
                var f = facts?[i] ?? ArticleFacts.FromAnalysisJson(a.AnalysisJson);
                foreach (var (aliasKey, entity) in Aliases(f))
                {
                    pa.Value = aliasKey;
                    pe.Value = entity;
                    alias.ExecuteNonQuery();
                }
            }
            tx.Commit();
        }
        return added;
    }

    /// <summary>Linked entities, by every folded spelling the articles used for them (for query expansion).</summary>
    private static IEnumerable<(string Alias, string Entity)> Aliases(ArticleFacts facts)
    {
        foreach (var e in facts.Entities)
        {
            if (e.KbId is null) continue;
            foreach (var s in e.Surfaces.Append(e.NameAr).Append(e.Name))
            {
                var key = SearchKeys.Keyword(s);
                if (key.Length > 1) yield return (key, SearchKeys.Keyword(e.Key));
            }
        }
    }

    /// <summary>The entity keys some article linked the spelling <paramref name="alias"/> to.</summary>
    public IReadOnlyList<string> EntitiesForAlias(string alias)
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT entity FROM aliases WHERE alias = $a LIMIT 20";
            cmd.Parameters.AddWithValue("$a", SearchKeys.Keyword(alias));
            using var r = cmd.ExecuteReader();
            var list = new List<string>();
            while (r.Read()) list.Add(r.GetString(0));
            return list;
        }
    }

    public StoredArticle? Get(string id) => Query("WHERE id = $v", id).FirstOrDefault();

    public StoredArticle? GetBySeq(long seq) => Query("WHERE seq = $v", seq).FirstOrDefault();

    /// <summary>Articles in commit order after <paramref name="afterSeq"/>, streamed (never all in memory).</summary>
    public IEnumerable<StoredArticle> Enumerate(long afterSeq = 0)
    {
        // Pages of 500 so a long enumeration never holds the connection lock while the caller works.
        long last = afterSeq;
        while (true)
        {
            var page = Query("WHERE seq > $v ORDER BY seq LIMIT 500", last).ToList();
            foreach (var a in page) yield return a;
            if (page.Count < 500) yield break;
            last = page[^1].Seq;
        }
    }

    private List<StoredArticle> Query(string where, object value)
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = $"SELECT seq, id, url, content_hash, title, published, source, author, location, text, analysis FROM articles {where}";
            cmd.Parameters.AddWithValue("$v", value);
            using var r = cmd.ExecuteReader();
            var list = new List<StoredArticle>();
            while (r.Read())
                list.Add(new StoredArticle(r.GetInt64(0), r.GetString(1), Opt(r, 2), r.GetString(3), Opt(r, 4), Opt(r, 5), Opt(r, 6),
                    Opt(r, 7), Opt(r, 8), r.GetString(9), AnalysisBlob.Decompress((byte[])r.GetValue(10))));
            return list;
        }
    }

    private static string? Opt(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private long Scalar(string sql)
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = sql;
            return (long)cmd.ExecuteScalar()!;
        }
    }

    private static void Exec(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        lock (_gate) _db.Dispose();
    }
}
