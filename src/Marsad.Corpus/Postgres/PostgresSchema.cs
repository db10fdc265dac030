using Npgsql;

namespace Marsad.Corpus.Postgres;

/// <summary>
/// The PostgreSQL schema as numbered migrations, applied in order at open under an advisory lock (so workers that
/// start together migrate once); <c>schema_version</c> records the ones applied. A migration is never edited once
/// released: a change is a new migration.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The advisory-lock key of migrations (any constant distinct from <see cref="RelationLeader.LockKey"/>).</summary>
    private const long MigrationLock = 0x4D61727361640001;

    private static readonly string[] Migrations =
    [
        // 1: articles as workers write them (seq null until the relation leader orders them), what each queued
        // message became (resolved), the ingest runs, and the relation tables of the embedded store.
        """
        CREATE TABLE ingest_runs(
            run bigserial PRIMARY KEY,
            started timestamptz NOT NULL DEFAULT now(),
            published bigint,              -- messages published; null while the publisher runs
            next_ordinal bigint NOT NULL DEFAULT 0,   -- the relation leader has ordered every message before this
            related boolean NOT NULL DEFAULT false);
        CREATE SEQUENCE article_seq;
        CREATE TABLE articles(
            id text PRIMARY KEY,
            seq bigint UNIQUE,
            run bigint NOT NULL,
            ordinal bigint NOT NULL,
            url text,
            content_hash text NOT NULL,
            title text,
            published text,
            source text,
            author text,
            location text,
            text text NOT NULL,
            analysis bytea NOT NULL,
            fingerprint bytea NOT NULL,
            day integer NOT NULL,
            terms tsvector NOT NULL);
        CREATE INDEX articles_hash ON articles(content_hash);
        CREATE INDEX articles_day ON articles(day);
        CREATE INDEX articles_source ON articles(source);
        CREATE INDEX articles_terms ON articles USING gin(terms);
        CREATE TABLE resolved(
            run bigint NOT NULL,
            ordinal bigint NOT NULL,
            article text,                  -- the article this message stored; null when known already or failed
            error text,                    -- why the message is dead-lettered
            PRIMARY KEY(run, ordinal));
        CREATE TABLE aliases(alias text NOT NULL, entity text NOT NULL, PRIMARY KEY(alias, entity));
        CREATE TABLE quotes(article text NOT NULL, n integer NOT NULL, speaker_key text, speaker_name text, kind text NOT NULL, cue text, text text NOT NULL,
            PRIMARY KEY(article, n));
        CREATE INDEX quotes_speaker ON quotes(speaker_key);
        CREATE TABLE events(article text NOT NULL, n integer NOT NULL, type text NOT NULL, mode text, place text, date text, trigger text NOT NULL,
            trigger_start integer NOT NULL, PRIMARY KEY(article, n));
        CREATE INDEX events_type ON events(type);
        CREATE TABLE relations(seq bigint PRIMARY KEY, story integer NOT NULL, publisher text, origin text, words integer NOT NULL, fingerprint bytea NOT NULL);
        CREATE INDEX relations_story ON relations(story);
        CREATE TABLE copies(later bigint NOT NULL, earlier bigint NOT NULL, shared integer NOT NULL, coverage double precision NOT NULL, PRIMARY KEY(later, earlier));
        CREATE INDEX copies_earlier ON copies(earlier);
        CREATE TABLE stories(id integer PRIMARY KEY, title text, first text, last text, articles integer NOT NULL);
        CREATE INDEX stories_last ON stories(last);
        CREATE TABLE story_threads(story integer PRIMARY KEY, thread integer NOT NULL);
        CREATE INDEX story_threads_thread ON story_threads(thread);
        CREATE TABLE mentions(entity text NOT NULL, seq bigint NOT NULL, name text NOT NULL, type text NOT NULL, PRIMARY KEY(entity, seq));
        CREATE INDEX mentions_seq ON mentions(seq);
        CREATE TABLE entity_keys(folded text PRIMARY KEY, entity text NOT NULL);
        """,
        // 2: entity names found by similar spelling (pg_trgm ships with PostgreSQL's contrib, part of Debian's server package)
        """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX mentions_name_trgm ON mentions USING gin(name gin_trgm_ops);
        """,
        // 3: the per-article tables (articles with their analyses, quotes, events, mentions) partitioned by month of
        // publication (yyyymm; 0, the default partition, for an article without a usable date), each month's partitions
        // created on demand by marsad_partition_for. PostgreSQL wants the partition key in every unique constraint, so
        // an article id is unique across months through article_ids (its one row claims the id; the writer inserts the
        // article only when its claim is new). A version-2 store is copied into the partitioned tables in place.
        """
        CREATE FUNCTION marsad_month(published text) RETURNS integer LANGUAGE sql IMMUTABLE AS $f$
            SELECT CASE WHEN published ~ '^(19[7-9][0-9]|2[0-1][0-9][0-9])-(0[1-9]|1[0-2])'
                THEN (substr(published, 1, 4) || substr(published, 6, 2))::integer ELSE 0 END
        $f$;
        CREATE FUNCTION marsad_partition_for(published text) RETURNS integer LANGUAGE plpgsql AS $f$
        DECLARE
            m integer := marsad_month(published);
            upper integer;
            t text;
        BEGIN
            IF m = 0 OR to_regclass('mentions_' || m) IS NOT NULL THEN RETURN m; END IF;
            upper := CASE WHEN m % 100 = 12 THEN (m / 100 + 1) * 100 + 1 ELSE m + 1 END;
            PERFORM pg_advisory_xact_lock(1298231923, m);   -- workers that meet a new month together create it once
            FOREACH t IN ARRAY ARRAY['articles', 'quotes', 'events', 'mentions'] LOOP
                IF to_regclass(t || '_' || m) IS NULL THEN
                    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%s) TO (%s)', t || '_' || m, t, m, upper);
                END IF;
            END LOOP;
            RETURN m;
        END $f$;

        ALTER TABLE articles RENAME TO articles_v2;
        ALTER TABLE quotes RENAME TO quotes_v2;
        ALTER TABLE events RENAME TO events_v2;
        ALTER TABLE mentions RENAME TO mentions_v2;
        ALTER TABLE articles_v2 DROP CONSTRAINT articles_pkey, DROP CONSTRAINT articles_seq_key;
        ALTER TABLE quotes_v2 DROP CONSTRAINT quotes_pkey;
        ALTER TABLE events_v2 DROP CONSTRAINT events_pkey;
        ALTER TABLE mentions_v2 DROP CONSTRAINT mentions_pkey;
        DROP INDEX articles_hash, articles_day, articles_source, articles_terms, quotes_speaker, events_type, mentions_seq, mentions_name_trgm;

        CREATE TABLE article_ids(id text PRIMARY KEY, month integer NOT NULL);
        CREATE TABLE articles(
            id text NOT NULL,
            month integer NOT NULL,
            seq bigint,                    -- unique: given by article_seq
            run bigint NOT NULL,
            ordinal bigint NOT NULL,
            url text,
            content_hash text NOT NULL,
            title text,
            published text,
            source text,
            author text,
            location text,
            text text NOT NULL,
            analysis bytea NOT NULL,
            fingerprint bytea NOT NULL,
            day integer NOT NULL,
            terms tsvector NOT NULL,
            PRIMARY KEY(id, month)) PARTITION BY RANGE(month);
        CREATE TABLE quotes(article text NOT NULL, month integer NOT NULL, n integer NOT NULL, speaker_key text, speaker_name text, kind text NOT NULL,
            cue text, text text NOT NULL, PRIMARY KEY(article, n, month)) PARTITION BY RANGE(month);
        CREATE TABLE events(article text NOT NULL, month integer NOT NULL, n integer NOT NULL, type text NOT NULL, mode text, place text, date text,
            trigger text NOT NULL, trigger_start integer NOT NULL, PRIMARY KEY(article, n, month)) PARTITION BY RANGE(month);
        CREATE TABLE mentions(entity text NOT NULL, seq bigint NOT NULL, month integer NOT NULL, name text NOT NULL, type text NOT NULL,
            PRIMARY KEY(entity, seq, month)) PARTITION BY RANGE(month);
        CREATE TABLE articles_default PARTITION OF articles DEFAULT;
        CREATE TABLE quotes_default PARTITION OF quotes DEFAULT;
        CREATE TABLE events_default PARTITION OF events DEFAULT;
        CREATE TABLE mentions_default PARTITION OF mentions DEFAULT;
        CREATE INDEX articles_seq ON articles(seq);
        CREATE INDEX articles_hash ON articles(content_hash);
        CREATE INDEX articles_day ON articles(day);
        CREATE INDEX articles_source ON articles(source);
        CREATE INDEX articles_terms ON articles USING gin(terms);
        CREATE INDEX quotes_speaker ON quotes(speaker_key);
        CREATE INDEX events_type ON events(type);
        CREATE INDEX mentions_seq ON mentions(seq);
        CREATE INDEX mentions_name_trgm ON mentions USING gin(name gin_trgm_ops);

        SELECT marsad_partition_for(p) FROM (SELECT DISTINCT ON (marsad_month(published)) published p FROM articles_v2) months;
        INSERT INTO article_ids(id, month) SELECT id, marsad_month(published) FROM articles_v2;
        INSERT INTO articles(id, month, seq, run, ordinal, url, content_hash, title, published, source, author, location, text, analysis, fingerprint, day, terms)
            SELECT id, marsad_month(published), seq, run, ordinal, url, content_hash, title, published, source, author, location, text, analysis, fingerprint, day, terms
            FROM articles_v2;
        INSERT INTO quotes(article, month, n, speaker_key, speaker_name, kind, cue, text)
            SELECT q.article, COALESCE(i.month, 0), q.n, q.speaker_key, q.speaker_name, q.kind, q.cue, q.text FROM quotes_v2 q LEFT JOIN article_ids i ON i.id = q.article;
        INSERT INTO events(article, month, n, type, mode, place, date, trigger, trigger_start)
            SELECT e.article, COALESCE(i.month, 0), e.n, e.type, e.mode, e.place, e.date, e.trigger, e.trigger_start FROM events_v2 e LEFT JOIN article_ids i ON i.id = e.article;
        INSERT INTO mentions(entity, seq, month, name, type)
            SELECT m.entity, m.seq, COALESCE(a.month, 0), m.name, m.type FROM mentions_v2 m LEFT JOIN articles a ON a.seq = m.seq;
        DROP TABLE articles_v2, quotes_v2, events_v2, mentions_v2;
        """,
        // 4: the embedded index's postings (PostgresPostings), which PostgresQueryScorer ranks with as Lucene does; they
        // replace the tsvector. Each article gets a number at insert (doc): the postings' key, since the sequence number
        // comes later (the relation leader gives it). The articles stored before are given postings at the next open
        // (postings_backfill lists them; PostgresPostings.Backfill).
        """
        CREATE SEQUENCE article_doc;
        ALTER TABLE articles ADD COLUMN doc bigint NOT NULL DEFAULT nextval('article_doc');
        CREATE INDEX articles_doc ON articles(doc) INCLUDE (seq);
        DROP INDEX articles_terms;
        ALTER TABLE articles DROP COLUMN terms;
        CREATE TABLE postings(
            field smallint NOT NULL,       -- PostgresPostings.Fields
            term text NOT NULL,
            doc bigint NOT NULL,
            freq integer NOT NULL,
            norm smallint,                 -- Lucene's one-byte length norm; null for keywords
            positions integer[],           -- null for keywords
            PRIMARY KEY(field, term, doc));
        CREATE INDEX postings_doc_keywords ON postings(doc) WHERE field >= 5;
        CREATE TABLE postings_backfill(doc bigint PRIMARY KEY);
        INSERT INTO postings_backfill SELECT doc FROM articles;
        """,
    ];

    /// <summary>The newest schema version this build knows.</summary>
    public static int Latest => Migrations.Length;

    /// <summary>Applies the migrations the database lacks; returns how many. A database newer than this build is refused.</summary>
    public static int Migrate(NpgsqlConnection db) => Migrate(db, Latest);

    /// <summary>Applies the migrations the database lacks up to <paramref name="upTo"/> (a test builds an older store with it).</summary>
    internal static int Migrate(NpgsqlConnection db, int upTo)
    {
        Exec(db, $"SELECT pg_advisory_lock({MigrationLock})");
        try
        {
            Exec(db, "CREATE TABLE IF NOT EXISTS schema_version(version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())");
            using var current = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", db);
            int version = Convert.ToInt32(current.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (version > Latest)
                throw new InvalidOperationException($"the database has schema version {version}, newer than this marsad's {Latest}: upgrade marsad");
            for (int v = version + 1; v <= upTo; v++)
            {
                using var tx = db.BeginTransaction();
                using (var step = new NpgsqlCommand(Migrations[v - 1], db, tx)) step.ExecuteNonQuery();
                using (var mark = new NpgsqlCommand("INSERT INTO schema_version(version) VALUES($1)", db, tx))
                {
                    mark.Parameters.AddWithValue(v);
                    mark.ExecuteNonQuery();
                }
                tx.Commit();
            }
            return Math.Max(0, upTo - version);
        }
        finally { Exec(db, $"SELECT pg_advisory_unlock({MigrationLock})"); }
    }

    private static void Exec(NpgsqlConnection db, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, db);
        cmd.ExecuteNonQuery();
    }
}
