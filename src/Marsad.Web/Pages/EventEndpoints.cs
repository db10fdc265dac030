using Marsad.Corpus.Search;
using Marsad.Corpus.Store;
using Marsad.Web.Hosting;
using System.Globalization;

namespace Marsad.Web.Pages;

/// <summary>Events as data: one article's, and those over the store by PLOVER type, actor, query and dates.</summary>
public static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{id}/events", (CorpusAccess corpus, string id) =>
            corpus.Store?.Get(id) is { } a
                ? Results.Ok(new { article = a.Id, title = a.Title, published = a.Published, events = ArticleFacts.FromAnalysisJson(a.AnalysisJson).Events.Select(e => FoundEvent.From(a, e)) })
                : Problems.NotFound($"No article '{id}'."))
            .WithName("GetArticleEvents").WithSummary("The events of one stored article (PLOVER type, mode, actors, recipients, place, date, trigger, evidence)");

        app.MapGet("/api/events", async (HttpContext context, CorpusAccess corpus, RelationsCache cache, WebOptions options,
            string? type, string? actor, string? q, string? from, string? to, int? limit) =>
        {
            type = string.IsNullOrWhiteSpace(type) ? null : type.Trim().ToUpperInvariant();
            actor = string.IsNullOrWhiteSpace(actor) ? null : actor.Trim();
            q = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
            if (type is null && actor is null && q is null)
                return Problems.BadRequest("No filter", "Give at least one of ?type= (a PLOVER category), ?actor= (a name in any spelling, or an entity key) or ?q= (a search query).");
            if (type is not null && !EventSearch.PloverTypes.Contains(type))
                return Problems.BadRequest("Bad type", $"'{type}' is not a PLOVER category: {string.Join(", ", EventSearch.PloverTypes)}.");
            if (!Problems.TryDate(from, "from", out var f, out var bad) || !Problems.TryDate(to, "to", out var t, out bad)) return bad!;
            int n = Math.Clamp(limit ?? 20, 1, options.MaxPageSize);
            if (corpus.Store is not { } store) return Problems.NoCorpus();
            try
            {
                string key = $"events|{type}|{actor}|{q}|{f:yyyy-MM-dd}|{t:yyyy-MM-dd}|{n}";
                var found = await context.CachedAsync(cache, key, () => corpus.WithSearch(s =>
                    EventSearch.Find(s, store, type, actor, q, f?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), n)));
                return found is null ? Problems.NoCorpus() : Results.Ok(found);
            }
            catch (QuerySyntaxException e)
            {
                return Problems.BadRequest("Bad query", e.Message);
            }
        }).WithName("FindEvents").WithSummary("Events over the store by PLOVER type, actor, query and dates").WithDescription(
            $"Reads the events of the newest matching articles (at most {EventSearch.MaxArticles}). type: a PLOVER category; actor: a name in any spelling " +
            "(لافروف, Lavrov) or an entity key (Q193), kept only where it is an actor of the event; q: a search query; from/to: YYYY-MM-DD; limit ≤ 100.")
          .Produces<EventResults>();
        return app;
    }
}
