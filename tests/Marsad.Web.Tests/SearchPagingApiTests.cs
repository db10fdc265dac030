using System.Net;
using System.Text;
using System.Text.Json;
using Marsad.Tests;

namespace Marsad.Web.Tests;

/// <summary>The search API and page over the generated corpus: pages past hit 100, filters that combine, export.</summary>
[Collection("paging")]
public sealed class SearchPagingApiTests(PagingFixture corpus)
{
    private static readonly string Harbour = Uri.EscapeDataString(GeneratedNews.CommonWord);
    private static readonly int[] All = [.. Enumerable.Range(0, PagingFixture.Count)];

    private async Task<JsonElement> Json(string url)
    {
        using var response = await corpus.Http.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task The_api_pages_past_hit_100_with_the_next_cursor_and_reaches_every_hit_once()
    {
        var ids = new List<string>();
        string url = $"/api/search?q={Harbour}&limit=40";
        for (int page = 0; page < 10; page++)
        {
            var r = await Json(url);
            Assert.Equal(PagingFixture.Count, r.GetProperty("total").GetInt32());
            Assert.Equal(ids.Count, r.GetProperty("start").GetInt32());
            ids.AddRange(r.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
            if (r.GetProperty("next").ValueKind == JsonValueKind.Null) break;
            url = $"/api/search?q={Harbour}&limit=40&after={r.GetProperty("next").GetString()}";
        }
        Assert.Equal(PagingFixture.Count, ids.Count);
        Assert.Equal(PagingFixture.Count, ids.Distinct().Count());

        var byOffset = await Json($"/api/search?q={Harbour}&limit=20&start=110");
        Assert.Equal(ids.Skip(110).Take(20), byOffset.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task A_cursor_or_offset_that_is_not_one_is_refused_with_a_problem()
    {
        using var bad = await corpus.Http.GetAsync($"/api/search?q={Harbour}&after=garbage");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("cursor", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var deep = await corpus.Http.GetAsync($"/api/search?q={Harbour}&start=50000");
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
    }

    [Fact]
    public async Task Two_sources_are_alternatives_a_country_and_an_entity_narrow_and_a_date_range_cuts()
    {
        int spa = (await Json("/api/search?source=spa")).GetProperty("total").GetInt32();
        int okaz = (await Json("/api/search?source=okaz")).GetProperty("total").GetInt32();
        Assert.Equal(All.Count(i => GeneratedNews.SourceOf(i) == "spa"), spa);
        Assert.Equal(spa + okaz, (await Json($"/api/search?q={Harbour}&source=spa&source=okaz")).GetProperty("total").GetInt32());

        var r = await Json($"/api/search?q={Harbour}&country=AE&entity={Uri.EscapeDataString("Sergey Lavrov")}&from=2015-07-02&to=2015-07-06&limit=100");
        int expected = All.Count(i => GeneratedNews.SourceOf(i) == "wam" && GeneratedNews.NamesLavrov(i) && GeneratedNews.DayOf(i).Day is >= 2 and <= 6);
        Assert.True(expected > 0);
        Assert.Equal(expected, r.GetProperty("total").GetInt32());
        // the source facet ignores its own filter: every outlet stays offered
        var sideways = await Json($"/api/search?q={Harbour}&source=spa");
        Assert.Equal(GeneratedNews.Sources.Length, sideways.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task The_search_page_pages_past_hit_100_forward_and_back()
    {
        string page = await corpus.Http.GetStringAsync($"/search?q={Harbour}&start=100");
        Assert.Contains("<ol class=\"results\" start=\"101\">", page, StringComparison.Ordinal);
        Assert.Contains("101–120", page, StringComparison.Ordinal);
        string next = Href(page, "next");
        string previous = Href(page, "prev");
        Assert.Contains("start=80", previous, StringComparison.Ordinal);

        string last = await corpus.Http.GetStringAsync(next);
        Assert.Contains("<ol class=\"results\" start=\"121\">", last, StringComparison.Ordinal);
        Assert.Equal(PagingFixture.Count - 120, Occurrences(last, "<li class=\"hit\">"));
        Assert.DoesNotContain("class=\"next\"", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_filters_as_chips_whose_links_remove_them()
    {
        string page = await corpus.Http.GetStringAsync($"/search?q={Harbour}&source=spa&source=okaz");
        Assert.Equal(2, Occurrences(page, "<li class=\"chip\">"));
        // removing okaz leaves spa
        string href = WebUtility.HtmlDecode(Between(page, "aria-label=\"إزالة المصدر: عكاظ\"", "href=\"", "\"", before: true));
        Assert.Contains("source=spa", href, StringComparison.Ordinal);
        Assert.DoesNotContain("source=okaz", href, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bar_of_the_date_histogram_narrows_the_search_to_its_day()
    {
        string page = await corpus.Http.GetStringAsync($"/search?q={Harbour}&source=wam");
        string href = WebUtility.HtmlDecode(Between(page, "class=\"bar\"", "href=\"", "\"", before: true));
        var first = All.Where(i => GeneratedNews.SourceOf(i) == "wam").Min(GeneratedNews.DayOf); // the first bar
        Assert.Contains($"from={first:yyyy-MM-dd}&to={first:yyyy-MM-dd}", href, StringComparison.Ordinal);
        Assert.Contains("source=wam", href, StringComparison.Ordinal);
        var day = await Json("/api" + href);
        Assert.Equal(All.Count(i => GeneratedNews.SourceOf(i) == "wam" && GeneratedNews.DayOf(i) == first), day.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_result_set_exports_as_csv_and_jsonl_with_its_counts_and_a_cap()
    {
        using var csv = await corpus.Http.GetAsync($"/api/search/export?q={Harbour}&source=wam&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        int wam = All.Count(i => GeneratedNews.SourceOf(i) == "wam");
        Assert.Equal(wam.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(csv.Headers.GetValues("X-Marsad-Total")));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]); // spreadsheets read the Arabic as UTF-8
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("article_id,published,source,title,url", lines[0], StringComparison.Ordinal);
        Assert.Equal(wam, lines.Count(l => l.Contains(",wam,", StringComparison.Ordinal)));

        string jsonl = await corpus.Http.GetStringAsync($"/api/search/export?q={Harbour}&format=jsonl&table=articles&max=7&sort=date");
        var rows = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, rows.Count);
        var days = rows.Select(r => r.GetProperty("published").GetString()![..10]).ToList(); // the date order is by day
        Assert.Equal(days.OrderDescending(StringComparer.Ordinal), days);

        using var bad = await corpus.Http.GetAsync($"/api/search/export?q={Harbour}&format=xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_overview_names_the_latest_day_and_compares_the_last_seven_days_with_the_seven_before()
    {
        var o = await Json("/api/overview");
        Assert.Equal("2015-07-10", o.GetProperty("latestDay").GetString());
        Assert.Equal(All.Count(i => GeneratedNews.DayOf(i).Day == 10), o.GetProperty("latestDayArticles").GetInt32());
        Assert.Equal(PagingFixture.Count, o.GetProperty("articles").GetInt32());
        var spa = o.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("value").GetString() == "spa");
        Assert.Equal(All.Count(i => GeneratedNews.SourceOf(i) == "spa" && GeneratedNews.DayOf(i).Day >= 4), spa.GetProperty("count").GetInt32());
        Assert.Equal(All.Count(i => GeneratedNews.SourceOf(i) == "spa" && GeneratedNews.DayOf(i).Day < 4), spa.GetProperty("before").GetInt32());

        string ar = await corpus.Http.GetStringAsync("/");
        Assert.Contains("10 يوليو 2015", ar, StringComparison.Ordinal);
        Assert.Contains("واس", ar, StringComparison.Ordinal);
        string en = await corpus.Http.GetStringAsync("/?lang=en");
        Assert.Contains("10 July 2015", en, StringComparison.Ordinal);
        Assert.Contains("Saudi Press Agency", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hits_link_to_the_original_article_off_site_without_a_referrer()
    {
        string page = await corpus.Http.GetStringAsync($"/search?q={Harbour}&source=okaz");
        Assert.Contains("href=\"https://okaz.example/2015/07/item-", page, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer\"", page, StringComparison.Ordinal);
    }

    private static string Href(string page, string cssClass) =>
        WebUtility.HtmlDecode(Between(page, $"class=\"{cssClass}\"", "href=\"", "\"", before: true));

    /// <summary>The attribute value in the tag that holds <paramref name="marker"/>.</summary>
    private static string Between(string page, string marker, string open, string close, bool before)
    {
        int at = page.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no {marker} in the page");
        int tag = page.LastIndexOf('<', at);
        int start = page.IndexOf(open, tag, StringComparison.Ordinal) + open.Length;
        return page[start..page.IndexOf(close, start, StringComparison.Ordinal)];
    }

    private static int Occurrences(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
