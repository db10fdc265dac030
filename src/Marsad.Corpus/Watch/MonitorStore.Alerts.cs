
namespace Marsad.Corpus.Watch;

/// <summary>A saved search: new articles that match <see cref="Query"/> (the search syntax) are sent to the webhook and/or appended to the file.</summary>
public sealed record Alert(long Id, string Query, string? Webhook, string? File, string Created);

/// <summary>
/// One article an alert matched: <see cref="Payload"/> is the JSON delivered; <see cref="Delivered"/> is null
/// until every target of the alert has taken it (a failed delivery is retried in later runs). Each target is
/// marked as it takes the match (<see cref="FileDone"/>, <see cref="WebhookDone"/>), so that a retry for a failed
/// webhook does not append the match to the file a second time.
/// </summary>
public sealed record AlertMatch(long Alert, string Article, string? Title, string? Url, string Matched, string? Delivered, int Attempts,
    string? LastError, string Payload, bool FileDone, bool WebhookDone);

public sealed partial class MonitorStore
{
    private const string AlertTablesSql = """
        CREATE TABLE IF NOT EXISTS alerts(id INTEGER PRIMARY KEY AUTOINCREMENT, query TEXT NOT NULL, webhook TEXT, file TEXT, created TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS alert_matches(alert INTEGER NOT NULL, article TEXT NOT NULL, title TEXT, url TEXT, matched TEXT NOT NULL,
            delivered TEXT, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, payload TEXT NOT NULL,
            file_done INTEGER NOT NULL DEFAULT 0, webhook_done INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY(alert, article)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS alert_matches_matched ON alert_matches(matched);
        """;

    public Alert AddAlert(string query, string? webhook, string? file)
    {
        string now = Now();
        lock (_gate)
        {
            using var cmd = Command("INSERT INTO alerts(query, webhook, file, created) VALUES($1, $2, $3, $4) RETURNING id", query, webhook, file, now);
            return new Alert((long)cmd.ExecuteScalar()!, query, webhook, file, now);
        }
    }

    public IReadOnlyList<Alert> Alerts()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT id, query, webhook, file, created FROM alerts ORDER BY id");
            using var r = cmd.ExecuteReader();
            var list = new List<Alert>();
            while (r.Read()) list.Add(new Alert(r.GetInt64(0), r.GetString(1), Opt(r, 2), Opt(r, 3), r.GetString(4)));
            return list;
        }
    }

    /// <summary>Removes an alert and its matches; false when there is no such alert.</summary>
    public bool RemoveAlert(long id)
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            using var matches = Command("DELETE FROM alert_matches WHERE alert = $1", id);
            matches.Transaction = tx;
            matches.ExecuteNonQuery();
            using var alert = Command("DELETE FROM alerts WHERE id = $1", id);
            alert.Transaction = tx;
            int n = alert.ExecuteNonQuery();
            tx.Commit();
            return n > 0;
        }
    }

    /// <summary>
    /// Records matches, each (alert, article) once: returns how many were new. A match recorded before (the same
    /// article ingested again, a rerun) is not delivered twice.
    /// </summary>
    public int RecordMatches(IEnumerable<(long Alert, string Article, string? Title, string? Url, string Payload)> matches)
    {
        int added = 0;
        lock (_gate)
        {
            using var tx = _db.BeginTransaction();
            using var cmd = Command("INSERT OR IGNORE INTO alert_matches(alert, article, title, url, matched, payload) VALUES($1, $2, $3, $4, $5, $6)",
                0L, "", null, null, "", "");
            cmd.Transaction = tx;
            string now = Now();
            foreach (var m in matches)
            {
                cmd.Parameters["$1"].Value = m.Alert;
                cmd.Parameters["$2"].Value = m.Article;
                cmd.Parameters["$3"].Value = (object?)m.Title ?? DBNull.Value;
                cmd.Parameters["$4"].Value = (object?)m.Url ?? DBNull.Value;
                cmd.Parameters["$5"].Value = now;
                cmd.Parameters["$6"].Value = m.Payload;
                added += cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
        return added;
    }

    /// <summary>Matches not yet delivered that have failed fewer than <paramref name="maxAttempts"/> times, oldest first.</summary>
    public IReadOnlyList<AlertMatch> Undelivered(int maxAttempts, int limit = 10_000) =>
        Matches("WHERE delivered IS NULL AND attempts < $1 ORDER BY matched, alert, article LIMIT $2", maxAttempts, limit);

    /// <summary>The latest matches, newest first (for the web UI and `alert list`).</summary>
    public IReadOnlyList<AlertMatch> RecentMatches(int limit, long? alert = null) => alert is { } id
        ? Matches("WHERE alert = $1 ORDER BY matched DESC, article LIMIT $2", id, limit)
        : Matches("ORDER BY matched DESC, alert, article LIMIT $1", limit);

    /// <summary>How many matches each alert has, and how many of them wait for delivery.</summary>
    public IReadOnlyDictionary<long, (int Matches, int Waiting)> MatchCounts()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT alert, COUNT(*), SUM(delivered IS NULL) FROM alert_matches GROUP BY alert");
            using var r = cmd.ExecuteReader();
            var counts = new Dictionary<long, (int, int)>();
            while (r.Read()) counts[r.GetInt64(0)] = (r.GetInt32(1), r.GetInt32(2));
            return counts;
        }
    }

    /// <summary>Records one delivery attempt: which targets have now taken the match, and the error when one has not.</summary>
    public void MatchAttempted(AlertMatch m, bool fileDone, bool webhookDone, bool complete, string? error) =>
        Run("""
            UPDATE alert_matches SET attempts = attempts + 1, file_done = $3, webhook_done = $4, last_error = $5,
                delivered = CASE WHEN $6 THEN $7 ELSE NULL END
            WHERE alert = $1 AND article = $2
            """, m.Alert, m.Article, fileDone, webhookDone, error, complete, Now());

    private List<AlertMatch> Matches(string where, params object[] args)
    {
        lock (_gate)
        {
            using var cmd = Command($"SELECT alert, article, title, url, matched, delivered, attempts, last_error, payload, file_done, webhook_done FROM alert_matches {where}", args);
            using var r = cmd.ExecuteReader();
            var list = new List<AlertMatch>();
            while (r.Read())
                list.Add(new AlertMatch(r.GetInt64(0), r.GetString(1), Opt(r, 2), Opt(r, 3), r.GetString(4), Opt(r, 5), r.GetInt32(6), Opt(r, 7), r.GetString(8),
                    r.GetBoolean(9), r.GetBoolean(10)));
            return list;
        }
    }
}
