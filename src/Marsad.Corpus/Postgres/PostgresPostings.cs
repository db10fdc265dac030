using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Corpus.Postgres;

/// <summary>
/// An article's postings in PostgreSQL, the rows <see cref="PostgresQueryScorer"/> ranks with: for every field of the
/// embedded index's document (<see cref="IndexDocument"/>, analysed by the index's own analyzer) each term with its
/// frequency, its positions and the field's encoded length norm, exactly as Lucene writes them. So the store holds what
/// the embedded index holds, and a query scored over it ranks as the index ranks it.
/// </summary>
public static class PostgresPostings
{
    /// <summary>
    /// The indexed fields as stored (a small number each): the analysed fields, then the keywords and the facets from 5
    /// on (schema migration 4 indexes the postings of those by article). Stored numbers never change: append only.
    /// </summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        IndexFields.Title, IndexFields.Main, IndexFields.Lead, IndexFields.Text, IndexFields.Names,
        IndexFields.Entity, IndexFields.Speaker, IndexFields.Source, IndexFields.Type,
        IndexFields.SourceFacet, IndexFields.EntityFacet, IndexFields.TypeFacet,
    ];

    /// <summary>The number a field is stored as (-1: not stored).</summary>
    public static short Code(string field)
    {
        for (short i = 0; i < Fields.Count; i++) if (Fields[i] == field) return i;
        return -1;
    }

    /// <summary>One term of one field of one article. <see cref="Norm"/> is Lucene's one-byte length norm (null for keywords, which have none).</summary>
    public readonly record struct Posting(short Field, string Term, int Freq, short? Norm, int[]? Positions);

    // The index's similarity (Lucene's default, classic TF-IDF) encodes the norms.
    private static readonly DefaultSimilarity Similarity = new();

    /// <summary>The postings of an article, from the very document the embedded index adds for it.</summary>
    public static List<Posting> Of(StoredArticle article, ArticleFacts facts)
    {
        var doc = IndexDocument.Build(article, facts);
        var postings = new List<Posting>();
        // keywords and facets: one term per distinct value, no frequency, positions or norm (Lucene's StringField)
        var keywords = new HashSet<(short, string)>();
        foreach (var field in doc.Fields)
        {
            short code = Code(field.Name);
            if (code < 0) continue;
            if (IsAnalysed(field)) { Analyse(field, code, postings); continue; }
            // a StringField's value, or a facet's doc value
            string? value = field.GetStringValue(System.Globalization.CultureInfo.InvariantCulture) ?? field.GetBinaryValue()?.Utf8ToString();
            if (value is not null && Storable(value) && keywords.Add((code, value))) postings.Add(new Posting(code, value, 1, null, null));
        }
        return postings;
    }

    private static bool IsAnalysed(IIndexableField field) => field.IndexableFieldType.IsIndexed && field.IndexableFieldType.IsTokenized;

    /// <summary>
    /// PostgreSQL's text holds no NUL and its btree no key of more than about 2.7 KB: such a term (a run of symbols no
    /// one searches for) is left out, as the tsvector left it out.
    /// </summary>
    private static bool Storable(string term) => !term.Contains('\0', StringComparison.Ordinal) && System.Text.Encoding.UTF8.GetByteCount(term) < 2000;

    /// <summary>As Lucene's inverter: positions from the increments, the length without the stems stacked on a word's position.</summary>
    private static void Analyse(IIndexableField field, short code, List<Posting> postings)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        int position = -1, length = 0, overlap = 0;
        using (var stream = field.GetTokenStream(SearchIndex.Analyzer))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                int inc = increment.PositionIncrement;
                position += inc;
                length++;
                if (inc == 0) overlap++;
                string t = term.ToString();
                if (!positions.TryGetValue(t, out var list)) positions[t] = list = [];
                list.Add(position);
            }
            stream.End();
        }
        var state = new FieldInvertState(field.Name, position, length, overlap, 0, field.Boost);
        short norm = (short)Similarity.ComputeNorm(state);
        foreach (var (t, list) in positions)
            if (Storable(t)) postings.Add(new Posting(code, t, list.Count, norm, [.. list]));
    }

    /// <summary>Lucene's length norm of a stored norm byte.</summary>
    public static float DecodeNorm(short norm) => Similarity.DecodeNormValue(norm);

    /// <summary>
    /// Gives postings to the articles stored before the postings existed (listed in postings_backfill by the schema
    /// migration that made them), in batches, each in one transaction; processes that open the store at once share the
    /// work (SKIP LOCKED). Returns how many articles it filled.
    /// </summary>
    public static int Backfill(PostgresStore store, int batch = 200)
    {
        int filled = 0;
        while (true)
        {
            using var db = store.Connect();
            using var tx = db.BeginTransaction();
            var rows = new List<(long Doc, StoredArticle Article)>();
            using (var take = new NpgsqlCommand("""
                WITH taken AS (DELETE FROM postings_backfill WHERE doc IN (SELECT doc FROM postings_backfill ORDER BY doc LIMIT $1 FOR UPDATE SKIP LOCKED) RETURNING doc)
                SELECT a.doc, COALESCE(a.seq, 0), a.id, a.url, a.content_hash, a.title, a.published, a.source, a.author, a.location, a.text, a.analysis
                FROM articles a JOIN taken t ON t.doc = a.doc
                """, db, tx))
            {
                take.Parameters.AddWithValue(batch);
                using var r = take.ExecuteReader();
                while (r.Read())
                    rows.Add((r.GetInt64(0), new StoredArticle(r.GetInt64(1), r.GetString(2), PostgresStore.Opt(r, 3), r.GetString(4), PostgresStore.Opt(r, 5),
                        PostgresStore.Opt(r, 6), PostgresStore.Opt(r, 7), PostgresStore.Opt(r, 8), PostgresStore.Opt(r, 9), r.GetString(10),
                        AnalysisBlob.Decompress((byte[])r.GetValue(11)))));
            }
            if (rows.Count == 0) return filled;
            var postings = rows.AsParallel().AsOrdered().Select(x => (x.Doc, Postings: Of(x.Article, ArticleFacts.FromAnalysisJson(x.Article.AnalysisJson)))).ToList();
            foreach (var (doc, list) in postings) Write(db, tx, doc, list);
            tx.Commit();
            filled += rows.Count;
        }
    }

    /// <summary>Writes the postings of the article numbered <paramref name="doc"/> (articles.doc) in the transaction.</summary>
    public static void Write(NpgsqlConnection db, NpgsqlTransaction tx, long doc, IEnumerable<Posting> postings)
    {
        _ = tx; // COPY runs in the connection's open transaction
        using var copy = db.BeginBinaryImport("COPY postings(field, term, doc, freq, norm, positions) FROM STDIN (FORMAT BINARY)");
        foreach (var p in postings)
        {
            copy.StartRow();
            copy.Write(p.Field, NpgsqlDbType.Smallint);
            copy.Write(p.Term, NpgsqlDbType.Text);
            copy.Write(doc, NpgsqlDbType.Bigint);
            copy.Write(p.Freq, NpgsqlDbType.Integer);
            if (p.Norm is { } n) copy.Write(n, NpgsqlDbType.Smallint); else copy.WriteNull();
            if (p.Positions is { } pos) copy.Write(pos, NpgsqlDbType.Array | NpgsqlDbType.Integer); else copy.WriteNull();
        }
        copy.Complete();
    }
}
