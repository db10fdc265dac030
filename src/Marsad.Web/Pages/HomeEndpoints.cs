using System.Globalization;
using Marsad.Web.Hosting;
using Marsad.Web.Rendering;

namespace Marsad.Web.Pages;

/// <summary>The home page: the search box, the latest day's stories, the most-named entities and their change, source activity and corpus size.</summary>
public static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHome(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, CorpusAccess corpus) => context.CachedPageAsync(() =>
        {
            var overview = Overview(corpus);
            return context.PageHtml(context.Ui().AppName, (html, ui) => Render(html, ui, overview));
        }, () => Problems.NoCorpus())).ExcludeFromDescription();

        app.MapGet("/api/overview", (CorpusAccess corpus) => Overview(corpus) is { } o
            ? Results.Ok(new
            {
                latestDay = o.LatestDay, latestDayArticles = o.LatestDayArticles, periodDays = HomeOverview.PeriodDays,
                o.Articles, o.Outlets, firstDay = o.FirstDay, stories = o.Stories, entities = o.Entities, sources = o.Sources,
                articlesPerDay = o.ArticlesPerDay.Select(d => new { day = d.Day, articles = d.Articles }),
            })
            : Problems.NoCorpus())
            .WithName("Overview").WithSummary("The corpus at a glance: the latest day and its stories, the most-named entities and the articles per source over the last 7 days against the 7 before, articles per day, corpus size");
        return app;
    }

    private static HomeOverview? Overview(CorpusAccess corpus) =>
        corpus.Store is { } store ? corpus.WithSearch(s => HomeOverview.Build(s, store)) : null;

    private static void Render(Html html, UiText ui, HomeOverview? o)
    {
        html.Element("h1", ui.AppName, ("class", "home-title"));
        html.Open("form", ("method", "get"), ("action", "/search"), ("class", "search"));
        html.Open("input", ("type", "search"), ("name", "q"), ("placeholder", ui.SearchPlaceholder), ("dir", "auto"), ("aria-label", ui.Search));
        html.Element("button", ui.Search, ("type", "submit"));
        html.Close("form");
        if (o is null || o.LatestDay is not { } latest) return;

        html.Open("p", ("class", "corpus-size"));
        html.Element("strong", ui.CorpusSize + ": ");
        html.Text(FormattableString.Invariant($"{o.Articles:N0} {ui.Articles} · {o.Outlets:N0} {ui.Sources} · "));
        html.Text($"{(o.FirstDay is { } f ? Labels.Date(f, ui) : "")} – {Labels.Date(latest, ui)}");
        html.Close("p");

        html.Open("div", ("class", "home-grid"));
        html.Open("section", ("class", "latest"));
        html.Element("h2", $"{ui.LatestDay}: {Labels.Date(latest, ui)}");
        html.Open("p").Link(SearchRequest.Url(new SearchRequest("", new() { From = latest, To = latest }, Corpus.Search.SearchSort.Date, null, 0)),
            FormattableString.Invariant($"{o.LatestDayArticles:N0} {ui.Articles}"), "latest-articles").Close("p");
        if (o.Stories.Count > 0)
        {
            html.Open("ul", ("class", "home-stories"));
            foreach (var s in o.Stories)
            {
                html.Open("li").Link(StoryView.Href(s.Id), string.IsNullOrWhiteSpace(s.Title) ? $"{ui.Story} {s.Id}" : s.Title, "story-link");
                html.Raw(" ").Element("span", FormattableString.Invariant($"({s.Articles:N0} {ui.Articles}{ui.Comma}{s.Sources.Count:N0} {ui.Sources})"), ("class", "ar"));
                html.Close("li");
            }
            html.Close("ul");
        }
        html.Close("section");

        Table(html, ui, ui.MostNamed, "home-entities", o.Entities, v => Labels.Entity(v, ui), v => $"/search?entity={Uri.EscapeDataString(v)}");
        Table(html, ui, ui.SourceActivity, "home-sources", o.Sources, v => OutletNames.Display(v, ui), v => $"/search?source={Uri.EscapeDataString(v)}");
        html.Close("div");

        html.Element("h2", ui.ArticlesPerDay);
        var days = Labels.DayAxis([.. o.ArticlesPerDay.Select(d => d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))], ui);
        Charts.Bars(html, [.. days.Zip(o.ArticlesPerDay, (label, d) => (label, d.Articles))], ui.ArticlesPerDay);
    }

    private static void Table(Html html, UiText ui, string title, string cssClass, IReadOnlyList<PeriodCount> rows, Func<string, string> label, Func<string, string> href)
    {
        if (rows.Count == 0) return;
        html.Open("section", ("class", cssClass));
        html.Element("h2", title).Element("p", $"{ui.Period}, {ui.ChangeAgainst}", ("class", "ar"));
        html.Open("table").Raw("<thead><tr>");
        html.Element("th", "").Element("th", ui.Articles).Element("th", ui.Change).Raw("</tr></thead><tbody>");
        foreach (var r in rows)
        {
            html.Open("tr").Open("td").Link(href(r.Value), label(r.Value)).Close("td");
            html.Element("td", r.Count.ToString("N0", CultureInfo.InvariantCulture), ("class", "num"));
            string change = r.Before == 0 ? ui.New : (r.Change > 0 ? "▲ +" : r.Change < 0 ? "▼ " : "") + r.Change.ToString("N0", CultureInfo.InvariantCulture);
            html.Element("td", change, ("class", r.Change > 0 ? "num up" : r.Change < 0 ? "num down" : "num"), ("dir", "ltr"));
            html.Close("tr");
        }
        html.Raw("</tbody></table>").Close("section");
    }
}
