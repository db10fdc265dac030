using Marsad.Corpus.Store;

namespace Marsad.Corpus.Search;

/// <summary>
/// What a reader of a corpus (the web app) searches and reads through, whichever store holds it: the embedded one
/// (<see cref="CorpusSearcher"/> over a data folder) or PostgreSQL (<see cref="Postgres.PostgresSearch"/>).
/// </summary>
public interface ICorpusSearch
{
    /// <summary>One page of hits with the facets of every match (<see cref="CorpusSearcher.Search(string, SearchFilters, int, SearchSort, SearchCursor?, int, bool, TimeSpan?, bool)"/>).</summary>
    SearchResults Search(string query, SearchFilters filters, int limit, SearchSort sort = SearchSort.Relevance,
        SearchCursor? after = null, int offset = 0, bool snippets = true, TimeSpan? budget = null, bool advanced = false);

    /// <summary>What a query costs before it runs: the postings its terms hold (<see cref="CorpusSearcher.Cost"/>).</summary>
    long Cost(string query, bool advanced = false);

    /// <summary>The articles searched.</summary>
    int DocumentCount { get; }

    /// <summary>Counts over every match, unabridged (<see cref="CorpusSearcher.Facets"/>: the home page compares periods with them).</summary>
    SearchFacets Facets(string query, SearchFilters filters);

    /// <summary>The ids of every hit in order, copies not folded, at most <paramref name="max"/> (<see cref="CorpusSearcher.Ids"/>: an export of a result set).</summary>
    IReadOnlyList<string> Ids(string query, SearchFilters filters, SearchSort sort, int max, bool advanced = false);
}

/// <summary>Stored articles by id, from either store.</summary>
public interface IArticleReader
{
    StoredArticle? Get(string id);
}
