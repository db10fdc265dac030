using System.Text;
using Marsad.Tests;
using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>
/// The analyst's pages in chromium over the generated corpus: filters and their chips, paging past hit 100,
/// export, the home page, labels in both languages and a phone-width layout.
/// </summary>
[Collection("paging")]
public sealed class WorkbenchBrowserTests(PagingFixture corpus) : IAsyncLifetime
{
    private Chromium _chromium = null!;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();

    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    private static int Total(string text) => int.Parse(text.Split(' ')[2].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task Facets_add_filters_that_combine_and_chips_remove_them()
    {
        var page = await _chromium.NewPage();
        await page.GotoAsync($"{corpus.BaseUrl}/search?q={Uri.EscapeDataString(GeneratedNews.CommonWord)}");
        await page.Locator("section.facet-source a", new() { HasText = "واس" }).ClickAsync();
        await page.WaitForSelectorAsync("li.chip");
        int spa = Total(await page.InnerTextAsync("span.range"));
        await page.Locator("section.facet-source a", new() { HasText = "عكاظ" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('li.chip').length === 2");
        int both = Total(await page.InnerTextAsync("span.range"));
        Assert.Equal(Enumerable.Range(0, PagingFixture.Count).Count(i => GeneratedNews.SourceOf(i) is "spa" or "okaz"), both);
        Assert.True(both > spa, "a second source widens the results (OR within a field)");

        await page.Locator("section.facet-entity a", new() { HasText = "سيرغي لافروف" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('li.chip').length === 3");
        int lavrov = Total(await page.InnerTextAsync("span.range"));
        Assert.Equal(Enumerable.Range(0, PagingFixture.Count).Count(i => GeneratedNews.SourceOf(i) is "spa" or "okaz" && GeneratedNews.NamesLavrov(i)), lavrov);
        await Chromium.Screenshot(page, "search-filters");

        // removing the first source chip leaves okaz and Lavrov
        await page.Locator("li.chip", new() { HasText = "واس" }).Locator("a.remove").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('li.chip').length === 2");
        Assert.Equal(Enumerable.Range(0, PagingFixture.Count).Count(i => GeneratedNews.SourceOf(i) == "okaz" && GeneratedNews.NamesLavrov(i)),
            Total(await page.InnerTextAsync("span.range")));
    }

    [SkippableFact]
    public async Task Next_pages_go_past_hit_100_and_previous_comes_back()
    {
        var page = await _chromium.NewPage();
        await page.GotoAsync($"{corpus.BaseUrl}/search?q={Uri.EscapeDataString(GeneratedNews.CommonWord)}&sort=date");
        var seen = new HashSet<string>();
        for (int p = 0; p < 6; p++)
        {
            foreach (var href in await page.Locator("li.hit a.title").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))")) Assert.True(seen.Add(href), href);
            if (p < 6) await page.ClickAsync("nav.pager a.next");
            await page.WaitForSelectorAsync($"ol.results[start='{(p + 1) * 20 + 1}']");
        }
        Assert.StartsWith("121–130", await page.InnerTextAsync("span.range"), StringComparison.Ordinal);
        foreach (var href in await page.Locator("li.hit a.title").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))")) Assert.True(seen.Add(href), href);
        Assert.Equal(PagingFixture.Count, seen.Count);
        Assert.Equal(0, await page.Locator("nav.pager a.next").CountAsync());
        await Chromium.Screenshot(page, "search-page-7");

        await page.ClickAsync("nav.pager a.prev");
        await page.WaitForSelectorAsync("ol.results[start='101']");
        Assert.StartsWith("101–120", await page.InnerTextAsync("span.range"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_export_link_downloads_the_filtered_result_set()
    {
        var page = await _chromium.NewPage(downloads: true);
        await page.GotoAsync($"{corpus.BaseUrl}/search?q={Uri.EscapeDataString(GeneratedNews.CommonWord)}&source=wam");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a.export-csv"));
        Assert.Equal("marsad-articles.csv", download.SuggestedFilename);
        string path = await download.PathAsync();
        var lines = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(path)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, PagingFixture.Count).Count(i => GeneratedNews.SourceOf(i) == "wam"), lines.Count(l => l.Contains(",wam,", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task The_home_page_shows_the_latest_day_the_most_named_and_source_activity_in_both_languages()
    {
        var page = await _chromium.NewPage();
        await page.GotoAsync(corpus.BaseUrl + "/");
        Assert.Contains("10 يوليو 2015", await page.InnerTextAsync("section.latest h2"), StringComparison.Ordinal);
        Assert.Contains("سيرغي لافروف", await page.InnerTextAsync("section.home-entities"), StringComparison.Ordinal);
        Assert.Contains("واس", await page.InnerTextAsync("section.home-sources"), StringComparison.Ordinal);
        Assert.Contains("130", await page.InnerTextAsync("p.corpus-size"), StringComparison.Ordinal);
        await Chromium.Screenshot(page, "home");

        await page.ClickAsync("#lang-toggle");
        await page.WaitForSelectorAsync("html[dir=ltr]");
        Assert.Contains("10 July 2015", await page.InnerTextAsync("section.latest h2"), StringComparison.Ordinal);
        Assert.Contains("Sergey Lavrov", await page.InnerTextAsync("section.home-entities"), StringComparison.Ordinal);
        Assert.Contains("Emirates News Agency", await page.InnerTextAsync("section.home-sources"), StringComparison.Ordinal);
        await Chromium.Screenshot(page, "home-en");

        // a most-named entity opens its search, filtered
        await page.Locator("section.home-entities a", new() { HasText = "Sergey Lavrov" }).ClickAsync();
        await page.WaitForSelectorAsync("li.chip");
        Assert.Contains("Sergey Lavrov", await page.InnerTextAsync("ul.chips"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task At_390_px_the_pages_fit_the_screen_in_one_column()
    {
        var page = await _chromium.NewPage(width: 390, height: 844);
        foreach (var (url, shot) in new[]
        {
            ("/", "home-390"),
            ($"/search?q={Uri.EscapeDataString(GeneratedNews.CommonWord)}&source=spa&entity={Uri.EscapeDataString("Sergey Lavrov")}", "search-390"),
        })
        {
            await page.GotoAsync(corpus.BaseUrl + url);
            int scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 390, $"{url} is {scrollWidth} px wide at a 390 px viewport");
            await Chromium.Screenshot(page, shot);
        }
        // the facets sit under the hits, not beside them
        var hits = await page.Locator("section.hits").BoundingBoxAsync();
        var facets = await page.Locator("aside.facets").BoundingBoxAsync();
        Assert.True(facets!.Y >= hits!.Y + hits.Height - 1, "facets below the hits");
        Assert.True(hits.Width > 300, "the hits take the screen's width");
    }
}
