using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Marsad.Corpus.Store;
using System.Globalization;

namespace Marsad.Corpus.Search;

/// <summary>Searches a corpus folder: parses the query, ranks, counts facets and cuts highlighted snippets.</summary>
public sealed class CorpusSearcher : IDisposable
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
    public Query Parse(string query)
    {
        if (query.Length > MaxQueryLength)
            throw new QuerySyntaxException($"the query has {query.Length:N0} characters; at most {MaxQueryLength:N0} are searched");
        var parser = new MarsadQueryParser(_store.EntitiesForAlias, _spellings.Value, oneWord: WordCount(query) == 1);
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

    /// <summary>Candidates read per hit shown: enough to fill a page once the copies among them are folded.</summary>
    private const int FoldedCandidates = 2;

    public SearchResults Search(string query, int limit = 10, SearchSort sort = SearchSort.Relevance, bool snippets = true)
    {
        var q = Parse(query);
        var facets = new FacetCollector();
        _searcher.Search(q, facets);
        facets.Flush();

        // Copies are folded under their original, so a page needs more candidates than it shows.
        int candidates = Math.Max(1, limit * FoldedCandidates);
        TopDocs top = sort == SearchSort.Date
            ? _searcher.Search(q, null, candidates, new Sort(new SortField(IndexFields.DateValue, SortFieldType.INT64, true), SortField.FIELD_SCORE), true, false)
            : _searcher.Search(q, candidates);
        var highlighter = snippets ? new Highlighter(new SimpleHTMLFormatter("[", "]"), new QueryScorer(q, IndexFields.Text)) { TextFragmenter = new SimpleFragmenter(180) } : null;
        var found = new List<(SearchHit, StoredArticle)>();
        foreach (var sd in top.ScoreDocs)
        {
            string id = _searcher.Doc(sd.Doc).Get(IndexFields.Id, CultureInfo.InvariantCulture);
            var a = _store.Get(id);
            if (a is null) continue; // the index never runs ahead of the store; guard anyway
            found.Add((new SearchHit(id, float.IsNaN(sd.Score) ? 0 : sd.Score, a.Title, a.Published, a.Source, a.Url, ""), a));
        }
        var hits = CopyFolding.Fold(found, _store.CopyLinksOf, limit);
        if (highlighter is not null)
            for (int i = 0; i < hits.Count; i++)
                hits[i] = hits[i] with { Snippet = Snippet(highlighter, found.First(f => f.Item1.Id == hits[i].Id).Item2.Text) };
        return new SearchResults(facets.Total, hits,
            Top(facets.Sources, 10), Top(facets.Entities, 15), Top(facets.Types, 16),
            DateHistogram(facets.Days));
    }

    private static string Snippet(Highlighter highlighter, string text)
    {
        // A record kept for its headline alone has no body to quote (and Lucene's highlighter fails on one).
        if (string.IsNullOrWhiteSpace(text)) return "";
        try
        {
            var fragments = highlighter.GetBestFragments(SearchIndex.Analyzer, IndexFields.Text, text, 2);
            if (fragments.Length > 0) return string.Join(" … ", fragments.Select(f => f.Replace('\n', ' ').Trim()));
        }
        catch (InvalidTokenOffsetsException) { }
        // Matched on metadata or entities only: the opening of the article.
        var opening = text.Replace('\n', ' ');
        return opening.Length <= 180 ? opening : opening[..180] + "…";
    }

    private static IReadOnlyList<FacetCount> Top(Dictionary<string, int> counts, int n) =>
        [.. counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => new FacetCount(kv.Key, kv.Value))];

    /// <summary>Counts per day; per month when the matches span more than 62 days.</summary>
    private static IReadOnlyList<FacetCount> DateHistogram(Dictionary<int, int> days)
    {
        if (days.Count == 0) return [];
        bool monthly = DateOf(days.Keys.Max()).DayNumber - DateOf(days.Keys.Min()).DayNumber > 62;
        return [.. days.GroupBy(kv => monthly ? kv.Key / 100 : kv.Key)
            .OrderBy(g => g.Key)
            .Select(g => new FacetCount(monthly ? $"{g.Key / 100:0000}-{g.Key % 100:00}" : DateOf(g.Key).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Sum(kv => kv.Value)))];
    }

    private static DateOnly DateOf(int day)
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
public sealed class QuerySyntaxException(string message) : Exception(message);
