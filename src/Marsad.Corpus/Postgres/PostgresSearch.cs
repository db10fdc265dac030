using System.Diagnostics;
using Lucene.Net.Search;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;
using Npgsql;

namespace Marsad.Corpus.Postgres;

/// <summary>
/// Search over a PostgreSQL store that returns what the embedded index returns: the query is parsed by the embedded
/// searcher's own parser (<see cref="CorpusSearcher.Parse(string, Func{string, IReadOnlyList{string}}, NameSpellings?, bool)"/>:
/// fields, phrases, the phrase bonus, entity aliases from the store, spelling variants and Latin names from the
/// store's name words) and scored over the store's postings as Lucene scores it (<see cref="PostgresQueryScorer"/>);
/// then the same copy folding, snippets, facets and suggestions as <see cref="CorpusSearcher"/>. Safe to share between threads.
/// </summary>
public sealed class PostgresSearch(PostgresStore store) : ICorpusSearch
{
    /// <summary>How long the name words read for spelling variants serve before they are read again (new articles bring new names).</summary>
    private static readonly TimeSpan SpellingsLife = TimeSpan.FromMinutes(10);

    private (NameSpellings Spellings, long At)? _spellings;
    private readonly Lock _gate = new();

    /// <summary>The ids of the best <paramref name="limit"/> articles, copies in their original's place, as the embedded search lists them.</summary>
    public IReadOnlyList<string> Search(string query, int limit) =>
        [.. Search(query, SearchFilters.None, limit, snippets: false).Hits.SelectMany(h => h.Copies.Prepend(h.Id)).Take(limit)];

    /// <summary>Candidates read per hit shown: enough to fill a page once the copies among them are folded (as the embedded search).</summary>
    private const int FoldedCandidates = 2;

    /// <summary>
    /// One page of hits for <paramref name="query"/> (everything when it is empty) narrowed by <paramref name="filters"/>,
    /// as <see cref="CorpusSearcher.Search(string, SearchFilters, int, SearchSort, SearchCursor?, int, bool, TimeSpan?, bool)"/>
    /// gives it, with the facets of all matches (drill-sideways, as there) and, when it finds nothing, the same suggestions.
    /// </summary>
    public SearchResults Search(string query, SearchFilters filters, int limit, SearchSort sort = SearchSort.Relevance,
        SearchCursor? after = null, int offset = 0, bool snippets = true, TimeSpan? budget = null, bool advanced = false)
    {
        // the budget bounds the embedded index's matching; here it bounds the statements that read the postings
        if (offset is < 0 or > CorpusSearcher.MaxOffset) throw new QuerySyntaxException($"the offset {offset:N0} is past {CorpusSearcher.MaxOffset:N0}; page on with the cursor instead");
        if (after is not null && after.Sort != sort) throw new QuerySyntaxException("the cursor belongs to the other sort order");
        long deadline = budget is { } b ? DeadlineCollector.From(b) : long.MaxValue;
        Query parsed = string.IsNullOrWhiteSpace(query) ? new MatchAllDocsQuery() : Parse(query, advanced);
        var filterQueries = filters.Queries(new MarsadQueryParser(store.EntitiesForAlias));
        var scores = PostgresQueryScorer.Score(store, parsed, Filter(filterQueries, except: null), deadline, budget);
        var days = sort == SearchSort.Date || scores.Count > 0 ? Days(scores.Keys) : [];

        var ordered = InIndexOrder(scores, days, sort);
        if (after is not null) ordered = ordered.Where(kv => IsAfter(kv, days.GetValueOrDefault(kv.Key), after));
        int wanted = Math.Max(1, limit) * FoldedCandidates;
        var candidates = ordered.Skip(after is null ? offset : 0).Take(wanted).ToArray();

        var articles = store.GetBySeqs([.. candidates.Select(c => c.Key)]).ToDictionary(a => a.Seq);
        var found = new List<(SearchHit, StoredArticle)>();
        foreach (var (seq, score) in candidates)
            if (articles.TryGetValue(seq, out var a))
                found.Add((new SearchHit(a.Id, score, a.Title, a.Published, a.Source, a.Url, "", []), a));
        var hits = CopyFolding.Fold(found, store.CopyLinksOf, Math.Max(1, limit));
        if (snippets)
        {
            var highlighter = CorpusSearcher.Highlighter(parsed);
            var texts = found.ToDictionary(f => f.Item1.Id, f => f.Item2.Text, StringComparer.Ordinal);
            for (int i = 0; i < hits.Count; i++)
            {
                var (snippet, marks) = CorpusSearcher.Snippet(highlighter, texts[hits[i].Id]);
                hits[i] = hits[i] with { Snippet = snippet, Marks = marks };
            }
        }
        // every candidate before the first one not shown (as a hit or a copy folded under one) is done with
        var shown = new HashSet<string>(hits.SelectMany(h => h.Copies.Prepend(h.Id)), StringComparer.Ordinal);
        int done = hits.Count == 0 ? 0 : candidates.Length;
        for (int i = 0; i < candidates.Length && hits.Count > 0; i++)
            if (articles.TryGetValue(candidates[i].Key, out var a) && !shown.Contains(a.Id)) { done = i; break; }
        int start = after?.Position ?? offset;
        int end = start + done;
        // drill-sideways, as the embedded search: a filtered field's counts ignore that field's own filter
        var facets = FacetCounts(scores.Keys);
        IEnumerable<long> Sideways(FilterField field) => PostgresQueryScorer.Score(store, parsed, Filter(filterQueries, except: field), deadline, budget).Keys;
        var sources = filterQueries.ContainsKey(FilterField.Source) ? FacetCounts(Sideways(FilterField.Source)).Sources : facets.Sources;
        var entities = filterQueries.ContainsKey(FilterField.Entity) ? FacetCounts(Sideways(FilterField.Entity)).Entities : facets.Entities;
        var types = filterQueries.ContainsKey(FilterField.Type) ? FacetCounts(Sideways(FilterField.Type)).Types : facets.Types;
        var countries = Countries(filterQueries.ContainsKey(FilterField.Country) ? FacetCounts(Sideways(FilterField.Country)).Sources : facets.Sources);
        return new SearchResults(scores.Count, hits, Top(sources, 10), Top(entities, 15), Top(types, 16),
            CorpusSearcher.DateHistogram(days.Values.Where(d => d > 0).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count())))
        {
            Start = start,
            Countries = Top(countries, 10),
            Places = Relations.PlaceCount.LocateNames(facets.Entities, Relations.PlaceCount.MapLimit),
            // counted here as the embedded search counts them: the articles each candidate finds, in the plain mode
            Suggestions = scores.Count == 0 && start == 0
                ? QuerySuggestions.Counted(query, !filters.IsEmpty, deadline, (candidate, keepsFilters) =>
                    PostgresQueryScorer.Score(store, Parse(candidate), keepsFilters ? Filter(filterQueries, except: null) : null, deadline, budget).Count)
                : [],
            Next = done > 0 && end < scores.Count ? Cursor(candidates[done - 1], days, sort, end).ToString() : null,
        };
    }

    /// <summary>What <paramref name="query"/> costs before it runs: the postings of its terms (<see cref="CorpusSearcher.Cost"/>).</summary>
    public long Cost(string query, bool advanced = false) => PostgresQueryScorer.Cost(store, Parse(query, advanced));

    /// <summary>The articles searched (the ordered ones, as the index holds them).</summary>
    public int DocumentCount => checked((int)store.Count);

    /// <summary>Counts over every match, unabridged, as <see cref="CorpusSearcher.Facets"/> gives them.</summary>
    public SearchFacets Facets(string query, SearchFilters filters)
    {
        Query parsed = string.IsNullOrWhiteSpace(query) ? new MatchAllDocsQuery() : Parse(query);
        var seqs = PostgresQueryScorer.Score(store, parsed, Filter(filters.Queries(new MarsadQueryParser(store.EntitiesForAlias)), except: null)).Keys;
        var (sources, entities, types) = FacetCounts(seqs);
        var days = Days(seqs).Values.Where(d => d > 0).GroupBy(d => d).ToDictionary(g => CorpusSearcher.DateOf(g.Key), g => g.Count());
        return new SearchFacets(seqs.Count, sources, entities, types, days);
    }

    /// <summary>The ids of every hit in the order of <see cref="CorpusSearcher.Ids"/> (copies not folded), at most <paramref name="max"/>.</summary>
    public IReadOnlyList<string> Ids(string query, SearchFilters filters, SearchSort sort, int max, bool advanced = false)
    {
        Query parsed = string.IsNullOrWhiteSpace(query) ? new MatchAllDocsQuery() : Parse(query, advanced);
        var scores = PostgresQueryScorer.Score(store, parsed, Filter(filters.Queries(new MarsadQueryParser(store.EntitiesForAlias)), except: null));
        var seqs = InIndexOrder(scores, sort == SearchSort.Date ? Days(scores.Keys) : [], sort).Take(Math.Max(0, max)).Select(kv => kv.Key).ToArray();
        var ids = store.Rows("SELECT seq, id FROM articles WHERE seq = ANY($1)", r => (r.GetInt64(0), r.GetString(1)), seqs).ToDictionary(p => p.Item1, p => p.Item2);
        return [.. seqs.Where(ids.ContainsKey).Select(seq => ids[seq])];
    }

    /// <summary>The order of the embedded index: best first (or newest day first, then best), ties to the earlier article.</summary>
    private static IEnumerable<KeyValuePair<long, float>> InIndexOrder(Dictionary<long, float> scores, Dictionary<long, int> days, SearchSort sort) =>
        sort == SearchSort.Date
            ? scores.OrderByDescending(kv => days.GetValueOrDefault(kv.Key)).ThenByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            : scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key);

    /// <summary>The query as the embedded searcher parses it, with this store's aliases and name words.</summary>
    public Query Parse(string query, bool advanced = false) => CorpusSearcher.Parse(query, store.EntitiesForAlias, Spellings(), advanced);

    /// <summary>Every filter but <paramref name="except"/>, all to hold; null when none.</summary>
    private static Query? Filter(Dictionary<FilterField, Query> filters, FilterField? except)
    {
        var all = new BooleanQuery();
        foreach (var (field, q) in filters)
            if (field != except) all.Add(q, Occur.MUST);
        return all.Clauses.Count == 0 ? null : all;
    }

    private static Dictionary<string, int> Countries(Dictionary<string, int> sources)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (source, n) in sources)
            if (SearchFilters.CountryOf(source) is { } c) counts[c] = counts.GetValueOrDefault(c) + n;
        return counts;
    }

    private static bool IsAfter(KeyValuePair<long, float> hit, int day, SearchCursor c) => c.Sort == SearchSort.Date
        ? day < c.Date || day == c.Date && (hit.Value < c.Score || hit.Value == c.Score && hit.Key > c.Doc)
        : hit.Value < c.Score || hit.Value == c.Score && hit.Key > c.Doc;

    /// <summary>A cursor whose document is the article's sequence number (the order of ties, as Lucene's document number is in the index).</summary>
    private static SearchCursor Cursor(KeyValuePair<long, float> last, Dictionary<long, int> days, SearchSort sort, int position) =>
        new(sort, position, checked((int)last.Key), last.Value, sort == SearchSort.Date ? days.GetValueOrDefault(last.Key) : 0);

    private Dictionary<long, int> Days(IEnumerable<long> seqs) =>
        store.Rows("SELECT seq, day FROM articles WHERE seq = ANY($1)", r => (r.GetInt64(0), r.GetInt32(1)), seqs.ToArray()).ToDictionary(p => p.Item1, p => p.Item2);

    /// <summary>The facet values of the matches (the embedded index's facet fields, stored as postings).</summary>
    private (Dictionary<string, int> Sources, Dictionary<string, int> Entities, Dictionary<string, int> Types) FacetCounts(IEnumerable<long> seqs)
    {
        var counts = store.Rows("""
            SELECT p.field, p.term, COUNT(*) FROM postings p JOIN articles a ON a.doc = p.doc
            WHERE a.seq = ANY($1) AND p.field IN ($2, $3, $4) GROUP BY p.field, p.term
            """, r => (Field: r.GetInt16(0), Value: r.GetString(1), Count: (int)r.GetInt64(2)), seqs.ToArray(),
            PostgresPostings.Code(IndexFields.SourceFacet), PostgresPostings.Code(IndexFields.EntityFacet), PostgresPostings.Code(IndexFields.TypeFacet));
        Dictionary<string, int> Of(string field) => counts.Where(c => c.Field == PostgresPostings.Code(field)).ToDictionary(c => c.Value, c => c.Count, StringComparer.Ordinal);
        return (Of(IndexFields.SourceFacet), Of(IndexFields.EntityFacet), Of(IndexFields.TypeFacet));
    }

    private static IReadOnlyList<FacetCount> Top(Dictionary<string, int> counts, int n) =>
        [.. counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => new FacetCount(kv.Key, kv.Value))];

    /// <summary>The store's name words by skeleton, read again after <see cref="SpellingsLife"/>.</summary>
    private NameSpellings Spellings()
    {
        lock (_gate)
        {
            if (_spellings is { } s && Stopwatch.GetElapsedTime(s.At) < SpellingsLife) return s.Spellings;
            var names = store.Rows($"""
                SELECT p.term, COUNT(*) FROM postings p JOIN articles a ON a.doc = p.doc
                WHERE p.field = {PostgresPostings.Code(IndexFields.Names)} AND a.seq IS NOT NULL GROUP BY p.term
                """, r => (r.GetString(0), (int)r.GetInt64(1)));
            names.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1)); // the index's term order
            var spellings = new NameSpellings(names, TextDocFreq);
            _spellings = (spellings, Stopwatch.GetTimestamp());
            return spellings;
        }
    }

    private int TextDocFreq(string term) => (int)store.Rows($"""
        SELECT COUNT(*) FROM postings p JOIN articles a ON a.doc = p.doc
        WHERE p.field = {PostgresPostings.Code(IndexFields.Text)} AND p.term = $1 AND a.seq IS NOT NULL
        """, r => r.GetInt64(0), term)[0];
}
