using System.Globalization;
using System.Text;
using Marsad.Corpus.Search;
using Microsoft.Extensions.Primitives;

namespace Marsad.Web.Pages;

/// <summary>
/// A search as the page and the API take it from the URL: the query, the filters (repeated parameters are
/// alternatives: <c>source=spa&amp;source=okaz</c>), the order and where the page starts (<c>after=</c> a cursor,
/// or <c>start=</c> an offset). Builds the URLs of the same search with a filter added or removed, or another page.
/// </summary>
public sealed record SearchRequest(string Query, SearchFilters Filters, SearchSort Sort, SearchCursor? After, int Offset)
{
    /// <summary>The query is read in the advanced mode (<c>advanced=1</c>): the whole Lucene syntax and every field.</summary>
    public bool Advanced { get; init; }

    /// <summary>The URL parameter of each filter field.</summary>
    public static readonly IReadOnlyList<(FilterField Field, string Name)> Parameters =
    [
        (FilterField.Source, "source"), (FilterField.Country, "country"), (FilterField.Entity, "entity"),
        (FilterField.Speaker, "speaker"), (FilterField.Type, "type"),
    ];

    public bool IsEmpty => string.IsNullOrWhiteSpace(Query) && Filters.IsEmpty;

    /// <summary>Reads the request's parameters; <paramref name="error"/> names the first one that is malformed.</summary>
    public static SearchRequest Read(IQueryCollection query, out string? error)
    {
        error = null;
        DateOnly? Date(string name, ref string? err)
        {
            string? v = query[name];
            if (string.IsNullOrWhiteSpace(v)) return null;
            if (DateOnly.TryParseExact(v.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            err ??= $"'{name}' must be YYYY-MM-DD, not '{v}'";
            return null;
        }
        IReadOnlyList<string> Values(string name) => [.. query[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)];

        var filters = new SearchFilters
        {
            From = Date("from", ref error), To = Date("to", ref error),
            Sources = Values("source"), Countries = Values("country"), Entities = Values("entity"), Speakers = Values("speaker"), Types = Values("type"),
        };
        var sort = query["sort"] == "date" ? SearchSort.Date : SearchSort.Relevance;
        SearchCursor? after = null;
        if (!StringValues.IsNullOrEmpty(query["after"]) && !SearchCursor.TryParse(query["after"], out after))
            error ??= "'after' is not a cursor this server gave (take 'next' from a search result)";
        int offset = 0;
        if (!StringValues.IsNullOrEmpty(query["start"]) && !(int.TryParse(query["start"], NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset <= CorpusSearcher.MaxOffset))
            error ??= $"'start' must be a whole number up to {CorpusSearcher.MaxOffset:N0} (page on with 'after')";
        return new SearchRequest(query["q"].ToString().Trim(), filters, sort, after, offset) { Advanced = query["advanced"] is [ "1" or "on" or "true" ] };
    }

    /// <summary>
    /// A key for the results cache: everything that changes the answer, the query with its spaces collapsed (a
    /// pasted query and a typed one, or a query varied only in spacing, share one entry).
    /// </summary>
    public string CacheKey(int limit) =>
        $"{Sort} {limit} {After} {Offset} {(Advanced ? "adv" : "")} {Filters.Key}\u001d{string.Join(' ', Query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}";

    /// <summary>This search from its first page, with <paramref name="field"/> also allowing <paramref name="value"/>.</summary>
    public string With(FilterField field, string value) => Url(this with { After = null, Offset = 0, Filters = Change(Filters, field, v => [.. v.Where(x => x != value), value]) });

    /// <summary>This search from its first page without the value <paramref name="value"/> of <paramref name="field"/>.</summary>
    public string Without(FilterField field, string value) => Url(this with { After = null, Offset = 0, Filters = Change(Filters, field, v => [.. v.Where(x => x != value)]) });

    /// <summary>This search from its first page without the date range.</summary>
    public string WithoutDates() => Url(this with { After = null, Offset = 0, Filters = Filters with { From = null, To = null } });

    /// <summary>
    /// This search narrowed to the day (yyyy-MM-dd) or month (yyyy-MM) of a histogram bar, from its first page;
    /// null for a value that is neither.
    /// </summary>
    public string? OnDays(string value)
    {
        bool month = value.Length == 7;
        if (!DateOnly.TryParseExact(month ? value + "-01" : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)) return null;
        var to = month ? from.AddMonths(1).AddDays(-1) : from;
        return Url(this with { After = null, Offset = 0, Filters = Filters with { From = from, To = to } });
    }

    public string Page(string? after, int? offset) => Url(this with { After = SearchCursor.TryParse(after, out var c) ? c : null, Offset = offset ?? 0 });

    /// <summary>This search from its first page with the query <paramref name="query"/>, its filters kept or dropped, in the plain mode.</summary>
    public string WithQuery(string query, bool keepFilters) =>
        Url(this with { Query = query, After = null, Offset = 0, Advanced = false, Filters = keepFilters ? Filters : SearchFilters.None });

    public bool Has(FilterField field, string value) => Filters.Fields().First(f => f.Field == field).Values.Contains(value, StringComparer.Ordinal);

    public static string Url(SearchRequest r, string path = "/search") => path + "?" + QueryString(r);

    /// <summary>The request's parameters as a query string (without paging when it starts on the first page).</summary>
    public static string QueryString(SearchRequest r, bool paging = true)
    {
        var sb = new StringBuilder();
        void Add(string name, string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            if (sb.Length > 0) sb.Append('&');
            sb.Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
        Add("q", r.Query);
        Add("from", r.Filters.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", r.Filters.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var (field, name) in Parameters)
            foreach (var v in r.Filters.Fields().First(f => f.Field == field).Values) Add(name, v);
        if (r.Sort == SearchSort.Date) Add("sort", "date");
        if (r.Advanced) Add("advanced", "1");
        if (paging)
        {
            Add("after", r.After?.ToString());
            if (r.After is null && r.Offset > 0) Add("start", r.Offset.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static SearchFilters Change(SearchFilters f, FilterField field, Func<IReadOnlyList<string>, IReadOnlyList<string>> change) => field switch
    {
        FilterField.Source => f with { Sources = change(f.Sources) },
        FilterField.Country => f with { Countries = change(f.Countries) },
        FilterField.Entity => f with { Entities = change(f.Entities) },
        FilterField.Speaker => f with { Speakers = change(f.Speakers) },
        FilterField.Type => f with { Types = change(f.Types) },
        _ => f,
    };
}
