using Marsad.Corpus.Relations;
using Marsad.Web.Hosting;
using Marsad.Web.Rendering;

namespace Marsad.Web.Pages;

/// <summary>Stories: the list, one story's page (a timeline of its articles, events and quotes, its sources) and the same as JSON.</summary>
public static class StoryEndpoints
{
    /// <summary>Stories listed on the page: the largest, of at least two articles (a lone article is not yet a story).</summary>
    private const int ListedStories = 60, ListedMinArticles = 2;

    public static IEndpointRouteBuilder MapStories(this IEndpointRouteBuilder app)
    {
        app.MapGet("/stories", async (HttpContext context, CorpusAccess corpus, RelationsCache cache, string? since) =>
        {
            if (!Problems.TryDate(since, "since", out var s, out var bad)) return bad!;
            var stories = await List(context, corpus, cache, s, ListedStories, ListedMinArticles);
            return context.Page(context.Ui().AllStories, (html, ui) => StoryView.RenderList(html, ui, stories ?? []));
        }).ExcludeFromDescription();

        app.MapGet("/story/{id}", async (HttpContext context, CorpusAccess corpus, RelationsCache cache, string id) =>
        {
            if (!int.TryParse(id, out int storyId)) return Problems.BadRequest("Bad id", $"A story id is a number, not '{id}'.");
            return await Detail(context, corpus, cache, storyId) is { } story
                ? context.Page(story.Summary.Title ?? $"{context.Ui().Story} {storyId}", (html, ui) => StoryView.Render(html, ui, story))
                : Problems.NotFound($"No story {storyId}.");
        }).ExcludeFromDescription();

        app.MapGet("/api/stories", async (HttpContext context, CorpusAccess corpus, RelationsCache cache, WebOptions options, string? since, int? limit, int? minArticles) =>
        {
            if (!Problems.TryDate(since, "since", out var s, out var bad)) return bad!;
            if (minArticles is < 1) return Problems.BadRequest("Bad minArticles", "'minArticles' is at least 1.");
            var stories = await List(context, corpus, cache, s, Math.Clamp(limit ?? 20, 1, options.MaxPageSize), minArticles ?? 1);
            return stories is null ? Problems.NoCorpus() : Results.Ok(stories);
        }).WithName("ListStories").WithSummary("Stories, largest first: title, time span, articles, sources and main actors")
          .WithDescription("since: YYYY-MM-DD (stories with an article on or after it); limit ≤ 100; minArticles ≥ 1.")
          .Produces<IReadOnlyList<StorySummary>>();

        app.MapGet("/api/stories/{id}", async (HttpContext context, CorpusAccess corpus, RelationsCache cache, string id) =>
        {
            if (!int.TryParse(id, out int storyId)) return Problems.BadRequest("Bad id", $"A story id is a number, not '{id}'.");
            return await Detail(context, corpus, cache, storyId) is { } story ? Results.Ok(story) : Problems.NotFound($"No story {storyId}.");
        }).WithName("GetStory").WithSummary("One story: its articles in time order, its events and quotes (each told once) and its sources")
          .Produces<StoryDetail>();
        return app;
    }

    private static async Task<IReadOnlyList<StorySummary>?> List(HttpContext context, CorpusAccess corpus, RelationsCache cache, DateOnly? since, int limit, int minArticles) =>
        (IReadOnlyList<StorySummary>?)await context.CachedAsync(cache, $"stories|{since:yyyy-MM-dd}|{limit}|{minArticles}", () =>
            corpus.Store is { } store ? new CorpusRelations(store).Stories(since?.ToDateTime(TimeOnly.MinValue), limit, minArticles) : null);

    private static async Task<StoryDetail?> Detail(HttpContext context, CorpusAccess corpus, RelationsCache cache, int id) =>
        (StoryDetail?)await context.CachedAsync(cache, $"story|{id}", () => corpus.Store is { } store ? new CorpusRelations(store).Story(id) : null);
}
