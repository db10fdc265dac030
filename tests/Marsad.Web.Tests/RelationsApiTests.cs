using System.Net;
using System.Text.Json;
using Marsad.Corpus.Store;

namespace Marsad.Web.Tests;

/// <summary>The API over events, copies, stories and sources, on the fixture's relations stream.</summary>
[Collection("web")]
public sealed class RelationsApiTests(WebFixture web)
{
    private static string IdOf(string url) => ArticleIdentity.For("", url).Id;

    private async Task<JsonElement> Json(string path)
    {
        using var response = await web.Http.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task AssertProblem(string path, HttpStatusCode status)
    {
        using var response = await web.Http.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_article_api_does_not_show_the_server_path_it_was_ingested_from()
    {
        var json = await Json($"/api/articles/{IdOf(RelationsStream.WireUrl)}");
        Assert.False(json.TryGetProperty("location", out _));
        Assert.True(json.GetProperty("entities").GetArrayLength() > 0);
    }

    [Fact]
    public async Task An_articles_events_are_listed_with_type_actors_and_evidence()
    {
        var json = await Json($"/api/articles/{IdOf(RelationsStream.WireUrl)}/events");
        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.Contains(events, e => e.GetProperty("type").GetString() == "CONSULT"
            && e.GetProperty("actors").EnumerateArray().Any(a => a.GetString() == "Sergey Lavrov"));
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("evidence").GetString())));
    }

    [Fact]
    public async Task Events_are_found_over_the_store_by_type_and_by_an_actor_in_any_spelling()
    {
        var json = await Json("/api/events?type=CONSULT&actor=" + Uri.EscapeDataString("لافروف"));
        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Equal("CONSULT", e.GetProperty("type").GetString());
            Assert.Contains("Sergey Lavrov", e.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        });
        // The wire story and its copies each carry the meeting.
        Assert.True(events.Select(e => e.GetProperty("article").GetString()).Distinct().Count() >= 2);
    }

    [Fact]
    public async Task Event_searches_with_bad_input_get_problem_details()
    {
        await AssertProblem("/api/events", HttpStatusCode.BadRequest);
        await AssertProblem("/api/events?type=PARTY", HttpStatusCode.BadRequest);
        await AssertProblem("/api/events?type=ACCUSE&from=2015-13-45", HttpStatusCode.BadRequest);
        await AssertProblem("/api/events?q=" + Uri.EscapeDataString("date:[nonsense"), HttpStatusCode.BadRequest);
        await AssertProblem("/api/articles/no-such-article/events", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_republished_article_lists_its_copies_and_names_the_wire_story_as_original()
    {
        var json = await Json($"/api/articles/{IdOf(RelationsStream.FullCopyUrl)}/copies");
        Assert.Equal(IdOf(RelationsStream.WireUrl), json.GetProperty("original").GetProperty("id").GetString());
        var copies = json.GetProperty("copies").EnumerateArray().Select(c => c.GetProperty("article").GetProperty("id").GetString()).ToList();
        Assert.Contains(IdOf(RelationsStream.WireUrl), copies);
        Assert.Contains(IdOf(RelationsStream.AbridgedUrl), copies);
        Assert.DoesNotContain(IdOf(RelationsStream.DustUrl), copies);
        await AssertProblem("/api/articles/no-such-article/copies", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stories_group_the_wire_story_its_copies_and_its_follow_up()
    {
        var stories = (await Json("/api/stories?minArticles=2")).EnumerateArray().ToList();
        var talks = stories.Single(s => s.GetProperty("articles").GetInt32() >= 4);
        var story = await Json($"/api/stories/{talks.GetProperty("id").GetInt32()}");
        var ids = story.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Contains(IdOf(RelationsStream.WireUrl), ids);
        Assert.Contains(IdOf(RelationsStream.FollowUpUrl), ids);
        Assert.DoesNotContain(IdOf(RelationsStream.DustUrl), ids);
        Assert.Contains(story.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("speaker").GetString() == "John Kerry");
        await AssertProblem("/api/stories/abc", HttpStatusCode.BadRequest);
        await AssertProblem("/api/stories/999999", HttpStatusCode.NotFound);
        await AssertProblem("/api/stories?since=yesterday", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Sources_say_who_republishes_whom()
    {
        var json = await Json("/api/sources");
        var edges = json.GetProperty("edges").EnumerateArray().ToList();
        Assert.Contains(edges, e => e.GetProperty("origin").GetString() == "spa" && e.GetProperty("republisher").GetString() == "alriyadh"
            && e.GetProperty("credited").GetInt32() + e.GetProperty("copied").GetInt32() >= 1);
        var spa = json.GetProperty("outlets").EnumerateArray().Single(o => o.GetProperty("outlet").GetString() == "spa");
        Assert.True(spa.GetProperty("republishedBy").GetInt32() >= 2);
    }

    [Fact]
    public async Task The_relations_api_is_described_with_openapi()
    {
        var doc = await web.Http.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/events", "/api/articles/{id}/events", "/api/articles/{id}/copies", "/api/stories", "/api/stories/{id}", "/api/sources" })
            Assert.Contains($"\"{path}\"", doc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_page_names_the_source_it_credits_and_its_story()
    {
        // The abridged copy keeps the wire's dateline «موسكو - واس»: its source chain runs from Okaz back to SPA.
        var html = await web.Http.GetStringAsync($"/article/{IdOf(RelationsStream.AbridgedUrl)}");
        Assert.Contains("<span class=\"publisher\">عكاظ</span> ← <span class=\"origin\">واس</span>", html, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/story/\\d+\" class=\"story-link\">", html);
    }
}
