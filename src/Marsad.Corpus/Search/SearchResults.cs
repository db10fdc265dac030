namespace Marsad.Corpus.Search;

public enum SearchSort { Relevance, Date }

/// <summary>
/// One article found: its id, metadata, score, and a snippet of its text (plain) with the matched words given as
/// <see cref="Marks"/> (UTF-16 offsets into the snippet), so that nothing an article says can pass for a match;
/// <see cref="Copies"/> holds the ids of the copies of it that the search also found, folded under it (CopyFolding).
/// </summary>
public sealed record SearchHit(string Id, float Score, string? Title, string? Published, string? Source, string? Url, string Snippet, IReadOnlyList<SnippetMark> Marks)
{
    public IReadOnlyList<string> Copies { get; init; } = [];

    /// <summary>The snippet with each match between <paramref name="open"/> and <paramref name="close"/> (for a terminal).</summary>
    public string MarkedSnippet(string open, string close)
    {
        var sb = new System.Text.StringBuilder(Snippet.Length + Marks.Count * (open.Length + close.Length));
        int at = 0;
        foreach (var m in Marks)
        {
            sb.Append(Snippet, at, m.Start - at).Append(open).Append(Snippet, m.Start, m.Length).Append(close);
            at = m.Start + m.Length;
        }
        return sb.Append(Snippet, at, Snippet.Length - at).ToString();
    }
}

/// <summary>A matched word in a snippet: start and length in UTF-16 code units.</summary>
public readonly record struct SnippetMark(int Start, int Length);

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

    /// <summary>The located places named in the matches (from the entity counts), most named first: the search's map.</summary>
    public IReadOnlyList<Relations.PlaceCount> Places { get; init; } = [];

    /// <summary>For a search that found nothing: other queries that find something (<see cref="SearchSuggestion"/>).</summary>
    public IReadOnlyList<SearchSuggestion> Suggestions { get; init; } = [];

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
