namespace Marsad.Corpus.Search;

public enum SearchSort { Relevance, Date }

/// <summary>One article found: its id, metadata, score and a snippet with the matches marked [like this].</summary>
public sealed record SearchHit(string Id, float Score, string? Title, string? Published, string? Source, string? Url, string Snippet);

public sealed record FacetCount(string Value, int Count);

/// <summary>Hits (best first, or newest first) and the facets of all matching articles.</summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetCount> Sources,
    IReadOnlyList<FacetCount> Entities,
    IReadOnlyList<FacetCount> EventTypes,
    IReadOnlyList<FacetCount> Dates)
{
    /// <summary>The position of the first hit among all matches (0 for the first page).</summary>
    public int Start { get; init; }

    /// <summary>Articles per country of their outlet.</summary>
    public IReadOnlyList<FacetCount> Countries { get; init; } = [];

    /// <summary>The cursor of the next page (<see cref="SearchCursor"/>), null on the last page.</summary>
    public string? Next { get; init; }
}

/// <summary>Counts over every match of a search, unabridged: per source, entity, event type and day.</summary>
public sealed record SearchFacets(
    int Total,
    IReadOnlyDictionary<string, int> Sources,
    IReadOnlyDictionary<string, int> Entities,
    IReadOnlyDictionary<string, int> Types,
    IReadOnlyDictionary<DateOnly, int> Days);
