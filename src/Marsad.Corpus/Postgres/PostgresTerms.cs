using System.Text;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Postgres;

/// <summary>
/// An article's PostgreSQL <c>tsvector</c>, made of the terms Marsad's own analyzer gives the embedded index
/// (<see cref="ArabicSearchAnalyzer"/>: each word's folded form and its clitic stems), not PostgreSQL's Snowball
/// stems, so the same words match in both stores. Weights follow the embedded index's field boosts: the headline
/// A, the entity names B, the lead C, the body D. Written as a tsvector literal with positions, so ts_rank sees
/// how often each term occurs.
/// </summary>
public static class PostgresTerms
{
    /// <summary>PostgreSQL keeps positions up to 16,383 and 256 per lexeme; later ones add nothing to the rank.</summary>
    private const int MaxPosition = 16383;
    private const int MaxPositionsPerTerm = 256;
    /// <summary>PostgreSQL refuses lexemes of 2 KB and more.</summary>
    private const int MaxTermBytes = 2000;

    public static string Vector(string? title, string text, ArticleFacts facts)
    {
        var analyzer = Analyzer.Value!;
        var positions = new Dictionary<string, List<(int Position, char Weight)>>(StringComparer.Ordinal);
        int position = 0;
        void Add(string? field, char weight)
        {
            if (string.IsNullOrEmpty(field)) return;
            foreach (var term in analyzer.Terms(field))
            {
                if (position < MaxPosition) position++;
                if (term.Length == 0 || Encoding.UTF8.GetByteCount(term) >= MaxTermBytes) continue;
                if (!positions.TryGetValue(term, out var list)) positions[term] = list = [];
                if (list.Count < MaxPositionsPerTerm) list.Add((position, weight));
            }
        }
        Add(title, 'A');
        var names = new StringBuilder();
        foreach (var e in facts.Entities.Where(e => e.IsMain))
        {
            names.Append(e.Name).Append('\n').Append(e.NameAr).Append('\n');
            foreach (var s in e.Surfaces) names.Append(s).Append('\n');
        }
        Add(names.ToString(), 'B');
        Add(text.Length <= ArticleFacts.LeadLength ? text : text[..ArticleFacts.LeadLength], 'C');
        Add(text.Length <= ArticleFacts.LeadLength ? null : text[ArticleFacts.LeadLength..], 'D');

        var literal = new StringBuilder();
        foreach (var (term, list) in positions)
        {
            if (literal.Length > 0) literal.Append(' ');
            literal.Append('\'').Append(term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append("':");
            // one position appears once; where a term has several weights at one position the highest stays
            var seen = new HashSet<int>();
            bool first = true;
            foreach (var (p, w) in list)
            {
                if (!seen.Add(p)) continue;
                if (!first) literal.Append(',');
                first = false;
                literal.Append(p);
                if (w != 'D') literal.Append(w);
            }
        }
        return literal.ToString();
    }

    /// <summary>The query side: each word's terms as the embedded index's query analyzer gives them.</summary>
    public static IReadOnlyList<string> QueryTerms(string words) => QueryAnalyzer.Value!.Terms(words);

    // Lucene analyzers keep per-thread state; one per thread, as the index writer does.
    private static readonly ThreadLocal<ArabicSearchAnalyzer> Analyzer = new(() => new ArabicSearchAnalyzer());
    private static readonly ThreadLocal<ArabicSearchAnalyzer> QueryAnalyzer = new(() => new ArabicSearchAnalyzer(forQuery: true));
}
