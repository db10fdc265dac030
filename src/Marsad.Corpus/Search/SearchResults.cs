namespace Marsad.Corpus.Search;

public enum SearchSort { Relevance, Date }

/// <summary>
/// One article found: its id, metadata, score and a snippet with the matches marked [like this]; <see cref="Copies"/>
/// holds the ids of the copies of it that the search also found, folded under it (CopyFolding).
/// </summary>
public sealed record SearchHit(string Id, float Score, string? Title, string? Published, string? Source, string? Url, string Snippet)
{
    public IReadOnlyList<string> Copies { get; init; } = [];
}

public sealed record FacetCount(string Value, int Count);

/// <summary>Hits (best first, or newest first) and the facets of all matching articles.</summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetCount> Sources,
    IReadOnlyList<FacetCount> Entities,
    IReadOnlyList<FacetCount> EventTypes,
    IReadOnlyList<FacetCount> Dates);
