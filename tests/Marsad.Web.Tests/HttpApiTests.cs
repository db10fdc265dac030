using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Marsad.Web.Tests;

[Collection("web")]
public sealed class HttpApiTests(WebFixture web)
{
    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var response = await web.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Analyse_api_returns_the_analysis_json()
    {
        using var response = await web.Http.PostAsJsonAsync("/api/analyze", new { text = "قال الوزير إنّ المحادثات ستستأنف.\nالمصدر: رويترز", published = "2023-03-02" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2023-03-02", json.RootElement.GetProperty("published").GetString());
        Assert.Equal("Reuters", json.RootElement.GetProperty("source").GetProperty("origin").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Bad_requests_get_problem_details_without_stack_traces()
    {
        using var empty = await web.Http.PostAsJsonAsync("/api/analyze", new { text = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        using var malformed = await web.Http.PostAsync("/api/analyze", new StringContent("{not json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        string body = await malformed.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        using var badQuery = await web.Http.GetAsync("/api/search?q=" + Uri.EscapeDataString("date:[nonsense"));
        Assert.Equal(HttpStatusCode.BadRequest, badQuery.StatusCode);
        Assert.DoesNotContain("   at ", await badQuery.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_bodies_above_the_limit_are_refused()
    {
        var big = new string('ب', 3 * 1024 * 1024);
        // With Expect: 100-continue the server answers before the body is sent, as a well-behaved client would see it.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = JsonContent.Create(new { text = big }) };
        request.Headers.ExpectContinue = true;
        request.Content.Headers.ContentLength = request.Content.ReadAsStream().Length;
        using var response = await web.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Search_api_pages_are_bounded_and_find_sample_articles()
    {
        using var response = await web.Http.GetAsync("/api/search?limit=100000&q=" + Uri.EscapeDataString("الصفدي"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 1);
        Assert.InRange(json.RootElement.GetProperty("hits").GetArrayLength(), 1, 100);
    }

    [Fact]
    public async Task The_api_is_described_with_openapi()
    {
        var doc = await web.Http.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/analyze", doc, StringComparison.Ordinal);
        Assert.Contains("/api/search", doc, StringComparison.Ordinal);
        Assert.Contains("/api/articles/{id}", doc, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=x", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example/", false)]
    [InlineData("/\t/evil.example/", false)]
    [InlineData("/\n/evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("", false)]
    public void Only_site_paths_are_redirect_targets(string back, bool allowed) =>
        Assert.Equal(allowed, Marsad.Web.Pages.LanguageEndpoints.IsSitePath(back));

    [Fact]
    public async Task Language_toggle_never_redirects_off_site()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(web.BaseUrl) };
        using var response = await client.PostAsync("/lang", new FormUrlEncodedContent([new("lang", "en"), new("back", "//evil.example/")]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lang=en", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assets_are_served_by_name_only()
    {
        Assert.Equal(HttpStatusCode.OK, (await web.Http.GetAsync("/assets/site.css")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await web.Http.GetAsync("/assets/..%2F..%2Fetc%2Fpasswd")).StatusCode);
    }
}
