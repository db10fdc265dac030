using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Marsad.Corpus.Store;
using System.Globalization;

namespace Marsad.Corpus.Search;

/// <summary>Searches a corpus folder: parses the query, ranks, counts facets and cuts highlighted snippets.</summary>
public sealed class CorpusSearcher : ICorpusSearch, IDisposable
{
    private readonly ArticleStore _store;
    private readonly FSDirectory _dir;
    private readonly DirectoryReader? _reader;
    private readonly IndexSearcher _searcher;

    public CorpusSearcher(ArticleStore store, string indexPath)
    {
        _store = store;
        _dir = FSDirectory.Open(indexPath);
        // An index folder with no commit yet (an ingest that has not committed its first batch) is an empty index.
        _reader = DirectoryReader.IndexExists(_dir) ? DirectoryReader.Open(_dir) : null;
        _searcher = new IndexSearcher(_reader is null ? new MultiReader() : _reader);
        _spellings = new(() => new NameSpellings(_reader));
        IndexedSeq = _reader?.IndexCommit.UserData is { } data && data.TryGetValue(SearchIndex.SeqKey, out var s)
            && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) ? seq : 0;
    }

    public int DocumentCount => _reader?.NumDocs ?? 0;

    private readonly Lazy<NameSpellings> _spellings;

    private static int WordCount(string query) =>
        Marsad.Text.Tokenizer.Tokenize(query).Count(t => t.Kind is not (Marsad.Text.TokenKind.Punctuation or Marsad.Text.TokenKind.Symbol));

    /// <summary>The store sequence number the opened index commit holds articles up to.</summary>
    public long IndexedSeq { get; }

    /// <summary>Articles in the store that this searcher cannot find: the index lags the store (0 when it does not).</summary>
    public long ArticlesNotIndexed => _store.CountAfter(IndexedSeq);

    /// <summary>Longer than a pasted paragraph: a query this long is a mistake or an attack on the server.</summary>
    public const int MaxQueryLength = 2000;

    /// <summary>Parses <paramref name="query"/>; throws <see cref="QuerySyntaxException"/> with a readable message when it is malformed.</summary>
    public Query Parse(string query, bool advanced = false) => Parse(query, _store.EntitiesForAlias, _spellings.Value, advanced);

    /// <summary>Parses <paramref name="query"/> as <see cref="Parse(string)"/> does, with the entity aliases of any store (alerts match against new articles with it).</summary>
    public static Query Parse(string query, Func<string, IReadOnlyList<string>> aliases) => Parse(query, aliases, spellings: null);

    /// <param name="spellings">The index's name words by skeleton, for spelling variants and Latin names (none: exact words only).</param>
    /// <param name="advanced">The advanced mode (<see cref="ForgivingQuery.RewriteAdvanced"/>): a malformed query is an error, not words.</param>
    internal static Query Parse(string query, Func<string, IReadOnlyList<string>> aliases, NameSpellings? spellings, bool advanced = false)
    {
        if (query.Length > MaxQueryLength)
            throw new QuerySyntaxException($"the query has {query.Length:N0} characters; at most {MaxQueryLength:N0} are searched");
        var parser = new MarsadQueryParser(aliases, spellings, oneWord: WordCount(query) == 1) { Advanced = advanced };
        if (advanced)
        {
            string written = ForgivingQuery.RewriteAdvanced(query);
            try { return PhraseBonus.Add(parser.Parse(written), written); }
            catch (ParseException e) { throw new QuerySyntaxException(Reason(e)); }
        }
        string rewritten = ForgivingQuery.Rewrite(query);
        try { return PhraseBonus.Add(parser.Parse(rewritten), rewritten); }
        catch (ParseException e) when (query.IndexOfAny(['[', '{']) >= 0 || TooManyTerms(e))
        {
            // a range was meant (date:[… TO …]); guessing at a broken one would search for something else
            throw new QuerySyntaxException(Reason(e));
        }
        catch (ParseException)
        {
            // whatever the syntax still trips on (an unbalanced parenthesis), the words are what the reader meant
            try { return parser.Parse(QueryParserBase.Escape(query)); }
            catch (ParseException e) { throw new QuerySyntaxException(Reason(e)); }
        }
    }

    private static bool TooManyTerms(ParseException e) => e.InnerException is BooleanQuery.TooManyClausesException;

    /// <summary>The parser's reason without the query it echoes (which may be two thousand characters long).</summary>
    private static string Reason(ParseException e)
    {
        if (TooManyTerms(e)) return $"the query has more than {BooleanQuery.MaxClauseCount:N0} terms";
        string first = e.Message.Split('\n')[0];
        int cut = first.StartsWith("Cannot parse '", StringComparison.Ordinal) ? first.LastIndexOf("': ", StringComparison.Ordinal) : -1;
        return cut > 0 ? first[(cut + 3)..] : first;
    }

    /// <summary>
    /// What a query costs before it runs: the postings it reads (the summed document frequencies of its terms).
    /// A server runs the costly ones apart so that they cannot slow everyone's searches.
    /// </summary>
    public long Cost(string query, bool advanced = false)
    {
        var weight = _searcher.CreateNormalizedWeight(Parse(query, advanced));
        var terms = new HashSet<Term>();
        weight.Query.ExtractTerms(terms);
        long postings = 0;
        foreach (var term in terms) postings += _searcher.IndexReader.DocFreq(term);
        return postings;
    }

    /// <summary>Candidates read per hit shown: enough to fill a page once the copies among them are folded.</summary>
    private const int FoldedCandidates = 2;

    /// <param name="budget">
    /// The longest the search may run: past it while matching, <see cref="QueryTooCostlyException"/> is thrown; past
    /// it while cutting snippets, the remaining hits come without one (null: no limit).
    /// </param>
    public SearchResults Search(string query, int limit = 10, SearchSort sort = SearchSort.Relevance, bool snippets = true, TimeSpan? budget = null) =>
        Search(query, SearchFilters.None, limit, sort, snippets: snippets, budget: budget);

    /// <summary>Deeper than this, pages are reached with a cursor: an offset costs a ranked list that long.</summary>
    public const int MaxOffset = 10_000;

    /// <summary>
    /// One page of hits for <paramref name="query"/> (everything when it is empty) narrowed by <paramref name="filters"/>,
    /// starting after <paramref name="after"/> or at <paramref name="offset"/>, with the cursor of the next page.
    /// Facet counts are drill-sideways: a field's counts ignore that field's own filter (so choosing one source
    /// still shows the others to add), and honour every other filter. Copies are folded under their original
    /// (<see cref="CopyFolding"/>) within the page; the next page starts at the first candidate this one did not show.
    /// </summary>
    /// <param name="budget">As for the other overload; the sideways counting passes share it.</param>
    /// <param name="advanced">Read the query in the advanced mode (<see cref="ForgivingQuery.RewriteAdvanced"/>).</param>
    public SearchResults Search(string query, SearchFilters filters, int limit, SearchSort sort = SearchSort.Relevance,
        SearchCursor? after = null, int offset = 0, bool snippets = true, TimeSpan? budget = null, bool advanced = false)
    {
        if (offset is < 0 or > MaxOffset) throw new QuerySyntaxException($"the offset {offset:N0} is past {MaxOffset:N0}; page on with the cursor instead");
        if (after is not null && after.Sort != sort) throw new QuerySyntaxException("the cursor belongs to the other sort order");
        long deadline = budget is { } b ? DeadlineCollector.From(b) : long.MaxValue;
        var parsed = string.IsNullOrWhiteSpace(query) ? new MatchAllDocsQuery() : Parse(query, advanced);
        var filterQueries = filters.Queries(new MarsadQueryParser(_store.EntitiesForAlias));
        var q = Restrict(parsed, filterQueries, except: null);

        // One pass over the matches counts the facets and keeps the candidates of the page: copies are folded under
        // their original, so a page reads more candidates than it shows.
        var facets = new FacetCollector();
        int wanted = Math.Max(1, limit) * FoldedCandidates;
        int n = Math.Max(1, Math.Min((after is null ? offset : 0) + wanted, Math.Max(1, _searcher.IndexReader.MaxDoc)));
        ICollector best = sort == SearchSort.Date
            ? TopFieldCollector.Create(DateOrder, n, (FieldDoc?)after?.ToScoreDoc(), true, true, false, false)
            : TopScoreDocCollector.Create(n, after?.ToScoreDoc(), false);
        Run(q, MultiCollector.Wrap(facets, best), deadline, budget);
        facets.Flush();
        TopDocs top = best is TopFieldCollector byDate ? byDate.GetTopDocs() : ((TopScoreDocCollector)best).GetTopDocs();
        var candidates = top.ScoreDocs.Skip(after is null ? offset : 0).Take(wanted).ToArray();

        var sources = facets.Sources;
        var entities = facets.Entities;
        var types = facets.Types;
        var countries = Countries(facets.Sources);
        if (filterQueries.ContainsKey(FilterField.Source)) sources = Collect(Restrict(parsed, filterQueries, FilterField.Source), deadline, budget).Sources;
        if (filterQueries.ContainsKey(FilterField.Entity)) entities = Collect(Restrict(parsed, filterQueries, FilterField.Entity), deadline, budget).Entities;
        if (filterQueries.ContainsKey(FilterField.Type)) types = Collect(Restrict(parsed, filterQueries, FilterField.Type), deadline, budget).Types;
        if (filterQueries.ContainsKey(FilterField.Country)) countries = Countries(Collect(Restrict(parsed, filterQueries, FilterField.Country), deadline, budget).Sources);

        int start = after?.Position ?? offset;
        var highlighter = snippets ? Highlighter(parsed) : null;
        var found = new List<(SearchHit, StoredArticle)>();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new string[candidates.Length];
        for (int i = 0; i < candidates.Length; i++)
        {
            var sd = candidates[i];
            string id = ids[i] = _searcher.Doc(sd.Doc).Get(IndexFields.Id, CultureInfo.InvariantCulture);
            var a = _store.Get(id);
            if (a is null) continue; // the index never runs ahead of the store; guard anyway
            position[id] = i;
            found.Add((new SearchHit(id, float.IsNaN(sd.Score) ? 0 : sd.Score, a.Title, a.Published, a.Source, a.Url, "", []), a));
        }
        var hits = CopyFolding.Fold(found, _store.CopyLinksOf, Math.Max(1, limit));
        var texts = found.ToDictionary(f => f.Item1.Id, f => f.Item2.Text, StringComparer.Ordinal);
        for (int i = 0; i < hits.Count && highlighter is not null; i++)
        {
            if (System.Diagnostics.Stopwatch.GetTimestamp() >= deadline) break; // past the budget: the rest without snippets
            var (snippet, marks) = Snippet(highlighter, texts[hits[i].Id]);
            hits[i] = hits[i] with { Snippet = snippet, Marks = marks };
        }
        // Every candidate before the first one not shown (as a hit or a copy folded under one) is done with.
        var shown = new HashSet<string>(hits.SelectMany(h => h.Copies.Prepend(h.Id)), StringComparer.Ordinal);
        int done = hits.Count == 0 ? 0 : candidates.Length;
        for (int i = 0; i < candidates.Length && hits.Count > 0; i++)
            if (!shown.Contains(ids[i]) && position.ContainsKey(ids[i])) { done = i; break; }
        int end = start + done;
        return new SearchResults(facets.Total, hits,
            Top(sources, 10), Top(entities, 15), Top(types, 16),
            DateHistogram(facets.Days))
        {
            Start = start,
            Countries = Top(countries, 10),
            Places = Relations.PlaceCount.LocateNames(facets.Entities, Relations.PlaceCount.MapLimit),
            Suggestions = facets.Total == 0 && start == 0 ? Suggest(query, filters, deadline, budget) : [],
            Next = done > 0 && end < facets.Total ? SearchCursor.After(candidates[done - 1], sort, end).ToString() : null,
        };
    }

    /// <summary>
    /// Other queries for a search that found nothing (<see cref="QuerySuggestions.Counted"/>), each counted under the
    /// same budget. A suggestion is searched in the plain mode.
    /// </summary>
    private IReadOnlyList<SearchSuggestion> Suggest(string query, SearchFilters filters, long deadline, TimeSpan? budget)
    {
        var filterQueries = filters.Queries(new MarsadQueryParser(_store.EntitiesForAlias));
        return QuerySuggestions.Counted(query, !filters.IsEmpty, deadline, (candidate, keepsFilters) =>
        {
            var count = new TotalHitCountCollector();
            Run(keepsFilters ? Restrict(Parse(candidate), filterQueries, except: null) : Parse(candidate), count, deadline, budget);
            return count.TotalHits;
        });
    }

    /// <summary>The ids of every hit in order, at most <paramref name="max"/> (for an export of a result set).</summary>
    public IReadOnlyList<string> Ids(string query, SearchFilters filters, SearchSort sort, int max, bool advanced = false)
    {
        var parsed = string.IsNullOrWhiteSpace(query) ? new MatchAllDocsQuery() : Parse(query, advanced);
        var q = Restrict(parsed, filters.Queries(new MarsadQueryParser(_store.EntitiesForAlias)), except: null);
        var ids = new List<string>();
        SearchCursor? after = null;
        while (ids.Count < max)
        {
            var docs = Page(q, sort, after, 0, Math.Min(1000, max - ids.Count));
            foreach (var sd in docs) ids.Add(_searcher.Doc(sd.Doc).Get(IndexFields.Id, CultureInfo.InvariantCulture));
            if (docs.Length == 0) break;
            after = SearchCursor.After(docs[^1], sort, ids.Count);
        }
        return ids;
    }

    /// <summary>Counts over every match, unabridged (the home page compares periods with them).</summary>
    public SearchFacets Facets(string query, SearchFilters filters)
    {
        var parsed = string.IsNullOrWhiteSpace(query) ? new MatchAllDocsQuery() : Parse(query);
        var f = Collect(Restrict(parsed, filters.Queries(new MarsadQueryParser(_store.EntitiesForAlias)), except: null));
        return new SearchFacets(f.Total, f.Sources, f.Entities, f.Types,
            f.Days.Where(kv => kv.Key > 0).ToDictionary(kv => DateOf(kv.Key), kv => kv.Value));
    }

    /// <summary>Newest day first, then best score (the date is a day: articles of one day are ranked by relevance).</summary>
    private static readonly Sort DateOrder = new(new SortField(IndexFields.DateValue, SortFieldType.INT64, true), SortField.FIELD_SCORE);

    private ScoreDoc[] Page(Query q, SearchSort sort, SearchCursor? after, int offset, int limit)
    {
        TopDocs top = (sort, after) switch
        {
            (SearchSort.Date, null) => _searcher.Search(q, null, offset + limit, DateOrder, true, false),
            (SearchSort.Date, _) => _searcher.SearchAfter(after.ToScoreDoc(), q, null, limit, DateOrder, true, false),
            (_, null) => _searcher.Search(q, offset + limit),
            _ => _searcher.SearchAfter(after.ToScoreDoc(), q, limit),
        };
        return [.. top.ScoreDocs.Skip(after is null ? offset : 0).Take(limit)];
    }

    private void Run(Query q, ICollector collector, long deadline, TimeSpan? budget) =>
        _searcher.Search(q, budget is { } limitTime ? new DeadlineCollector(collector, deadline, limitTime) : collector);

    /// <summary>The query narrowed by every filter but <paramref name="except"/>; the filters do not change scores.</summary>
    private static Query Restrict(Query q, Dictionary<FilterField, Query> filters, FilterField? except)
    {
        var all = new BooleanQuery();
        foreach (var (field, fq) in filters)
            if (field != except) all.Add(fq, Occur.MUST);
        return all.Clauses.Count == 0 ? q : new FilteredQuery(q, new QueryWrapperFilter(all));
    }

    private FacetCollector Collect(Query q, long deadline = long.MaxValue, TimeSpan? budget = null)
    {
        var facets = new FacetCollector();
        Run(q, facets, deadline, budget);
        facets.Flush();
        return facets;
    }

    /// <summary>Articles per outlet country, from the counts per source.</summary>
    private static Dictionary<string, int> Countries(Dictionary<string, int> sources)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (source, n) in sources)
            if (SearchFilters.CountryOf(source) is { } c) counts[c] = counts.GetValueOrDefault(c) + n;
        return counts;
    }

    /// <summary>Private-use characters mark matches inside the highlighter only; the article's own are removed first.</summary>
    private const string MarkOpen = "\uE000", MarkClose = "\uE001";

    /// <summary>The highlighter of a parsed query's matches in the body (the PostgreSQL store's search cuts its snippets with it too).</summary>
    internal static Highlighter Highlighter(Query parsed) =>
        new(new SimpleHTMLFormatter(MarkOpen, MarkClose), new QueryScorer(parsed, IndexFields.Text)) { TextFragmenter = new SimpleFragmenter(180) };

    internal static (string Snippet, IReadOnlyList<SnippetMark> Marks) Snippet(Highlighter highlighter, string text)
    {
        // A record kept for its headline alone has no body to quote (and Lucene's highlighter fails on one).
        if (string.IsNullOrWhiteSpace(text)) return ("", []);
        if (text.AsSpan().IndexOfAny(MarkOpen[0], MarkClose[0]) >= 0) text = text.Replace(MarkOpen, "", StringComparison.Ordinal).Replace(MarkClose, "", StringComparison.Ordinal);
        try
        {
            var fragments = highlighter.GetBestFragments(SearchIndex.Analyzer, IndexFields.Text, text, 2);
            if (fragments.Length > 0) return Unmark(string.Join(" … ", fragments.Select(f => f.Replace('\n', ' ').Trim())));
        }
        catch (InvalidTokenOffsetsException) { }
        // Matched on metadata or entities only: the opening of the article.
        var opening = text.Replace('\n', ' ');
        return (opening.Length <= 180 ? opening : opening[..180] + "…", []);
    }

    /// <summary>The highlighter's marked text as plain text and the offsets of its marks.</summary>
    private static (string, IReadOnlyList<SnippetMark>) Unmark(string marked)
    {
        var plain = new System.Text.StringBuilder(marked.Length);
        var marks = new List<SnippetMark>();
        int start = -1;
        foreach (char c in marked)
        {
            if (c == MarkOpen[0]) start = plain.Length;
            else if (c == MarkClose[0]) { if (start >= 0) marks.Add(new SnippetMark(start, plain.Length - start)); start = -1; }
            else plain.Append(c);
        }
        return (plain.ToString(), marks);
    }

    private static IReadOnlyList<FacetCount> Top(Dictionary<string, int> counts, int n) =>
        [.. counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => new FacetCount(kv.Key, kv.Value))];

    /// <summary>Counts per day; per month when the matches span more than 62 days.</summary>
    internal static IReadOnlyList<FacetCount> DateHistogram(Dictionary<int, int> days)
    {
        if (days.Count == 0) return [];
        bool monthly = DateOf(days.Keys.Max()).DayNumber - DateOf(days.Keys.Min()).DayNumber > 62;
        return [.. days.GroupBy(kv => monthly ? kv.Key / 100 : kv.Key)
            .OrderBy(g => g.Key)
            .Select(g => new FacetCount(monthly ? $"{g.Key / 100:0000}-{g.Key % 100:00}" : DateOf(g.Key).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Sum(kv => kv.Value)))];
    }

    internal static DateOnly DateOf(int day)
    {
        int y = Math.Clamp(day / 10000, 1, 9999), m = Math.Clamp(day / 100 % 100, 1, 12);
        return new DateOnly(y, m, Math.Clamp(day % 100, 1, DateTime.DaysInMonth(y, m)));
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _dir.Dispose();
    }
}

/// <summary>A query the syntax does not allow; the message says where.</summary>
public class QuerySyntaxException(string message) : Exception(message);

/// <summary>A query that ran past its time budget: the message says how to narrow it.</summary>
public sealed class QueryTooCostlyException(string message) : QuerySyntaxException(message);
