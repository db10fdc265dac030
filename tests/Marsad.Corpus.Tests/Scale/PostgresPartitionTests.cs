using Marsad.Corpus.Postgres;
using Marsad.Corpus.Store;
using Npgsql;

namespace Marsad.Corpus.Tests.Scale;

/// <summary>
/// Schema migration 3: a store made at version 2 is moved into the month-partitioned tables in place, every row
/// kept, and writes after it stay idempotent across months (an id is unique through article_ids, not per partition).
/// </summary>
public sealed class PostgresPartitionTests
{
    [SkippableFact]
    public void A_version_2_store_migrates_into_month_partitions_with_its_rows_intact()
    {
        using var scratch = ScaleOutServers.RequireDatabase();
        string database = scratch.Address;
        using (var db = new NpgsqlConnection(database))
        {
            db.Open();
            Assert.Equal(2, PostgresSchema.Migrate(db, upTo: 2));
            Exec(db, "INSERT INTO ingest_runs(published, next_ordinal, related) VALUES(3, 3, true)");
            Exec(db, """
                INSERT INTO articles(id, seq, run, ordinal, url, content_hash, title, published, text, analysis, fingerprint, day, terms) VALUES
                    ('a-july', 1, 1, 0, 'https://example.org/july', 'h1', 'July', '2015-07-21T10:00:00', 'نص يوليو', $1, '\x01', 20150721, 'يوليو:1'),
                    ('a-august', 2, 1, 1, 'https://example.org/august', 'h2', 'August', '2015-08-01', 'نص أغسطس', $1, '\x02', 20150801, 'اغسطس:1'),
                    ('a-undated', 3, 1, 2, NULL, 'h3', NULL, NULL, 'نص بلا تاريخ', $1, '\x03', 0, 'تاريخ:1')
                """, AnalysisBlob.Compress("""{"v":1}"""));
            Exec(db, """
                INSERT INTO quotes(article, n, speaker_key, speaker_name, kind, cue, text) VALUES('a-july', 0, 'per:x', 'س', 'direct', 'قال', 'قول');
                INSERT INTO events(article, n, type, mode, place, date, trigger, trigger_start) VALUES('a-august', 0, 'CONSULT', NULL, NULL, NULL, 'التقى', 5);
                INSERT INTO relations(seq, story, publisher, origin, words, fingerprint) VALUES(1, 1, 'x', NULL, 2, '\x01'), (2, 2, 'x', NULL, 2, '\x02'), (3, 3, NULL, NULL, 3, '\x03');
                INSERT INTO mentions(entity, seq, name, type) VALUES('per:x', 1, 'س', 'PER'), ('per:x', 2, 'س', 'PER'), ('gpe:y', 3, 'ص', 'GPE');
                SELECT setval('article_seq', 3);
                """);
        }

        using var store = PostgresStore.Open(database);
        Assert.Equal(3, store.Count);
        Assert.Equal("نص أغسطس", store.Get("a-august")!.Text);
        Assert.Equal("""{"v":1}""", store.GetBySeq(1)!.AnalysisJson);
        Assert.Equal(["a-july", "a-august", "a-undated"], store.Enumerate().Select(a => a.Id));
        // each row in its month's partition, the undated one in the default partition
        Assert.Equal(["a-august:articles_201508", "a-july:articles_201507", "a-undated:articles_default"],
            store.Rows("SELECT id || ':' || tableoid::regclass::text FROM articles ORDER BY id", r => r.GetString(0)));
        Assert.Equal(["quotes_201507"], store.Rows("SELECT tableoid::regclass::text FROM quotes", r => r.GetString(0)));
        Assert.Equal(["events_201508"], store.Rows("SELECT tableoid::regclass::text FROM events", r => r.GetString(0)));
        Assert.Equal(["gpe:y:mentions_default", "per:x:mentions_201507", "per:x:mentions_201508"],
            store.Rows("SELECT entity || ':' || tableoid::regclass::text FROM mentions ORDER BY 1", r => r.GetString(0)));
        Assert.Equal(3, store.ReadRows("SELECT COUNT(*) FROM article_ids", r => r.GetInt64(0))[0]);
        Assert.Equal(0, store.Pending);

        // an id stored in July stays the one copy when a message brings it again with another month
        var article = new Marsad.Corpus.Ingest.AnalysedArticle(
            new NewArticle(new ArticleIdentity("a-july", null, "h1"), null, "July again", "2016-01-05", null, null, null, "نص", "{}"),
            Marsad.Corpus.Store.ArticleFacts.FromAnalysisJson("{}"), new Marsad.Corpus.Copies.CopyIndex().Fingerprint("نص"));
        long run = store.BeginRun();
        Assert.False(store.Write(run, 0, article));
        Assert.Equal(1, store.ReadRows("SELECT COUNT(*) FROM articles WHERE id = 'a-july'", r => r.GetInt64(0))[0]);
        // a new month's partitions are made on the first write into it
        var fresh = article with { Article = article.Article with { Identity = new ArticleIdentity("a-january", null, "h4") } };
        Assert.True(store.Write(run, 1, fresh));
        Assert.Equal(["articles_201601"], store.Rows("SELECT tableoid::regclass::text FROM articles WHERE id = 'a-january'", r => r.GetString(0)));
        Assert.Equal(PostgresSchema.Latest, store.ReadRows("SELECT MAX(version) FROM schema_version", r => r.GetInt32(0))[0]);
    }

    private static void Exec(NpgsqlConnection db, string sql, params object[] args)
    {
        using var cmd = new NpgsqlCommand(sql, db);
        foreach (var a in args) cmd.Parameters.AddWithValue(a);
        cmd.ExecuteNonQuery();
    }
}
