using Marsad.Corpus.Relations;
using Marsad.Corpus.Store;
using Npgsql;

namespace Marsad.Corpus.Postgres;

/// <summary>
/// The one process at a time that orders and relates what the workers stored. Copy detection and story assignment
/// are one pass over the articles in order (<see cref="RelationsBuilder"/>); to keep them what a single-process ingest
/// gives, the worker holding a PostgreSQL session advisory lock gives sequence numbers in the publisher's order (ingest
/// run, then message number), as far as every earlier message is resolved (stored, known or dead-lettered), and
/// relates them. Its relation writes go through the locked session, so no other process can write relations while it
/// lives; when it dies, PostgreSQL drops the lock and the next worker to try takes over, replaying the stored state.
/// </summary>
public sealed class RelationLeader : IRelationStore, IDisposable
{
    /// <summary>The advisory-lock key of the relation leader ("Marsad" and 2).</summary>
    internal const long LockKey = 0x4D61727361640002;

    private readonly PostgresStore _store;
    private readonly NpgsqlConnection _db;
    private RelationsBuilder? _relations;

    private RelationLeader(PostgresStore store, NpgsqlConnection db)
    {
        _store = store;
        _db = db;
    }

    /// <summary>Becomes the leader if no process is, or returns null.</summary>
    public static RelationLeader? TryAcquire(PostgresStore store)
    {
        var db = store.Connect();
        using var cmd = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockKey})", db);
        if (cmd.ExecuteScalar() is true) return new RelationLeader(store, db);
        db.Dispose();
        return null;
    }

    /// <summary>
    /// Orders the resolved messages that follow the ordered ones without a gap and relates the articles among them;
    /// returns how many articles it related. Stops at the first message not resolved yet (a worker still has it).
    /// </summary>
    public int Step()
    {
        _relations ??= RelationsBuilder.Open(this); // replays the stored relations; relates whatever a dead leader ordered
        long before = _store.LastSeq;
        while (OrderNext()) { }
        long after = _store.LastSeq;
        if (after == before) return 0;
        var fingerprints = _store.Fingerprints(before, after);
        var batch = new List<RelationInput>(500);
        int related = 0;
        foreach (var a in _store.Enumerate(before))
        {
            batch.Add(new RelationInput(a, ArticleFacts.FromAnalysisJson(a.AnalysisJson), FingerprintCodec.Decode(fingerprints[a.Seq])));
            if (batch.Count == 500) { _relations.Add(batch); related += batch.Count; batch.Clear(); }
        }
        if (batch.Count > 0) { _relations.Add(batch); related += batch.Count; }
        return related;
    }

    /// <summary>Orders one page of the first unfinished run; false when nothing more can be ordered now.</summary>
    private bool OrderNext()
    {
        using var tx = _db.BeginTransaction();
        long run, next;
        long? published;
        using (var open = new NpgsqlCommand("SELECT run, next_ordinal, published FROM ingest_runs WHERE NOT related ORDER BY run LIMIT 1", _db, tx))
        using (var r = open.ExecuteReader())
        {
            if (!r.Read()) return false;
            (run, next, published) = (r.GetInt64(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetInt64(2));
        }
        var page = new List<(long Ordinal, string? Article)>();
        using (var resolved = new NpgsqlCommand("SELECT ordinal, article FROM resolved WHERE run = $1 AND ordinal >= $2 ORDER BY ordinal LIMIT 1000", _db, tx))
        {
            resolved.Parameters.AddWithValue(run);
            resolved.Parameters.AddWithValue(next);
            using var r = resolved.ExecuteReader();
            while (r.Read()) page.Add((r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)));
        }
        long start = next;
        using (var sequence = new NpgsqlCommand("UPDATE articles SET seq = nextval('article_seq') WHERE id = $1 AND month = (SELECT month FROM article_ids WHERE id = $1) AND seq IS NULL", _db, tx))
        {
            var id = new NpgsqlParameter<string>();
            sequence.Parameters.Add(id);
            foreach (var (ordinal, article) in page)
            {
                if (ordinal != next) break; // a message before this one is still being worked on
                if (article is not null) { id.TypedValue = article; sequence.ExecuteNonQuery(); }
                next++;
            }
        }
        bool finished = published is { } total && next >= total;
        if (next == start && !finished) return false;
        using (var advance = new NpgsqlCommand("UPDATE ingest_runs SET next_ordinal = $2, related = $3 WHERE run = $1", _db, tx))
        {
            advance.Parameters.AddWithValue(run);
            advance.Parameters.AddWithValue(next);
            advance.Parameters.AddWithValue(finished);
            advance.ExecuteNonQuery();
        }
        tx.Commit();
        return true;
    }

    public long RelationsSeq => _store.RelationsSeq;

    public IEnumerable<StoredArticle> Enumerate(long afterSeq = 0) => _store.Enumerate(afterSeq);

    public IEnumerable<RelationRow> EnumerateRelations(long afterSeq = 0) => _store.EnumerateRelations(afterSeq);

    public IEnumerable<CopyLinkRow> EnumerateCopyLinks() => _store.EnumerateCopyLinks();

    public void WriteRelations(IReadOnlyList<RelationRow> rows, IReadOnlyList<StoryRow> stories, IReadOnlyList<(long Seq, int Story)>? moved = null)
    {
        using var tx = _db.BeginTransaction();
        using var batch = new NpgsqlBatch(_db, tx);
        foreach (var r in rows)
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO relations(seq, story, publisher, origin, words, fingerprint) VALUES($1, $2, $3, $4, $5, $6)
                ON CONFLICT(seq) DO UPDATE SET story = excluded.story, publisher = excluded.publisher, origin = excluded.origin, words = excluded.words, fingerprint = excluded.fingerprint
                """, r.Seq, r.Story, r.Publisher, r.Origin, r.Words, r.Fingerprint));
            foreach (var c in r.Copies)
                batch.BatchCommands.Add(Command("""
                    INSERT INTO copies(later, earlier, shared, coverage) VALUES($1, $2, $3, $4)
                    ON CONFLICT(later, earlier) DO UPDATE SET shared = excluded.shared, coverage = excluded.coverage
                    """, c.Later, c.Earlier, c.SharedShingles, c.Coverage));
            foreach (var (key, name, type) in r.Entities)
            {
                batch.BatchCommands.Add(Command("""
                    INSERT INTO mentions(entity, seq, month, name, type) VALUES($1, $2, COALESCE((SELECT month FROM articles WHERE seq = $2), 0), $3, $4)
                    ON CONFLICT(entity, seq, month) DO UPDATE SET name = excluded.name, type = excluded.type
                    """, key, r.Seq, PostgresStore.Clean(name), type));
                batch.BatchCommands.Add(Command("INSERT INTO entity_keys(folded, entity) VALUES($1, $2) ON CONFLICT DO NOTHING", Search.SearchKeys.Keyword(key), key));
            }
        }
        foreach (var (seq, story) in moved ?? []) batch.BatchCommands.Add(Command("UPDATE relations SET story = $2 WHERE seq = $1", seq, story));
        AddStories(batch, stories);
        if (batch.BatchCommands.Count > 0) batch.ExecuteNonQuery();
        tx.Commit();
    }

    public void RewriteStories(IReadOnlyList<(long Seq, int Story)> assignments, IReadOnlyList<StoryRow> stories)
    {
        using var tx = _db.BeginTransaction();
        using var batch = new NpgsqlBatch(_db, tx);
        foreach (var (seq, story) in assignments) batch.BatchCommands.Add(Command("UPDATE relations SET story = $2 WHERE seq = $1", seq, story));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM stories"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM story_threads"));
        AddStories(batch, stories);
        batch.ExecuteNonQuery();
        tx.Commit();
    }

    private static void AddStories(NpgsqlBatch batch, IReadOnlyList<StoryRow> stories)
    {
        foreach (var s in stories)
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO stories(id, title, first, last, articles) VALUES($1, $2, $3, $4, $5)
                ON CONFLICT(id) DO UPDATE SET title = excluded.title, first = excluded.first, last = excluded.last, articles = excluded.articles
                """, s.Id, PostgresStore.Clean(s.Title), s.First, s.Last, s.Articles));
            batch.BatchCommands.Add(Command("INSERT INTO story_threads(story, thread) VALUES($1, $2) ON CONFLICT(story) DO UPDATE SET thread = excluded.thread", s.Id, s.Thread));
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        foreach (var v in values)
            cmd.Parameters.Add(v is null ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text } : new NpgsqlParameter { Value = v });
        return cmd;
    }

    public void Dispose() => _db.Dispose(); // closing the session releases the lock
}
