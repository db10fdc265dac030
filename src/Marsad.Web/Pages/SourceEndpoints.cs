using Marsad.Corpus.Relations;
using Marsad.Web.Hosting;
using Marsad.Web.Rendering;
using System.Globalization;

namespace Marsad.Web.Pages;

/// <summary>
/// An outlet's part in republishing: how many of its articles others carry, and how many it carries of others'.
/// An article can be both credited and detected as a copy, so each pair of outlets counts the larger of the two.
/// </summary>
public sealed record OutletTotals(string Outlet, int RepublishedBy, int Republishes);

/// <summary>Who republishes whom, from <see cref="CorpusRelations.SourceGraph"/>, with per-outlet totals.</summary>
public sealed record SourcesOverview(IReadOnlyList<SourceEdge> Edges, IReadOnlyList<OutletTotals> Outlets)
{
    public static SourcesOverview From(IReadOnlyList<SourceEdge> edges)
    {
        var outlets = edges.SelectMany(e => new[] { e.Origin, e.Republisher }).Distinct(StringComparer.Ordinal)
            .Select(o => new OutletTotals(o,
                edges.Where(e => e.Origin == o).Sum(Articles),
                edges.Where(e => e.Republisher == o).Sum(Articles)))
            .OrderByDescending(t => t.RepublishedBy + t.Republishes).ThenBy(t => t.Outlet, StringComparer.Ordinal).ToList();
        return new SourcesOverview(edges, outlets);
    }

    /// <summary>Articles republished along an edge, at least: credited and copied articles overlap.</summary>
    public static int Articles(SourceEdge e) => Math.Max(e.Credited, e.Copied);
}

/// <summary>The sources page (a table and a graph drawn on the server) and the same as JSON.</summary>
public static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSources(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sources", async (HttpContext context, CorpusAccess corpus, RelationsCache cache) =>
        {
            var overview = await Overview(context, corpus, cache) ?? SourcesOverview.From([]);
            return context.Page(context.Ui().WhoRepublishesWhom, (html, ui) => Render(html, ui, overview));
        }).ExcludeFromDescription();

        app.MapGet("/api/sources", async (HttpContext context, CorpusAccess corpus, RelationsCache cache) =>
            await Overview(context, corpus, cache) is { } overview ? Results.Ok(overview) : Problems.NoCorpus())
            .WithName("GetSources").WithSummary("Who republishes whom: per (origin, republisher) the credited articles and the detected copies, and per-outlet totals")
            .Produces<SourcesOverview>();
        return app;
    }

    private static async Task<SourcesOverview?> Overview(HttpContext context, CorpusAccess corpus, RelationsCache cache) =>
        (SourcesOverview?)await context.CachedAsync(cache, "sources", () =>
            corpus.Store is { } store ? SourcesOverview.From(new CorpusRelations(store).SourceGraph()) : null);

    private static void Render(Html html, UiText ui, SourcesOverview overview)
    {
        html.Element("h1", ui.WhoRepublishesWhom).Element("p", ui.SourcesIntro, ("class", "intro"));
        if (overview.Edges.Count == 0) { html.Element("p", ui.NoEdges); return; }
        Charts.Flows(html, [.. overview.Edges.Select(e => (OutletNames.Display(e.Origin, ui), OutletNames.Display(e.Republisher, ui), SourcesOverview.Articles(e)))], ui.WhoRepublishesWhom);

        html.Element("h2", ui.WhoRepublishesWhom);
        html.Open("table", ("class", "source-edges")).Raw("<thead><tr>");
        html.Element("th", ui.Origin).Element("th", ui.Republisher).Element("th", ui.Credited).Element("th", ui.Copied).Raw("</tr></thead><tbody>");
        foreach (var e in overview.Edges)
        {
            html.Open("tr").Element("td", OutletNames.Display(e.Origin, ui), ("class", "origin")).Element("td", OutletNames.Display(e.Republisher, ui), ("class", "republisher"));
            html.Element("td", e.Credited.ToString(CultureInfo.InvariantCulture)).Element("td", e.Copied.ToString(CultureInfo.InvariantCulture)).Close("tr");
        }
        html.Raw("</tbody></table>");

        html.Element("h2", ui.Sources);
        html.Open("table", ("class", "source-outlets")).Raw("<thead><tr>");
        html.Element("th", ui.Outlet).Element("th", ui.RepublishedBy).Element("th", ui.Republishes).Raw("</tr></thead><tbody>");
        foreach (var o in overview.Outlets)
            html.Open("tr").Element("td", OutletNames.Display(o.Outlet, ui)).Element("td", o.RepublishedBy.ToString(CultureInfo.InvariantCulture)).Element("td", o.Republishes.ToString(CultureInfo.InvariantCulture)).Close("tr");
        html.Raw("</tbody></table>");
    }
}
