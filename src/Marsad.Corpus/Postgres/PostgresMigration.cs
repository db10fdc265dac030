using Marsad.Corpus.Ingest;
using Marsad.Corpus.Relations;
using Marsad.Corpus.Store;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Corpus.Postgres;

/// <summary>
/// `marsad migrate --from DIR --to postgres://…`: copies an embedded store into an empty PostgreSQL store, keeping
/// its sequence numbers, so the copy holds the same articles, copies and stories without analysing anything again.
/// The articles' postings and quotes and events are computed from the stored analyses; the relations are copied
/// as stored. A later distributed ingest goes on after them (the leader replays them).
/// </summary>
public static class PostgresMigration
{
    public static long Run(ArticleStore from, PostgresStore to, Action<long>? progress = null)
    {
        if (to.LastSeq > 0) throw new InvalidOperationException("the PostgreSQL store already holds articles: migrate into an empty database");
        long total = from.LastSeq;
        long run = to.BeginRun();
        var fingerprints = new Dictionary<long, byte[]>();
        foreach (var r in from.EnumerateRelations()) fingerprints[r.Seq] = r.Fingerprint;
        var copyIndex = new Copies.CopyIndex();
        long copied = 0;
        foreach (var page in from.Enumerate().Chunk(500))
        {
            // the terms are the costly part: computed in parallel, written in order
            var rows = page.AsParallel().AsOrdered().Select(a =>
            {
                var facts = ArticleFacts.FromAnalysisJson(a.AnalysisJson);
                var fingerprint = fingerprints.TryGetValue(a.Seq, out var f) ? f : FingerprintCodec.Encode(copyIndex.Fingerprint(a.Text));
                return (Article: a, Facts: facts, Fingerprint: fingerprint, Postings: PostgresPostings.Of(a, facts));
            }).ToList();
            using var db = to.Connect();
            using var tx = db.BeginTransaction();
            foreach (var (a, facts, fingerprint, postings) in rows)
            {
                int month = PostgresStore.MonthPartition(db, tx, a.Published);
                if (!PostgresStore.ClaimId(db, tx, a.Id, month)) throw new InvalidOperationException($"article {a.Id} is stored twice in {from.Path}");
                using var insert = new NpgsqlCommand("""
                    INSERT INTO articles(id, month, seq, run, ordinal, url, content_hash, title, published, source, author, location, text, analysis, fingerprint, day)
                    VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
                    RETURNING doc
                    """, db, tx);
                object Opt(string? s) => (object?)PostgresStore.Clean(s) ?? DBNull.Value;
                foreach (var v in new object[] { a.Id, month, a.Seq, run, a.Seq - 1, Opt(a.Url), a.ContentHash, Opt(a.Title), Opt(a.Published), Opt(a.Source), Opt(a.Author),
                    Opt(a.Location), PostgresStore.Clean(a.Text)!, AnalysisBlob.Compress(a.AnalysisJson), fingerprint, StoredArticle.DayOf(a.Published) })
                    insert.Parameters.Add(v is DBNull ? new NpgsqlParameter { Value = v, NpgsqlDbType = NpgsqlDbType.Text } : new NpgsqlParameter { Value = v });
                long doc = (long)insert.ExecuteScalar()!;
                PostgresStore.WriteFacts(db, tx, a.Id, month, facts);
                PostgresPostings.Write(db, tx, doc, postings);
            }
            tx.Commit();
            copied += rows.Count;
            progress?.Invoke(copied);
        }
        using (var db = to.Connect())
        {
            using var tx = db.BeginTransaction();
            Exec(db, tx, "SELECT setval('article_seq', GREATEST((SELECT COALESCE(MAX(seq), 0) FROM articles), 1))");
            Exec(db, tx, $"UPDATE ingest_runs SET published = {copied}, next_ordinal = {copied}, related = true WHERE run = {run}");
            Exec(db, tx, $"INSERT INTO resolved(run, ordinal, article) SELECT run, ordinal, id FROM articles WHERE run = {run}");
            tx.Commit();
        }
        // the relations as stored, through the same writer the leader uses
        using var leader = RelationLeader.TryAcquire(to) ?? throw new InvalidOperationException("a worker is relating in this database: stop the workers before migrating");
        var stories = from.ReadRows("SELECT s.id, s.title, s.first, s.last, s.articles, COALESCE(t.thread, s.id) FROM stories s LEFT JOIN story_threads t ON t.story = s.id",
            r => new StoryRow(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt32(4), r.GetInt32(5)));
        var copiesOf = from.EnumerateCopyLinks().GroupBy(c => c.Later).ToDictionary(g => g.Key, g => (IReadOnlyList<CopyLinkRow>)[.. g]);
        var mentions = from.ReadRows("SELECT seq, entity, name, type FROM mentions", r => (Seq: r.GetInt64(0), Key: r.GetString(1), Name: r.GetString(2), Type: r.GetString(3)))
            .GroupBy(m => m.Seq).ToDictionary(g => g.Key, g => (IReadOnlyList<(string, string, string)>)[.. g.Select(m => (m.Key, m.Name, m.Type))]);
        foreach (var page in from.EnumerateRelations().Chunk(1000))
            leader.WriteRelations([.. page.Select(r => r with
            {
                Copies = copiesOf.TryGetValue(r.Seq, out var c) ? c : [],
                Entities = mentions.TryGetValue(r.Seq, out var m) ? m : [],
            })], []);
        leader.WriteRelations([], stories);
        return copied;
    }

    private static void Exec(NpgsqlConnection db, NpgsqlTransaction tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, db, tx);
        cmd.ExecuteNonQuery();
    }
}
