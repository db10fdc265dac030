using System.Globalization;
using Marsad.Corpus.Export;
using Marsad.Corpus.Search;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace Marsad.Web.Pages;

/// <summary>
/// The export of a search's result set (the same parameters as the search) as CSV or JSON Lines, in the order of
/// the hits, streamed with the writers of `marsad export`: the articles, or their entities, quotes or events.
/// At most <see cref="MaxArticles"/> articles; the response says how many matched and how many it holds.
/// </summary>
public static class SearchExport
{
    /// <summary>Articles one export may hold (a store read and an analysis parse each; about 40 MB of CSV with texts).</summary>
    public const int MaxArticles = 10_000;

    /// <summary>Exports that run at once; more get 429 (each holds a thread while it writes).</summary>
    private static readonly SemaphoreSlim s_running = new(2, 2);

    public static IEndpointRouteBuilder MapSearchExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search/export", async (HttpContext context, CorpusAccess corpus, string? format, string? table, int? max) =>
        {
            var request = SearchRequest.Read(context.Request.Query, out string? error);
            if (error is not null) return Problems.BadRequest("Bad parameter", error);
            if (request.IsEmpty) return Problems.BadRequest("No query", "Give a query in ?q= or a filter, as for /api/search.");
            format ??= "csv";
            if (format is not ("csv" or "jsonl")) return Problems.BadRequest("Bad format", $"'format' is csv or jsonl, not '{format}'.");
            table ??= "articles";
            if (table is not ("articles" or "entities" or "quotes" or "events"))
                return Problems.BadRequest("Bad table", $"'table' is articles, entities, quotes or events, not '{table}'.");
            int limit = Math.Clamp(max ?? MaxArticles, 1, MaxArticles);

            IReadOnlyList<string>? ids;
            int total;
            try
            {
                (ids, total) = corpus.WithSearch(s => (s.Ids(request.Query, request.Filters, request.Sort, limit, request.Advanced), s.Search(request.Query, request.Filters, 1, request.Sort, snippets: false, advanced: request.Advanced).Total));
            }
            catch (QuerySyntaxException e) { return Problems.BadRequest("Bad query", e.Message); }
            if (ids is null || corpus.Store is not { } store) return Problems.NoCorpus();
            if (!await s_running.WaitAsync(0))
            {
                context.Response.Headers.RetryAfter = "5";
                return Results.Problem(title: "Busy", detail: "Two exports are running; try again in a few seconds.", statusCode: 429);
            }

            var h = context.Response.Headers;
            h["X-Marsad-Total"] = total.ToString(CultureInfo.InvariantCulture);
            h["X-Marsad-Exported-Articles"] = ids.Count.ToString(CultureInfo.InvariantCulture);
            h["X-Marsad-Export-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            h.ContentDisposition = $"attachment; filename=\"marsad-{table}.{format}\"";
            return Results.Stream(stream => Task.Run(() =>
            {
                try
                {
                    // the writers of `marsad export` write synchronously; this response may
                    if (context.Features.Get<IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
                    var articles = ids.Select(store.Get).OfType<Marsad.Corpus.Store.StoredArticle>().ToList();
                    // A result set's events are its reports, each with the event (counted once in its story) it reports.
                    string what = table == "events" ? "event_reports" : table;
                    var eventOf = what == "event_reports" ? EventIds(store, articles) : null;
                    var rows = ExportTables.ArticleRows(articles, what, eventOf is null ? null : (id, i) => eventOf.GetValueOrDefault((id, i)));
                    using var buffered = new BufferedStream(stream, 1 << 16);
                    if (format == "csv") TableWriters.WriteCsv(ExportTables.Columns(what), rows, buffered, byteOrderMark: true);
                    else TableWriters.WriteJsonLines(ExportTables.Columns(what), rows, buffered);
                }
                finally { s_running.Release(); }
            }), format == "csv" ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8");
        }).WithName("ExportSearch").WithSummary("Export a search's result set as CSV or JSON Lines").WithDescription(
            $"The search's parameters (q, filters, sort), then format=csv|jsonl, table=articles|entities|quotes|events, max ≤ {MaxArticles:N0} articles. "
            + "Headers: X-Marsad-Total (matches), X-Marsad-Exported-Articles (articles in the file), X-Marsad-Export-Limit.");
        return app;
    }

    /// <summary>The merged event of every report of the stories the articles belong to (at most <see cref="MaxStories"/> stories).</summary>
    private static Dictionary<(string, int), string> EventIds(Marsad.Corpus.Store.IStoreReader store, IReadOnlyList<Marsad.Corpus.Store.StoredArticle> articles)
    {
        var relations = new Marsad.Corpus.Relations.CorpusRelations(store);
        var result = new Dictionary<(string, int), string>();
        foreach (int story in articles.Select(a => relations.StoryOf(a.Seq)).OfType<int>().Distinct().Take(MaxStories))
            foreach (var ev in relations.StoryEvents(story))
                foreach (var r in ev.Reports) result[(r.Article, r.Index)] = ev.Id;
        return result;
    }

    /// <summary>Stories whose events a result-set export merges: each costs its articles' analyses.</summary>
    private const int MaxStories = 200;
}
