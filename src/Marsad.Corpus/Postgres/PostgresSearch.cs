using Npgsql;

namespace Marsad.Corpus.Postgres;

/// <summary>
/// Full-text search over a PostgreSQL store: every query word must match (as in the embedded index, whose default
/// operator is AND), each word as the embedded query analyzer reads it (its shortest clitic stem, folded), against
/// the articles' <see cref="PostgresTerms"/> vectors through their GIN index; ranked by ts_rank with the weights of the
/// embedded index's field boosts (headline 3, main entities 2, lead 1.5, body 1) and divided by 1 + the log of the
/// article's length (closer to the embedded BM25 on the dev queries than no length norm), ties by sequence number. Plain words
/// only: the embedded index's fields, phrases, name spellings and aliases are not read here yet.
/// </summary>
public sealed class PostgresSearch(PostgresStore store)
{
    /// <summary>The ids of the best <paramref name="limit"/> articles for the words of <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<string> Search(string query, int limit)
    {
        var terms = PostgresTerms.QueryTerms(query).Distinct(StringComparer.Ordinal).ToArray();
        if (terms.Length == 0) return [];
        // each term a quoted lexeme, ANDed: no query syntax of PostgreSQL's own is read from the user's words
        string tsquery = string.Join(" & ", terms.Select(t => "'" + t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'"));
        return store.Rows("""
            SELECT id FROM articles, CAST($1 AS tsquery) q
            WHERE seq IS NOT NULL AND terms @@ q
            ORDER BY ts_rank('{0.1, 0.15, 0.2, 0.3}', terms, q, 1) DESC, seq
            LIMIT $2
            """, r => r.GetString(0), tsquery, limit);
    }
}
