using Microsoft.Data.Sqlite;

namespace Marsad.Corpus.Store;

/// <summary>One stored article as the relations see it: its story, outlets, copy fingerprint and copies.</summary>
/// <param name="Fingerprint">The encoded <see cref="Copies.CopyFingerprint"/> (<see cref="Relations.FingerprintCodec"/>).</param>
/// <param name="Copies">Earlier articles (by sequence number) this one copies or is a copy of, best first.</param>
/// <param name="Entities">Distinct entity keys of the article, with a name and type each.</param>
public sealed record RelationRow(
    long Seq, int Story, string? Publisher, string? Origin, int Words, byte[] Fingerprint,
    IReadOnlyList<CopyLinkRow> Copies, IReadOnlyList<(string Key, string Name, string Type)> Entities);

/// <summary>A verified copy pair: the later-stored article, the earlier one, and the overlap measures.</summary>
public readonly record struct CopyLinkRow(long Later, long Earlier, int SharedShingles, double Coverage);

/// <summary>A story's stored summary; times are ISO (yyyy-MM-ddTHH:mm:ss) UTC.</summary>
/// <param name="Thread">The thread of related stories it belongs to (the id of the thread's first story; its own id when alone).</param>
public sealed record StoryRow(int Id, string? Title, string? First, string? Last, int Articles, int Thread);

/// <summary>
/// The relation tables: written by the ingest writer in one transaction per batch after the articles
/// (<see cref="Relations.RelationsBuilder"/>), so that after a crash the articles beyond the last relations
/// row are simply processed again. A version-1 store gets the empty tables on open and is caught up at the next ingest.
/// </summary>
public sealed partial class ArticleStore
{
    private const string RelationTablesSql = """
        CREATE TABLE IF NOT EXISTS relations(
            seq INTEGER PRIMARY KEY,
            story INTEGER NOT NULL,
            publisher TEXT,
            origin TEXT,
            words INTEGER NOT NULL,
            fingerprint BLOB NOT NULL);
        CREATE INDEX IF NOT EXISTS relations_story ON relations(story);
        CREATE TABLE IF NOT EXISTS copies(later INTEGER NOT NULL, earlier INTEGER NOT NULL, shared INTEGER NOT NULL, coverage REAL NOT NULL,
            PRIMARY KEY(later, earlier)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS copies_earlier ON copies(earlier);
        CREATE TABLE IF NOT EXISTS stories(id INTEGER PRIMARY KEY, title TEXT, first TEXT, last TEXT, articles INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS stories_last ON stories(last);
        CREATE TABLE IF NOT EXISTS story_threads(story INTEGER PRIMARY KEY, thread INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS story_threads_thread ON story_threads(thread);
        CREATE TABLE IF NOT EXISTS mentions(entity TEXT NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
            PRIMARY KEY(entity, seq)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS mentions_seq ON mentions(seq);
        CREATE TABLE IF NOT EXISTS entity_keys(folded TEXT PRIMARY KEY, entity TEXT NOT NULL) WITHOUT ROWID;
        """;

    /// <summary>The highest sequence number whose relations are stored (0 when none).</summary>
    public long RelationsSeq => Scalar("SELECT COALESCE(MAX(seq), 0) FROM relations");

    /// <summary>
    /// Stores the relations of a batch of articles (in sequence order) and the new summaries (with their threads) of the
    /// stories the batch touched, in one transaction; <paramref name="moved"/> are earlier articles that a story's
    /// re-check moved to another story.
    /// </summary>
    public void WriteRelations(IReadOnlyList<RelationRow> rows, IReadOnlyList<StoryRow> stories, IReadOnlyList<(long Seq, int Story)>? moved = null)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            using var rel = Command(tx, "INSERT OR REPLACE INTO relations(seq, story, publisher, origin, words, fingerprint) VALUES($1, $2, $3, $4, $5, $6)", 6);
            using var copy = Command(tx, "INSERT OR REPLACE INTO copies(later, earlier, shared, coverage) VALUES($1, $2, $3, $4)", 4);
            using var mention = Command(tx, "INSERT OR REPLACE INTO mentions(entity, seq, name, type) VALUES($1, $2, $3, $4)", 4);
            // The aliases table names entities by folded key (SearchKeys.Keyword): this maps them back.
            using var folded = Command(tx, "INSERT OR IGNORE INTO entity_keys(folded, entity) VALUES($1, $2)", 2);
            foreach (var r in rows)
            {
                Run(rel, r.Seq, r.Story, r.Publisher, r.Origin, r.Words, r.Fingerprint);
                foreach (var c in r.Copies) Run(copy, c.Later, c.Earlier, c.SharedShingles, c.Coverage);
                foreach (var (key, name, type) in r.Entities)
                {
                    Run(mention, key, r.Seq, name, type);
                    Run(folded, Search.SearchKeys.Keyword(key), key);
                }
            }
            using (var move = Command(tx, "UPDATE relations SET story = $2 WHERE seq = $1", 2))
                foreach (var (seq, to) in moved ?? []) Run(move, seq, to);
            using var story = Command(tx, "INSERT OR REPLACE INTO stories(id, title, first, last, articles) VALUES($1, $2, $3, $4, $5)", 5);
            using var thread = Command(tx, "INSERT OR REPLACE INTO story_threads(story, thread) VALUES($1, $2)", 2);
            foreach (var s in stories)
            {
                Run(story, s.Id, s.Title, s.First, s.Last, s.Articles);
                Run(thread, s.Id, s.Thread);
            }
            tx.Commit();
        }
    }

    /// <summary>Moves articles to other stories and replaces every story summary (after the clustering itself changed).</summary>
    public void RewriteStories(IReadOnlyList<(long Seq, int Story)> assignments, IReadOnlyList<StoryRow> stories)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            using var move = Command(tx, "UPDATE relations SET story = $2 WHERE seq = $1", 2);
            foreach (var (seq, story) in assignments) Run(move, seq, story);
            using (var clear = Command(tx, "DELETE FROM stories", 0)) clear.ExecuteNonQuery();
            using (var clear = Command(tx, "DELETE FROM story_threads", 0)) clear.ExecuteNonQuery();
            using var insert = Command(tx, "INSERT INTO stories(id, title, first, last, articles) VALUES($1, $2, $3, $4, $5)", 5);
            using var thread = Command(tx, "INSERT INTO story_threads(story, thread) VALUES($1, $2)", 2);
            foreach (var s in stories)
            {
                Run(insert, s.Id, s.Title, s.First, s.Last, s.Articles);
                Run(thread, s.Id, s.Thread);
            }
            tx.Commit();
        }
    }

    /// <summary>Stored relations in sequence order, streamed in pages.</summary>
    public IEnumerable<RelationRow> EnumerateRelations(long afterSeq = 0)
    {
        long last = afterSeq;
        while (true)
        {
            var page = ReadRows("SELECT seq, story, publisher, origin, words, fingerprint FROM relations WHERE seq > $1 ORDER BY seq LIMIT 2000",
                r => new RelationRow(r.GetInt64(0), r.GetInt32(1), Opt(r, 2), Opt(r, 3), r.GetInt32(4), (byte[])r.GetValue(5), [], []), last);
            foreach (var row in page) yield return row;
            if (page.Count < 2000) yield break;
            last = page[^1].Seq;
        }
    }

    /// <summary>Title, publication time and text of the articles after <paramref name="afterSeq"/> up to <paramref name="upToSeq"/>, streamed (no analysis read).</summary>
    public IEnumerable<(long Seq, string? Title, string? Published, string Text)> EnumerateTexts(long afterSeq, long upToSeq)
    {
        long last = afterSeq;
        while (true)
        {
            var page = ReadRows("SELECT seq, title, published, text FROM articles WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT 1000",
                r => (r.GetInt64(0), Opt(r, 1), Opt(r, 2), r.GetString(3)), last, upToSeq);
            foreach (var row in page) yield return row;
            if (page.Count < 1000) yield break;
            last = page[^1].Item1;
        }
    }

    /// <summary>Every stored copy pair, by later article then best first (coverage, then the earlier article).</summary>
    public IEnumerable<CopyLinkRow> EnumerateCopyLinks() =>
        ReadRows("SELECT later, earlier, shared, coverage FROM copies ORDER BY later, coverage DESC, earlier", ReadLink);

    /// <summary>The copy pairs that involve <paramref name="seq"/>, either side.</summary>
    public List<CopyLinkRow> CopyLinksOf(long seq) =>
        ReadRows("SELECT later, earlier, shared, coverage FROM copies WHERE later = $1 UNION ALL SELECT later, earlier, shared, coverage FROM copies WHERE earlier = $1", ReadLink, seq);

    private static CopyLinkRow ReadLink(System.Data.Common.DbDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), r.GetDouble(3));

    /// <summary>Runs a read query on the store's connection under its lock (<see cref="IStoreReader.ReadRows"/>).</summary>
    public List<T> ReadRows<T>(string sql, Func<System.Data.Common.DbDataReader, T> read, params object?[] args)
    {
        lock (_gate)
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = sql;
            for (int i = 0; i < args.Length; i++) cmd.Parameters.AddWithValue("$" + (i + 1), args[i] ?? DBNull.Value);
            using var r = cmd.ExecuteReader();
            var list = new List<T>();
            while (r.Read()) list.Add(read(r));
            return list;
        }
    }

    private SqliteCommand Command(SqliteTransaction tx, string sql, int parameters)
    {
        var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        for (int i = 1; i <= parameters; i++) cmd.Parameters.Add(new SqliteParameter("$" + i, null));
        return cmd;
    }

    private static void Run(SqliteCommand cmd, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }
}
