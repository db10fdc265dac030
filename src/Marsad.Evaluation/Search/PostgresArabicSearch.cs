using Marsad.Corpus.Store;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Evaluation.Search;

/// <summary>
/// The baseline Marsad's search is measured against: PostgreSQL's built-in full-text search with its `arabic`
/// configuration (the Snowball Arabic stemmer), as a developer would set it up: the headline weighted A and the
/// body B in one tsvector with a GIN index, the query read by websearch_to_tsquery (words ANDed, "phrases", or,
/// -word) and ranked by ts_rank. The store's articles are copied into a table once; a table that already holds
/// the same store (path and last sequence number) is reused.
/// </summary>
public sealed class PostgresArabicSearch : IDisposable
{
    private readonly NpgsqlConnection _db;

    private PostgresArabicSearch(NpgsqlConnection db) => _db = db;

    public static PostgresArabicSearch Open(string connectionString, ArticleStore store, TextWriter log)
    {
        var db = new NpgsqlConnection(connectionString);
        db.Open();
        var search = new PostgresArabicSearch(db);
        try { search.Load(store, log); }
        catch { search.Dispose(); throw; }
        return search;
    }

    private void Load(ArticleStore store, TextWriter log)
    {
        string identity = $"{Path.GetFullPath(store.Path)}#{store.LastSeq}";
        Exec("CREATE TABLE IF NOT EXISTS marsad_eval_meta(key text PRIMARY KEY, value text NOT NULL)");
        using (var check = new NpgsqlCommand("SELECT value FROM marsad_eval_meta WHERE key = 'store'", _db))
            if (check.ExecuteScalar() as string == identity) return;

        log.WriteLine($"postgresql: loading {store.Count:N0} articles into the arabic text search …");
        Exec("DROP TABLE IF EXISTS marsad_eval_articles");
        Exec("CREATE TABLE marsad_eval_articles(id text PRIMARY KEY, title text NOT NULL, body text NOT NULL)");
        using (var copy = _db.BeginBinaryImport("COPY marsad_eval_articles(id, title, body) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var a in store.Enumerate())
            {
                copy.StartRow();
                copy.Write(a.Id, NpgsqlDbType.Text);
                copy.Write(Clean(a.Title ?? ""), NpgsqlDbType.Text);
                copy.Write(Clean(a.Text), NpgsqlDbType.Text);
            }
            copy.Complete();
        }
        Exec("""
            ALTER TABLE marsad_eval_articles ADD COLUMN doc tsvector GENERATED ALWAYS AS
                (setweight(to_tsvector('arabic', title), 'A') || setweight(to_tsvector('arabic', body), 'B')) STORED
            """);
        Exec("CREATE INDEX marsad_eval_doc ON marsad_eval_articles USING gin(doc)");
        Exec("ANALYZE marsad_eval_articles");
        using var mark = new NpgsqlCommand("INSERT INTO marsad_eval_meta(key, value) VALUES('store', $1) ON CONFLICT(key) DO UPDATE SET value = excluded.value", _db);
        mark.Parameters.AddWithValue(identity);
        mark.ExecuteNonQuery();
    }

    /// <summary>PostgreSQL text cannot hold NUL.</summary>
    private static string Clean(string s) => s.Contains('\0', StringComparison.Ordinal) ? s.Replace("\0", "", StringComparison.Ordinal) : s;

    /// <summary>The ids of the best <paramref name="limit"/> articles for <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<string> Search(string query, int limit)
    {
        using var cmd = new NpgsqlCommand("""
            SELECT id FROM marsad_eval_articles, websearch_to_tsquery('arabic', $1) q
            WHERE doc @@ q ORDER BY ts_rank(doc, q) DESC, id LIMIT $2
            """, _db);
        cmd.Parameters.AddWithValue(query);
        cmd.Parameters.AddWithValue(limit);
        var ids = new List<string>(limit);
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    private void Exec(string sql)
    {
        using var cmd = new NpgsqlCommand(sql, _db);
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _db.Dispose();
}
