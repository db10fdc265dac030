using Marsad.Corpus.Relations;
using Marsad.Corpus.Store;
using Marsad.Web.Hosting;
using Marsad.Web.Rendering;

namespace Marsad.Web.Pages;

/// <summary>A stored article: its page (text with every fact marked, its source chain, copies and story), its analysis JSON and its copies.</summary>
public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/article/{id}", (HttpContext context, CorpusAccess corpus, RelationsIndex relations, string id) => context.CachedPageAsync(() =>
        {
            if (corpus.Articles?.Get(id) is not { } stored) return null;
            var doc = StoredDocument.From(stored);
            var copies = corpus.Store is { } store && relations.HasCopies(stored.Seq) ? new CorpusRelations(store).CopiesOf(stored.Id) : null;
            int? story = relations.StoryOf(stored.Seq);
            return context.PageHtml(stored.Title ?? id, (html, ui) =>
            {
                ArticleView.Render(html, ui, doc, e => "/entity/" + Uri.EscapeDataString(ArticleFacts.EntityKey(e.KbId, e.Name)));
                RenderRelations(html, ui, stored, doc.Source?.Origin is { } o ? o.Id ?? o.Name : null, copies, story);
            });
        }, () => Problems.NotFound($"No article '{id}'."))).ExcludeFromDescription();

        app.MapGet("/api/articles/{id}", (CorpusAccess corpus, string id) =>
        {
            var stored = corpus.Articles?.Get(id);
            return stored is null
                ? Problems.NotFound($"No article '{id}'.")
                : Results.Text(WithoutServerPath(stored.AnalysisJson), "application/json; charset=utf-8");
        }).WithName("GetArticle").WithSummary("One stored article's analysis JSON");

        app.MapGet("/api/articles/{id}/copies", async (HttpContext context, CorpusAccess corpus, RelationsCache cache, string id) =>
            await context.CachedAsync(cache, "copies|" + id, () => corpus.Store is { } store ? new CorpusRelations(store).CopiesOf(id) : null) is ArticleCopies copies
                ? Results.Ok(copies)
                : Problems.NotFound($"No article '{id}'."))
            .WithName("GetArticleCopies").WithSummary("An article's copy group: the original (and why it is taken as such) and every other copy with its overlap")
            .Produces<ArticleCopies>();
        return app;
    }

    private static void RenderRelations(Html html, UiText ui, StoredArticle article, string? creditedOrigin, ArticleCopies? copies, int? story)
    {
        html.Element("h2", ui.SourceChain, ("id", "source-chain"));
        html.Open("p", ("class", "source-chain"));
        html.Element("span", OutletNames.Display(article.Source, ui), ("class", "publisher"));
        // The origin the article credits (credit line or dateline), else the one its copy group names.
        if ((creditedOrigin ?? copies?.Origin) is { } origin && origin != article.Source)
            html.Raw(" ← ").Element("span", OutletNames.Display(origin, ui), ("class", "origin"));
        html.Raw(" · ").Link("/sources", ui.WhoRepublishesWhom);
        html.Close("p");
        if (story is { } s) html.Open("p", ("class", "story")).Text(ui.PartOfStory + ": ").Link(StoryView.Href(s), $"{ui.Story} {s}", "story-link").Close("p");

        html.Element("h2", ui.Copies, ("id", "copies"));
        if (copies is null || copies.Copies.Count == 0) { html.Element("p", ui.NoCopies); return; }
        html.Open("table", ("class", "copies")).Raw("<thead><tr>");
        html.Element("th", ui.Date).Element("th", ui.Outlet).Element("th", ui.Article).Element("th", ui.Coverage).Raw("</tr></thead><tbody>");
        foreach (var c in copies.Copies)
        {
            bool original = copies.Original?.Id == c.Article.Id;
            html.Open("tr", ("class", original ? "original" : null)).Element("td", c.Article.Published is { Length: >= 10 } p ? p[..10] : "?", ("dir", "ltr"));
            html.Element("td", OutletNames.Display(c.Article.Source, ui)).Open("td");
            html.Link(StoryView.ArticleHref(c.Article.Id), string.IsNullOrWhiteSpace(c.Article.Title) ? c.Article.Id : c.Article.Title);
            if (original) html.Raw(" ").Element("strong", $"({ui.Original})");
            html.Close("td").Element("td", $"{c.Coverage:P0}", ("dir", "ltr")).Close("tr");
        }
        html.Raw("</tbody></table>");
        if (copies.Original is null) html.Element("p", $"{ui.Original}: {OutletNames.Display(copies.Origin, ui)} ({ui.OriginalUnknown})", ("class", "ar"));
    }

    private static readonly System.Text.Json.JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The analysis JSON without `location`, the path the article was ingested from on the server.</summary>
    private static string WithoutServerPath(string analysisJson)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(analysisJson)!.AsObject();
        node.Remove("location");
        return node.ToJsonString(RelaxedJson);
    }
}
