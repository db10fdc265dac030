using Marsad.Corpus.Search;
using Marsad.Web.Hosting;

namespace Marsad.Web.Pages;

/// <summary>Search: a page with filters, facets, highlighted snippets, a date histogram and pages; the same as JSON; and its export.</summary>
public static class SearchEndpoints
{
    /// <summary>Hits on the search page: each costs a store read and a highlighted snippet.</summary>
    public const int PageSize = 20;

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search", async (HttpContext context, CorpusAccess corpus, SearchCache cache, SearchLanes lanes) =>
        {
            var request = SearchRequest.Read(context.Request.Query, out string? error);
            SearchResults? results = null;
            if (error is null && !request.IsEmpty) (results, error) = await Run(context, corpus, cache, lanes, request, PageSize);
            return context.Page(request.Query, (html, ui) => SearchPage.Render(html, ui, request, results, error));
        }).ExcludeFromDescription();

        app.MapGet("/api/search", async (HttpContext context, CorpusAccess corpus, SearchCache cache, SearchLanes lanes, WebOptions options, int? limit) =>
        {
            var request = SearchRequest.Read(context.Request.Query, out string? error);
            if (error is not null) return Problems.BadRequest("Bad parameter", error);
            if (request.IsEmpty) return Problems.BadRequest("No query", "Give a query in ?q= or a filter (source=, country=, entity=, speaker=, type=, from=, to=).");
            var (results, bad) = await Run(context, corpus, cache, lanes, request, Math.Clamp(limit ?? 10, 1, options.MaxPageSize));
            if (ReferenceEquals(bad, Busy)) return Results.Problem(title: "Busy", detail: bad, statusCode: StatusCodes.Status429TooManyRequests);
            if (bad is not null) return Problems.BadRequest("Bad query", bad);
            return results is null ? Problems.NoCorpus() : Results.Ok(results);
        }).WithName("Search").WithSummary("Search the corpus").WithDescription(
            "Query syntax: words, \"phrases\", AND/OR/NOT, source:, entity:\"Sergey Lavrov\", speaker:, type:ACCUSE, date:[2015-07-21 TO 2015-07-25]. "
            + "Filters (repeat a parameter for alternatives; different parameters must all hold): from=, to= (YYYY-MM-DD), source=, country= (ISO code of the outlet's country), entity=, speaker=, type=. "
            + "sort=relevance|date, limit ≤ 100; the next page: after= the result's 'next' (no limit on depth), or start= an offset ≤ 10,000. "
            + "advanced=1 reads q in the whole Lucene syntax: the fields title:, lead:, main:, names: and text: beside the others, suffix wildcards (word*), fuzzy words (word~), proximity (\"a b\"~3) and boosts (^2); a malformed advanced query is an error. "
            + "Facets: sources, countries, entities, event types, days; a field's counts ignore that field's own filter. "
            + "places: the located places the matches name (key, name, lat, lon, articles). "
            + "A search that finds nothing has suggestions: other queries (kind spelling, without-fields, without-filters, without-quotes or fewer-words) with the articles each finds; keepsFilters false means without this search's filters.");

        app.MapSearchExport();
        return app;
    }

    /// <summary>
    /// Runs a search, or takes it from the cache: facets over every match are the costly part, and popular queries
    /// repeat. A costly query that is not cached waits for the costly lane (<see cref="SearchLanes"/>); when that is
    /// full the search is refused as busy. Every search runs under <see cref="SearchLanes.Budget"/>.
    /// </summary>
    private static async Task<(SearchResults? Results, string? Error)> Run(HttpContext context, CorpusAccess corpus, SearchCache cache, SearchLanes lanes, SearchRequest r, int limit)
    {
        try
        {
            string key = r.CacheKey(limit);
            Task<SearchResults?> Search() => context.CachedAsync(cache, key,
                () => corpus.WithSearch(s => s.Search(r.Query, r.Filters, limit, r.Sort, r.After, r.Offset, budget: SearchLanes.Budget, advanced: r.Advanced)));
            if (cache.Contains(key) || !corpus.WithSearch(s => SearchLanes.IsCostly(s, r.Query, r.Advanced))) return (await Search(), null);
            if (await lanes.RunCostlyAsync(Search) is (true, var results)) return (results, null);
            context.Response.Headers.RetryAfter = SearchLanes.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (null, Busy);
        }
        catch (QuerySyntaxException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>The message of a costly search refused because others are running.</summary>
    internal const string Busy = "the server is busy with other costly searches; retry in a few seconds, or narrow the query";
}
