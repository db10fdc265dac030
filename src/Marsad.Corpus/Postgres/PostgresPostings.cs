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
    /// <summary>The indexed fields as stored (a small number each): the analysed fields, the keywords and the facets.</summary>
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
