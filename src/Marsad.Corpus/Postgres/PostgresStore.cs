using Marsad.Corpus.Ingest;
using Marsad.Corpus.Relations;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Corpus.Postgres;

/// <summary>
/// The corpus store in PostgreSQL, for deployments one machine cannot hold: any number of worker processes write
/// articles at once (<see cref="Write"/>, idempotent: an id already stored is left alone), and the one
/// <see cref="RelationLeader"/> gives them their sequence numbers, in the order the publisher read them, and
/// relates them (copies, stories, mentions), as the embedded <see cref="ArticleStore"/> does in one process.
/// Readers see only sequenced articles, so they see what a single-process ingest of the same input holds.
/// The analysis JSON is stored Brotli-compressed, as in the embedded store.
/// </summary>
public sealed partial class PostgresStore : IStoreReader, IArticleReader
{
    private readonly NpgsqlDataSource _source;

    public string ConnectionString { get; }

    /// <summary>The address as given, without its password.</summary>
    public string Name { get; }

    private PostgresStore(string address, string connectionString)
    {
        Name = StoreAddress.Redacted(address);
        ConnectionString = connectionString;
        _source = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>
    /// Connects to the database at <paramref name="address"/> (<see cref="StoreAddress"/>), applies the migrations it
    /// lacks and gives postings to the articles stored before there were any (<see cref="PostgresPostings.Backfill"/>).
    /// </summary>
    public static PostgresStore Open(string address)
    {
        var store = new PostgresStore(address, StoreAddress.ConnectionString(address));
        try
        {
            using (var db = store.Connect()) PostgresSchema.Migrate(db);
            PostgresPostings.Backfill(store);
        }
        catch { store.Dispose(); throw; }
        return store;
    }

    internal NpgsqlConnection Connect() => _source.OpenConnection();

    /// <summary>Number of stored (sequenced) articles.</summary>
    public long Count => Scalar("SELECT COUNT(*) FROM articles WHERE seq IS NOT NULL");

    /// <summary>The highest sequence number given (0 when none).</summary>
    public long LastSeq => Scalar("SELECT COALESCE(MAX(seq), 0) FROM articles");

    /// <summary>The highest sequence number whose relations are stored (0 when none).</summary>
    public long RelationsSeq => Scalar("SELECT COALESCE(MAX(seq), 0) FROM relations");

    /// <summary>
    /// Queued work not yet in the readers' view: messages of open runs (the publisher still publishing) or not yet
    /// ordered, and ordered articles whose relations are not written.
    /// </summary>
    public long Pending => Scalar("""
        SELECT (SELECT COUNT(*) FROM ingest_runs WHERE NOT related)
             + (SELECT COUNT(*) FROM articles a WHERE seq IS NULL)
             + (SELECT COUNT(*) FROM articles a WHERE seq > (SELECT COALESCE(MAX(seq), 0) FROM relations))
        """);

    /// <summary>Every id stored or being ordered (the publisher skips them before publishing).</summary>
    public HashSet<string> Ids()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var db = Connect();
        using var cmd = new NpgsqlCommand("SELECT id FROM article_ids", db); // every id claimed, in one small unpartitioned table
        using var r = cmd.ExecuteReader();
        while (r.Read()) ids.Add(r.GetString(0));
        return ids;
    }

    /// <summary>Opens an ingest run: the publisher numbers its messages 0, 1, 2… within it.</summary>
    public long BeginRun() => Scalar("INSERT INTO ingest_runs DEFAULT VALUES RETURNING run");

    /// <summary>Closes a run after <paramref name="published"/> messages were confirmed by the queue.</summary>
    public void FinishRun(long run, long published)
    {
        using var db = Connect();
        using var cmd = new NpgsqlCommand("UPDATE ingest_runs SET published = $2, related = (next_ordinal >= $2) WHERE run = $1", db);
        cmd.Parameters.AddWithValue(run);
        cmd.Parameters.AddWithValue(published);
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// Stores what one queued message became, in one transaction: the analysed article (with its aliases, quotes and
    /// events) or the <paramref name="error"/> that dead-letters it. Idempotent: a redelivered message, or an article
    /// stored by another message, changes nothing. Returns whether the article was new.
    /// </summary>
    public bool Write(long run, long ordinal, AnalysedArticle? analysed, string? error = null)
    {
        using var db = Connect();
        // the month's partitions are made (once, committed on their own) before the transaction that writes into them
        int month = analysed is { } known ? MonthPartition(db, null, known.Article.Published) : 0;
        using var tx = db.BeginTransaction();
        bool added = false;
        if (analysed is { } x)
        {
            var a = x.Article;
            // the id's claim is the unique key across months: a redelivered message, or an article another message
            // stored (whatever its date), finds it and writes nothing; a second writer of the same id waits for the first
            added = ClaimId(db, tx, a.Identity.Id, month);
            if (added)
            {
                using var insert = new NpgsqlCommand("""
                    INSERT INTO articles(id, month, run, ordinal, url, content_hash, title, published, source, author, location, text, analysis, fingerprint, day)
                    VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
                    RETURNING doc
                    """, db, tx);
                insert.Parameters.AddWithValue(a.Identity.Id);
                insert.Parameters.AddWithValue(month);
                insert.Parameters.AddWithValue(run);
                insert.Parameters.AddWithValue(ordinal);
                insert.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)a.Url ?? DBNull.Value);
                insert.Parameters.AddWithValue(a.Identity.ContentHash);
                insert.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)Clean(a.Title) ?? DBNull.Value);
                insert.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)a.Published ?? DBNull.Value);
                insert.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)a.Source ?? DBNull.Value);
                insert.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)Clean(a.Author) ?? DBNull.Value);
                insert.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)a.Location ?? DBNull.Value);
                insert.Parameters.AddWithValue(Clean(a.Text)!);
                insert.Parameters.AddWithValue(AnalysisBlob.Compress(a.AnalysisJson));
                insert.Parameters.AddWithValue(FingerprintCodec.Encode(x.Fingerprint));
                insert.Parameters.AddWithValue(StoredArticle.DayOf(a.Published));
                long doc = (long)insert.ExecuteScalar()!;
                WriteFacts(db, tx, a.Identity.Id, month, x.Facts);
                var stored = new StoredArticle(0, a.Identity.Id, a.Url, a.Identity.ContentHash, a.Title, a.Published, a.Source, a.Author, a.Location, a.Text, a.AnalysisJson);
                PostgresPostings.Write(db, tx, doc, PostgresPostings.Of(stored, x.Facts));
            }
        }
        using (var resolve = new NpgsqlCommand("INSERT INTO resolved(run, ordinal, article, error) VALUES($1, $2, $3, $4) ON CONFLICT DO NOTHING", db, tx))
        {
            resolve.Parameters.AddWithValue(run);
            resolve.Parameters.AddWithValue(ordinal);
            resolve.Parameters.AddWithValue(NpgsqlDbType.Text, added ? analysed!.Value.Article.Identity.Id : DBNull.Value);
            resolve.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)error ?? DBNull.Value);
            resolve.ExecuteNonQuery();
        }
        tx.Commit();
        return added;
    }

    /// <summary>
    /// The month partition (yyyymm, 0 for the default one) of an article published at <paramref name="published"/>,
    /// creating that month's partitions when they are new (the schema's marsad_partition_for).
    /// </summary>
    internal static int MonthPartition(NpgsqlConnection db, NpgsqlTransaction? tx, string? published)
    {
        using var cmd = new NpgsqlCommand("SELECT marsad_partition_for($1)", db, tx);
        cmd.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)published ?? DBNull.Value);
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Claims an article id for its month; false when the id is stored already (in any month).</summary>
    internal static bool ClaimId(NpgsqlConnection db, NpgsqlTransaction tx, string id, int month)
    {
        using var claim = new NpgsqlCommand("INSERT INTO article_ids(id, month) VALUES($1, $2) ON CONFLICT(id) DO NOTHING", db, tx);
        claim.Parameters.AddWithValue(id);
        claim.Parameters.AddWithValue(month);
        return claim.ExecuteNonQuery() == 1;
    }

    internal static void WriteFacts(NpgsqlConnection db, NpgsqlTransaction tx, string id, int month, ArticleFacts facts)
    {
        using var batch = new NpgsqlBatch(db, tx);
        foreach (var e in facts.Entities)
        {
            if (e.KbId is null) continue;
            foreach (var s in e.Surfaces.Append(e.NameAr).Append(e.Name))
            {
                var key = SearchKeys.Keyword(s);
                if (key.Length > 1) batch.BatchCommands.Add(Command("INSERT INTO aliases(alias, entity) VALUES($1, $2) ON CONFLICT DO NOTHING", key, SearchKeys.Keyword(e.Key)));
            }
        }
        for (int i = 0; i < facts.Quotes.Count; i++)
        {
            var q = facts.Quotes[i];
            batch.BatchCommands.Add(Command("INSERT INTO quotes(article, month, n, speaker_key, speaker_name, kind, cue, text) VALUES($1, $2, $3, $4, $5, $6, $7, $8)",
                id, month, i, q.SpeakerKey, q.SpeakerName, q.Kind, q.Cue, Clean(q.Text)));
        }
        for (int i = 0; i < facts.Events.Count; i++)
        {
            var e = facts.Events[i];
            batch.BatchCommands.Add(Command("INSERT INTO events(article, month, n, type, mode, place, date, trigger, trigger_start) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                id, month, i, e.Type, e.Mode, e.Place, e.Date, Clean(e.Trigger), e.TriggerStart));
        }
        if (batch.BatchCommands.Count > 0) batch.ExecuteNonQuery();
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        foreach (var v in values) cmd.Parameters.Add(new NpgsqlParameter { Value = v ?? DBNull.Value, NpgsqlDbType = v is int ? NpgsqlDbType.Integer : NpgsqlDbType.Text });
        return cmd;
    }

    public StoredArticle? Get(string id) => Articles("WHERE id = $1 AND seq IS NOT NULL", id).FirstOrDefault();

    public StoredArticle? GetBySeq(long seq) => Articles("WHERE seq = $1", seq).FirstOrDefault();

    /// <summary>Sequenced articles after <paramref name="afterSeq"/>, in sequence order, streamed in pages.</summary>
    public IEnumerable<StoredArticle> Enumerate(long afterSeq = 0)
    {
        long last = afterSeq;
        while (true)
        {
            var page = Articles("WHERE seq > $1 ORDER BY seq LIMIT 500", last);
            foreach (var a in page) yield return a;
            if (page.Count < 500) yield break;
            last = page[^1].Seq;
        }
    }

    /// <summary>The encoded copy fingerprints the workers computed, by sequence number (the leader relates with them).</summary>
    internal Dictionary<long, byte[]> Fingerprints(long afterSeq, long upToSeq) =>
        Rows("SELECT seq, fingerprint FROM articles WHERE seq > $1 AND seq <= $2", r => (r.GetInt64(0), (byte[])r.GetValue(1)), afterSeq, upToSeq)
            .ToDictionary(p => p.Item1, p => p.Item2);

    private List<StoredArticle> Articles(string where, object value) =>
        Rows($"SELECT seq, id, url, content_hash, title, published, source, author, location, text, analysis FROM articles {where}",
            r => new StoredArticle(r.GetInt64(0), r.GetString(1), Opt(r, 2), r.GetString(3), Opt(r, 4), Opt(r, 5), Opt(r, 6),
                Opt(r, 7), Opt(r, 8), r.GetString(9), AnalysisBlob.Decompress((byte[])r.GetValue(10))), value);

    public List<T> ReadRows<T>(string sql, Func<System.Data.Common.DbDataReader, T> read, params object?[] args) => Rows(sql, r => read(r), args);

    internal List<T> Rows<T>(string sql, Func<NpgsqlDataReader, T> read, params object?[] args)
    {
        using var db = Connect();
        using var cmd = new NpgsqlCommand(sql, db);
        // a null is typed text (the readers' nullable arguments are strings), so a query may ask `$1 IS NULL`
        foreach (var a in args) cmd.Parameters.Add(a is null ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text } : new NpgsqlParameter { Value = a });
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read()) list.Add(read(r));
        return list;
    }

    internal static string? Opt(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private long Scalar(string sql)
    {
        using var db = Connect();
        using var cmd = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>PostgreSQL text cannot hold NUL; the embedded store keeps it, a difference no reader has met.</summary>
    internal static string? Clean(string? s) => s is not null && s.Contains('\0', StringComparison.Ordinal) ? s.Replace("\0", "", StringComparison.Ordinal) : s;

    public void Dispose() => _source.Dispose();
}
