using System.Text.Json;
using Marsad.Analysis;
using Marsad.Analysis.Json;
using Marsad.Web.Hosting;
using Marsad.Web.Rendering;

namespace Marsad.Web.Pages;

/// <summary>Analyse a posted text: as a page (a form) and as an API returning the analysis JSON.</summary>
public static class AnalyzeEndpoints
{
    public sealed record AnalyzeRequest(string? Text, string? Title, string? Published);

    public static IEndpointRouteBuilder MapAnalyze(this IEndpointRouteBuilder app)
    {
        app.MapGet("/analyze", (HttpContext context) => context.Page(context.Ui().Analyse, (html, ui) => Form(html, ui, "")))
           .ExcludeFromDescription();

        app.MapPost("/analyze", async (HttpContext context, WebOptions options) =>
        {
            var form = await context.Request.ReadFormAsync();
            string text = form["text"].ToString();
            if (string.IsNullOrWhiteSpace(text))
                return context.Page(context.Ui().Analyse, (html, ui) => Form(html, ui, "", ui.AnalysePlaceholder));
            if (AnalysisLimits.TooLong(text, options)) return AnalysisLimits.TooLongProblem(options);
            var doc = Analyze(text, form["title"], form["published"]);
            return context.Page(doc.Metadata.Title ?? context.Ui().Analyse, (html, ui) => ArticleView.Render(html, ui, doc));
        }).DisableAntiforgery().RequireRateLimiting(AnalysisLimits.Policy).ExcludeFromDescription();

        app.MapPost("/api/analyze", (AnalyzeRequest request, WebOptions options) =>
        {
            if (string.IsNullOrWhiteSpace(request.Text))
                return Results.Problem(title: "No text", detail: "Post {\"text\": \"...\"} with the article body.", statusCode: 400);
            if (AnalysisLimits.TooLong(request.Text, options)) return AnalysisLimits.TooLongProblem(options);
            if (request.Published is not null && !PublicationDate.TryParse(request.Published, out _))
                return Results.Problem(title: "Bad date", detail: $"'published' must be YYYY-MM-DD, not '{request.Published}'.", statusCode: 400);
            var doc = Analyze(request.Text, request.Title, request.Published);
            return Results.Text(AnalysisJsonWriter.ToJson(doc), "application/json; charset=utf-8");
        }).RequireRateLimiting(AnalysisLimits.Policy).WithName("Analyze").WithSummary("Analyse a posted article text").WithDescription(
            "Returns the analysis JSON (see docs/analysis-json.md): entities, quotes, times, figures, events and the source chain.");
        return app;
    }

    private static Document Analyze(string text, string? title, string? published)
    {
        var meta = new ArticleMetadata
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Published = PublicationDate.TryParse(published, out var p) ? p : null,
            Location = "web",
        };
        return MarsadPipeline.Default.Analyze(text, meta);
    }

    private static void Form(Html html, UiText ui, string text, string? error = null)
    {
        html.Element("h1", ui.Analyse);
        if (error is not null) html.Element("p", error, ("class", "error"));
        html.Open("form", ("method", "post"), ("action", "/analyze"));
        html.Element("textarea", text, ("name", "text"), ("placeholder", ui.AnalysePlaceholder), ("dir", "auto"));
        html.Open("p").Element("label", ui.Published, ("for", "published")).Raw(" ");
        html.Open("input", ("type", "date"), ("name", "published"), ("id", "published")).Close("p");
        html.Element("button", ui.Analyse, ("type", "submit"));
        html.Close("form");
    }
}
