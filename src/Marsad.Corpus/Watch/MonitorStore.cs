using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Marsad.Corpus.Watch;

/// <summary>What the last fetch of a feed returned, for the next conditional request.</summary>
public sealed record FeedValidators(string? ETag, string? LastModified);

/// <summary>A page that failed and will be fetched again in a later pass: its URL, the feed that listed it and the failures so far.</summary>
public sealed record PendingPage(string Url, string Feed, int Attempts);

/// <summary>
/// What monitoring remembers between runs, in `DATA/monitor.db` beside the article store (SQLite, WAL mode):
/// each feed's validators (ETag, Last-Modified) and last failure, each host's robots.txt, the pages already
/// taken (so a restart resumes instead of fetching again) and the pages that failed (retried in later passes),
/// and the alerts with their matches (<c>MonitorStore.Alerts.cs</c>). Safe for several threads; a second
/// process (`marsad alert add` while `marsad watch` runs) may open it at the same time.
/// </summary>
public sealed partial class MonitorStore : IDisposable
{
    public const string FileName = "monitor.db";

    private readonly SqliteConnection _db;
    private readonly object _gate = new();

    private MonitorStore(SqliteConnection db) => _db = db;

    public static MonitorStore Open(string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDir, FileName), Pooling = false }.ToString());
        db.Open();
        Exec(db, """
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=NORMAL;
            PRAGMA busy_timeout=10000;
            CREATE TABLE IF NOT EXISTS feeds(url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, fetched TEXT,
                failures INTEGER NOT NULL DEFAULT 0, last_error TEXT);
            CREATE TABLE IF NOT EXISTS robots(site TEXT PRIMARY KEY, kind TEXT NOT NULL, body TEXT, fetched TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS pages(url TEXT PRIMARY KEY, feed TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL,
                last_error TEXT, updated TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS pages_state ON pages(state);
            """);
        Exec(db, AlertTablesSql);
        return new MonitorStore(db);
    }

    /// <summary>Opens an existing monitor file for reading (the web UI), or null when there is none.</summary>
    public static MonitorStore? OpenExisting(string dataDir) =>
        File.Exists(Path.Combine(dataDir, FileName)) ? Open(dataDir) : null;

    public FeedValidators? Validators(string feed)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT etag, last_modified FROM feeds WHERE url = $1", feed);
            using var r = cmd.ExecuteReader();
            return r.Read() ? new FeedValidators(Opt(r, 0), Opt(r, 1)) : null;
        }
    }

    /// <summary>Records a feed fetched (or found unchanged): its new validators, and no failure.</summary>
    public void FeedFetched(string feed, FeedValidators validators) =>
        Run("""
            INSERT INTO feeds(url, etag, last_modified, fetched, failures, last_error) VALUES($1, $2, $3, $4, 0, NULL)
            ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, fetched = excluded.fetched, failures = 0, last_error = NULL
            """, feed, validators.ETag, validators.LastModified, Now());

    /// <summary>Records a failed fetch of a feed; its validators stay, and the next pass tries again.</summary>
    public void FeedFailed(string feed, string error) =>
        Run("""
            INSERT INTO feeds(url, fetched, failures, last_error) VALUES($1, $2, 1, $3)
            ON CONFLICT(url) DO UPDATE SET fetched = excluded.fetched, failures = failures + 1, last_error = excluded.last_error
            """, feed, Now(), error);

    /// <summary>The robots.txt of a site (scheme://host:port) as last fetched, and when; null when never or too long ago.</summary>
    public (string Kind, string? Body)? Robots(string site, TimeSpan maxAge)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT kind, body, fetched FROM robots WHERE site = $1", site);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            var fetched = DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture);
            return DateTimeOffset.UtcNow - fetched > maxAge ? null : (r.GetString(0), Opt(r, 1));
        }
    }

    public void SaveRobots(string site, string kind, string? body) =>
        Run("INSERT OR REPLACE INTO robots(site, kind, body, fetched) VALUES($1, $2, $3, $4)", site, kind, body, Now());

    /// <summary>The URLs among <paramref name="urls"/> already taken, or failed too often to try again.</summary>
    public HashSet<string> Settled(IEnumerable<string> urls, int maxAttempts)
    {
        var settled = new HashSet<string>(StringComparer.Ordinal);
        lock (_gate)
        {
            using var cmd = Command("SELECT 1 FROM pages WHERE url = $1 AND (state = 'done' OR attempts >= $2)", "", maxAttempts);
            foreach (var url in urls)
            {
                cmd.Parameters["$1"].Value = url;
                if (cmd.ExecuteScalar() is not null) settled.Add(url);
            }
        }
        return settled;
    }

    /// <summary>Pages that failed fewer than <paramref name="maxAttempts"/> times: fetched again in the next pass.</summary>
    public IReadOnlyList<PendingPage> Pending(int maxAttempts, int limit)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT url, feed, attempts FROM pages WHERE state = 'failed' AND attempts < $1 ORDER BY updated LIMIT $2", maxAttempts, limit);
            using var r = cmd.ExecuteReader();
            var list = new List<PendingPage>();
            while (r.Read()) list.Add(new PendingPage(r.GetString(0), r.GetString(1), r.GetInt32(2)));
            return list;
        }
    }

    /// <summary>Records the outcome of pages in one transaction: taken (null error) or failed (counted; retried later).</summary>
    public void PagesDone(IEnumerable<(string Url, string Feed, string? Error)> pages)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            using var cmd = Command("""
                INSERT INTO pages(url, feed, state, attempts, last_error, updated) VALUES($1, $2, $3, 1, $4, $5)
                ON CONFLICT(url) DO UPDATE SET state = excluded.state, attempts = attempts + 1, last_error = excluded.last_error, updated = excluded.updated
                """, "", "", "", null, "");
            cmd.Transaction = tx;
            string now = Now();
            foreach (var (url, feed, error) in pages)
            {
                cmd.Parameters["$1"].Value = url;
                cmd.Parameters["$2"].Value = feed;
                cmd.Parameters["$3"].Value = error is null ? "done" : "failed";
                cmd.Parameters["$4"].Value = (object?)error ?? DBNull.Value;
                cmd.Parameters["$5"].Value = now;
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    /// <summary>How many pages are taken and how many wait for another try.</summary>
    public (long Done, long Failed) PageCounts()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT COALESCE(SUM(state = 'done'), 0), COALESCE(SUM(state = 'failed'), 0) FROM pages");
            using var r = cmd.ExecuteReader();
            r.Read();
            return (r.GetInt64(0), r.GetInt64(1));
        }
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>A command with parameters $1, $2… bound to <paramref name="args"/> (callers hold the gate).</summary>
    private SqliteCommand Command(string sql, params object?[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        for (int i = 0; i < args.Length; i++) cmd.Parameters.AddWithValue($"${i + 1}", args[i] ?? DBNull.Value);
        return cmd;
    }

    private void Run(string sql, params object?[] args)
    {
        lock (_gate)
        {
            using var cmd = Command(sql, args);
            cmd.ExecuteNonQuery();
        }
    }

    private static string? Opt(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

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
