using Marsad.Corpus.Store;
using Marsad.Web.Hosting;

namespace Marsad.Web.Pages;

/// <summary>A stored article: its page (text with every fact marked) and its analysis JSON.</summary>
public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/article/{id}", (HttpContext context, CorpusAccess corpus, string id) => context.CachedPageAsync(() =>
        {
            var stored = corpus.Store?.Get(id);
            if (stored is null) return null;
            var doc = StoredDocument.From(stored);
            return context.PageHtml(stored.Title ?? id, (html, ui) => ArticleView.Render(html, ui, doc, e => "/entity/" + Uri.EscapeDataString(ArticleFacts.EntityKey(e.KbId, e.Name))));
        }, () => Results.Problem(title: "Not found", detail: $"No article '{id}'.", statusCode: 404))).ExcludeFromDescription();

        app.MapGet("/api/articles/{id}", (CorpusAccess corpus, string id) =>
        {
            var stored = corpus.Store?.Get(id);
            return stored is null
                ? Results.Problem(title: "Not found", detail: $"No article '{id}'.", statusCode: 404)
                : Results.Text(stored.AnalysisJson, "application/json; charset=utf-8");
        }).WithName("GetArticle").WithSummary("One stored article's analysis JSON");
        return app;
    }
}
