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
}

/// <summary>Stored articles by id, from either store.</summary>
public interface IArticleReader
{
    StoredArticle? Get(string id);
}
