using Marsad.Corpus.Search;
using Marsad.Web.Hosting;
using Marsad.Web.Rendering;

namespace Marsad.Web.Pages;

/// <summary>Search: a page with facets, highlighted snippets and a date histogram, and the same as JSON.</summary>
public static class SearchEndpoints
{
    /// <summary>Hits on the search page: each costs a store read and a highlighted snippet.</summary>
    private const int PageSize = 20;

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search", async (HttpContext context, CorpusAccess corpus, SearchCache cache, SearchLanes lanes, string? q, string? sort) =>
        {
            var (results, error) = await Run(context, corpus, cache, lanes, q, sort, PageSize);
            return context.Page(q ?? "", (html, ui) => Render(html, ui, q ?? "", sort, results, error));
        }).ExcludeFromDescription();

        app.MapGet("/api/search", async (HttpContext context, CorpusAccess corpus, SearchCache cache, SearchLanes lanes, WebOptions options, string? q, string? sort, int? limit) =>
        {
            if (string.IsNullOrWhiteSpace(q)) return Results.Problem(title: "No query", detail: "Give a query in ?q=", statusCode: 400);
            int n = Math.Clamp(limit ?? 10, 1, options.MaxPageSize);
            var (results, error) = await Run(context, corpus, cache, lanes, q, sort, n);
            if (ReferenceEquals(error, Busy)) return Results.Problem(title: "Busy", detail: error, statusCode: StatusCodes.Status429TooManyRequests);
            if (error is not null) return Results.Problem(title: "Bad query", detail: error, statusCode: 400);
            return results is null ? Results.Problem(title: "No corpus", detail: "The data folder holds no corpus yet (run 'marsad ingest').", statusCode: 404) : Results.Ok(results);
        }).WithName("Search").WithSummary("Search the corpus").WithDescription(
            "Query syntax: words, \"phrases\", AND/OR/NOT, source:, entity:\"Sergey Lavrov\", speaker:, type:ACCUSE, date:[2015-07-21 TO 2015-07-25]. sort=relevance|date, limit ≤ 100. Facets: sources, entities, event types, days.");
        return app;
    }

    /// <summary>
    /// Runs a search, or takes it from the cache: facets over every match are the costly part, and popular queries
    /// repeat. A costly query that is not cached waits for the costly lane (<see cref="SearchLanes"/>); when that is
    /// full the search is refused as busy.
    /// </summary>
    private static async Task<(SearchResults? Results, string? Error)> Run(HttpContext context, CorpusAccess corpus, SearchCache cache, SearchLanes lanes, string? q, string? sort, int limit)
    {
        if (string.IsNullOrWhiteSpace(q)) return (null, null);
        try
        {
            var order = sort == "date" ? SearchSort.Date : SearchSort.Relevance;
            string key = $"{order} {limit} {q}";
            Task<SearchResults?> Search() => context.CachedAsync(cache, key, () => corpus.WithSearcher(s => s.Search(q, limit, order, budget: SearchLanes.Budget)));
            if (cache.Contains(key) || !corpus.WithSearcher(s => SearchLanes.IsCostly(s, q))) return (await Search(), null);
            if (await lanes.RunCostlyAsync(async () => new Box(await Search())) is { } done) return (done.Results, null);
            context.Response.Headers.RetryAfter = SearchLanes.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (null, Busy);
        }
        catch (QuerySyntaxException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>The message of a costly search refused because others are running.</summary>
    private const string Busy = "the server is busy with other costly searches; retry in a few seconds, or narrow the query";

    private sealed record Box(SearchResults? Results);

    private static void Render(Html html, UiText ui, string q, string? sort, SearchResults? results, string? error)
    {
        html.Open("form", ("method", "get"), ("action", "/search"), ("class", "search"));
        html.Open("input", ("type", "search"), ("name", "q"), ("value", q), ("placeholder", ui.SearchPlaceholder), ("dir", "auto"), ("id", "q"));
        html.Open("select", ("name", "sort"));
        html.Element("option", "relevance", ("value", "relevance"), ("selected", sort == "date" ? null : "selected"));
        html.Element("option", "date", ("value", "date"), ("selected", sort == "date" ? "selected" : null));
        html.Close("select");
        html.Element("button", ui.Search, ("type", "submit"));
        html.Close("form");
        if (error is not null) { html.Element("p", error, ("class", "error")); return; }
        if (results is null) return;
        html.Element("p", $"{results.Total} {ui.Results}", ("class", "total"));
        if (results.Dates.Count > 0)
            Charts.Bars(html, [.. results.Dates.OrderBy(d => d.Value, StringComparer.Ordinal).Select(d => (d.Value, d.Count))], ui.Histogram);
        html.Open("div", ("class", "facets"));
        Facet(html, ui.Sources, q, "source", results.Sources);
        Facet(html, ui.Entities, q, "entity", results.Entities);
        Facet(html, ui.Events, q, "type", results.EventTypes);
        html.Close("div");
        if (results.Hits.Count == 0) { html.Element("p", ui.NoResults); return; }
        html.Open("ol", ("class", "results"));
        foreach (var hit in results.Hits)
        {
            html.Open("li", ("class", "hit"));
            html.Link($"/article/{Uri.EscapeDataString(hit.Id)}", string.IsNullOrWhiteSpace(hit.Title) ? hit.Id : hit.Title, "title");
            html.Element("div", $"{hit.Source} · {hit.Published}", ("class", "ar"));
            html.Open("p", ("class", "snippet"), ("dir", "auto"));
            Snippet(html, hit);
            html.Close("p").Close("li");
        }
        html.Close("ol");
    }

    private static void Facet(Html html, string title, string q, string field, IReadOnlyList<FacetCount> counts)
    {
        if (counts.Count == 0) return;
        html.Open("section").Element("h3", title).Open("ul");
        foreach (var c in counts.Take(10))
        {
            html.Open("li");
            html.Link($"/search?q={Uri.EscapeDataString($"{q} {field}:\"{c.Value}\"")}", c.Value);
            html.Raw(" ").Element("span", $"({c.Count})", ("class", "ar"));
            html.Close("li");
        }
        html.Close("ul").Close("section");
    }

    /// <summary>The snippet as text, each matched word (given by offsets, never by characters of the article) in &lt;mark&gt;.</summary>
    private static void Snippet(Html html, SearchHit hit)
    {
        int at = 0;
        foreach (var m in hit.Marks)
        {
            html.Text(hit.Snippet[at..m.Start]).Element("mark", hit.Snippet.Substring(m.Start, m.Length));
            at = m.Start + m.Length;
        }
        html.Text(hit.Snippet[at..]);
    }
}
