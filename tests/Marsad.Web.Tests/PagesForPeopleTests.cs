using System.Net;
using System.Net.Http.Headers;
using Marsad.Web.Rendering;

namespace Marsad.Web.Tests;

/// <summary>What a reader of the pages sees: error pages instead of JSON, names and labels in the interface language.</summary>
[Collection("web")]
public sealed class PagesForPeopleTests(WebFixture web)
{
    private async Task<HttpResponseMessage> Browse(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return await web.Http.SendAsync(request);
    }

    [Theory]
    [InlineData("/entity/no-such-entity")]
    [InlineData("/article/no-such-article")]
    [InlineData("/no/such/page")]
    public async Task A_browser_gets_an_error_page_with_the_security_headers_not_json(string url)
    {
        using var response = await Browse(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        string page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<section class=\"problem\">", page, StringComparison.Ordinal);
        Assert.Contains("404", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">", page, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_api_still_answers_errors_as_problem_json_even_to_a_browser()
    {
        using var response = await Browse("/api/entities/no-such-entity");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_entity_page_names_the_entity_in_arabic_in_the_arabic_interface_and_in_english_in_the_english_one()
    {
        string ar = await web.Http.GetStringAsync("/entity/per:sergey-lavrov");
        Assert.Contains("<h1 class=\"entity-name\">سيرغي لافروف</h1>", ar, StringComparison.Ordinal);
        string en = await web.Http.GetStringAsync("/entity/per:sergey-lavrov?lang=en");
        Assert.Contains("<h1 class=\"entity-name\">Sergey Lavrov</h1>", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entity_page_links_to_the_articles_that_quote_it_through_the_speaker_filter()
    {
        string page = await web.Http.GetStringAsync("/entity/per:sergey-lavrov");
        Assert.Contains("href=\"/search?speaker=Sergey%20Lavrov&amp;sort=date\"", page, StringComparison.Ordinal);
        using var quoting = System.Text.Json.JsonDocument.Parse(await web.Http.GetStringAsync("/api/search?speaker=Sergey%20Lavrov"));
        using var syntax = System.Text.Json.JsonDocument.Parse(await web.Http.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("speaker:\"Sergey Lavrov\"")));
        int n = quoting.RootElement.GetProperty("total").GetInt32();
        Assert.True(n > 0);
        Assert.Equal(syntax.RootElement.GetProperty("total").GetInt32(), n);
    }

    [Fact]
    public async Task Search_facets_show_arabic_names_outlets_and_event_labels_in_arabic_and_english_ones_in_english()
    {
        string q = Uri.EscapeDataString("لافروف");
        string ar = await web.Http.GetStringAsync($"/search?q={q}");
        string en = await web.Http.GetStringAsync($"/search?q={q}&lang=en");
        Assert.Contains(">سيرغي لافروف</a>", ar, StringComparison.Ordinal);
        Assert.Contains(">Sergey Lavrov</a>", en, StringComparison.Ordinal);
        Assert.Contains(">واس</a>", ar, StringComparison.Ordinal);
        Assert.Contains(">Saudi Press Agency</a>", en, StringComparison.Ordinal);
        // the facet links keep the canonical value, whatever the label
        Assert.Contains("entity=Sergey%20Lavrov", ar, StringComparison.Ordinal);
        // dates in words, not ISO stamps
        Assert.Contains("21 يوليو 2015", ar, StringComparison.Ordinal);
        Assert.Contains("21 July 2015", en, StringComparison.Ordinal);
        Assert.DoesNotContain(">2015-07-21T", ar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_story_timeline_labels_event_types_in_the_interface_language_not_plover_codes()
    {
        string list = await web.Http.GetStringAsync("/api/stories?limit=1");
        int id = System.Text.Json.JsonDocument.Parse(list).RootElement[0].GetProperty("id").GetInt32();
        string ar = await web.Http.GetStringAsync($"/story/{id}");
        string en = await web.Http.GetStringAsync($"/story/{id}?lang=en");
        var arTypes = Spans(ar, "<span class=\"etype\"");
        var enTypes = Spans(en, "<span class=\"etype\"");
        Assert.NotEmpty(arTypes);
        Assert.All(arTypes, t => Assert.True(System.Text.RegularExpressions.Regex.IsMatch(t, @"^[\u0600-\u06FF ]+$"), t));
        Assert.All(enTypes, t => Assert.Matches(@"^[A-Z][a-z]+$", t));
    }

    [Theory]
    [InlineData("https://www.alriyadh.com/1069780", true)]
    [InlineData("http://example.com/a?b=c", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("/article/x", false)]
    [InlineData("https://exa mple.com/", false)]
    public void Only_an_absolute_http_or_https_url_becomes_a_link_to_the_original(string url, bool link)
    {
        var html = new Html().ExternalLink(url, "x").ToString();
        Assert.Equal(link, html.Contains("<a ", StringComparison.Ordinal));
        if (link) Assert.Contains("rel=\"noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    /// <summary>The texts of the elements that open with <paramref name="open"/>.</summary>
    private static List<string> Spans(string page, string open)
    {
        var found = new List<string>();
        for (int at = page.IndexOf(open, StringComparison.Ordinal); at >= 0; at = page.IndexOf(open, at + 1, StringComparison.Ordinal))
        {
            int start = page.IndexOf('>', at) + 1;
            found.Add(WebUtility.HtmlDecode(page[start..page.IndexOf('<', start)]));
        }
        return found;
    }
}
