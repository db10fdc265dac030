using Marsad.Web.Hosting;
using Marsad.Web.Rendering;

namespace Marsad.Web.Pages;

/// <summary>An entity across the corpus: page and API.</summary>
public static class EntityEndpoints
{
    public static IEndpointRouteBuilder MapEntities(this IEndpointRouteBuilder app)
    {
        app.MapGet("/entity/{key}", async (HttpContext context, CorpusAccess corpus, EntityCache cache, string key) =>
            await Profile(context, corpus, cache, key) is { } profile
                ? context.Page(profile.Name, (html, ui) => Render(html, ui, profile))
                : Results.Problem(title: "Not found", detail: $"No entity '{key}' in the corpus.", statusCode: 404)).ExcludeFromDescription();

        app.MapGet("/api/entities/{key}", async (HttpContext context, CorpusAccess corpus, EntityCache cache, string key) =>
        {
            var p = await Profile(context, corpus, cache, key);
            return p is null
                ? Results.Problem(title: "Not found", detail: $"No entity '{key}' in the corpus.", statusCode: 404)
                : Results.Ok(new
                {
                    p.Key, p.Name, p.NameAr, p.Type, p.Variants, p.Articles,
                    timeline = p.Timeline.Select(t => new { day = t.Day, articles = t.Articles }),
                    quotes = p.Quotes.Select(q => new { article = q.ArticleId, title = q.Title, text = q.Text }),
                    network = p.Companions.Select(c => new { key = c.Key, name = c.Name, articles = c.Articles }),
                    places = p.Places,
                });
        }).WithName("GetEntity").WithSummary("An entity's names, timeline of mentions, quotes, co-occurring entities and the located places named in its articles");
        return app;
    }

    private static Task<EntityProfile?> Profile(HttpContext context, CorpusAccess corpus, EntityCache cache, string key) =>
        context.CachedAsync(cache, key, () => corpus.Store is { } store ? EntityProfile.Build(key, store) : null);

    private static void Render(Html html, UiText ui, EntityProfile p)
    {
        string name = ui.Lang == "ar" && !string.IsNullOrWhiteSpace(p.NameAr) ? p.NameAr : p.Name, other = name == p.Name ? p.NameAr : p.Name;
        html.Element("h1", name, ("class", "entity-name"));
        html.Element("p", $"{(other == name ? "" : other + " · ")}{Labels.EntityType(p.Type, ui)} · {p.Articles} {ui.Articles}", ("class", "ar"), ("dir", "auto"));
        html.Open("p").Link($"/search?entity={Uri.EscapeDataString(p.Name)}&sort=date", $"{ui.Search}: {name}", "entity-search");
        html.Raw(" · ").Link($"/search?speaker={Uri.EscapeDataString(p.Name)}&sort=date", ui.QuotesSearch, "speaker-search").Close("p");
        html.Element("h2", ui.Variants).Element("p", string.Join("، ", p.Variants), ("class", "variants"));
        html.Element("h2", ui.Timeline);
        Charts.Bars(html, [.. Labels.DayAxis([.. p.Timeline.Select(t => t.Day)], ui).Zip(p.Timeline, (label, t) => (label, t.Articles))], ui.Timeline);
        html.Element("h2", $"{ui.QuotesBy} {name}");
        html.Open("ul", ("class", "quotes entity-quotes"));
        foreach (var (articleId, title, text) in p.Quotes)
        {
            html.Open("li", ("class", "quote-item")).Element("q", text, ("dir", "rtl")).Raw(" — ");
            html.Link($"/article/{Uri.EscapeDataString(articleId)}", title ?? articleId);
            html.Close("li");
        }
        html.Close("ul");
        if (p.Places.Count > 0)
        {
            html.Element("h2", ui.PlacesNamed, ("id", "places"));
            PlaceMap.Render(html, ui, p.Places, place => "/entity/" + Uri.EscapeDataString(place.Key));
        }
        html.Element("h2", ui.AppearsWith);
        Charts.Network(html, name, [.. p.Companions.Select(c => (Labels.Entity(c.Name, ui), "/entity/" + Uri.EscapeDataString(c.Key), c.Articles))], ui.AppearsWith);
    }
}
