using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>
/// Maps and suggestions in chromium over the sample corpus and its news stream: an entity page and a story page
/// with the map of the places they name (the world outline drawn, a circle per place on its spot, labels in the
/// interface's language), the same at 390 px, and the suggestions of a search that finds nothing.
/// </summary>
[Collection("web")]
public sealed class MapBrowserTests(WebFixture web) : IAsyncLifetime
{
    private const string Moscow = "city:524901", Vienna = "city:2761369";

    private Chromium _chromium = null!;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();

    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    /// <summary>The map is drawn: the outline (an external &lt;use&gt;) has a size, and the place's circle is inside the frame.</summary>
    private static async Task AssertMapShows(IPage page, string key)
    {
        await page.WaitForSelectorAsync("figure.map svg.map");
        var outline = await page.EvaluateAsync<double>("() => document.querySelector('svg.map use.land').getBBox().width");
        Assert.True(outline > 0, "the world outline is drawn");
        var map = await page.Locator("svg.map").BoundingBoxAsync();
        var circle = await page.Locator($"svg.map a.place[data-key='{key}'] circle").BoundingBoxAsync();
        Assert.NotNull(circle);
        Assert.True(circle!.X >= map!.X && circle.X + circle.Width <= map.X + map.Width + 1 && circle.Y >= map.Y && circle.Y + circle.Height <= map.Y + map.Height + 1,
            $"{key} is inside the map");
    }

    [SkippableFact]
    public async Task An_entity_page_maps_the_places_named_with_it_in_both_languages()
    {
        var page = await _chromium.NewPage();
        await page.GotoAsync($"{web.BaseUrl}/entity/{Uri.EscapeDataString(Moscow)}");
        await AssertMapShows(page, Moscow);
        await AssertMapShows(page, Vienna);
        // Moscow is east of Vienna and north of it: the projection keeps the compass
        var moscow = await page.Locator($"svg.map a.place[data-key='{Moscow}'] circle").BoundingBoxAsync();
        var vienna = await page.Locator($"svg.map a.place[data-key='{Vienna}'] circle").BoundingBoxAsync();
        Assert.True(moscow!.X + moscow.Width / 2 > vienna!.X + vienna.Width / 2, "Moscow drawn east of Vienna");
        Assert.True(moscow.Y + moscow.Height / 2 < vienna.Y + vienna.Height / 2, "Moscow drawn north of Vienna");
        Assert.Contains("موسكو", await page.InnerTextAsync("figure.map figcaption"), StringComparison.Ordinal);
        Assert.Contains("فيينا", await page.TextContentAsync("svg.map g.labels"), StringComparison.Ordinal);
        await Chromium.Screenshot(page, "entity-map");

        await page.ClickAsync("#lang-toggle");
        await page.WaitForSelectorAsync("html[dir=ltr]");
        Assert.Contains("Vienna", await page.TextContentAsync("svg.map g.labels"), StringComparison.Ordinal);
        Assert.Contains("Moscow", await page.InnerTextAsync("figure.map figcaption"), StringComparison.Ordinal);

        // a circle opens the place's page
        await page.Locator($"figure.map a.place-name[href='/entity/{Uri.EscapeDataString(Vienna)}']").ClickAsync();
        await page.WaitForSelectorAsync("h1.entity-name");
        Assert.Equal("Vienna", await page.InnerTextAsync("h1.entity-name"));
        await page.ClickAsync("#lang-toggle"); // back to Arabic for the other tests of this browser
        await page.WaitForSelectorAsync("html[dir=rtl]");
    }

    [SkippableFact]
    public async Task A_story_and_its_search_map_their_places_and_the_map_fits_a_phone()
    {
        var page = await _chromium.NewPage();
        await page.GotoAsync(web.BaseUrl + "/stories");
        await page.Locator("table.stories a.story-link", new PageLocatorOptions { HasText = "لافروف" }).First.ClickAsync();
        await page.WaitForSelectorAsync("h1.story-title");
        await AssertMapShows(page, Vienna);
        await Chromium.Screenshot(page, "story-map");

        // an article of the story maps its own places, sized by mentions
        await page.Locator("ol.timeline li.t-article a", new PageLocatorOptions { HasText = "فيينا" }).First.ClickAsync();
        await page.WaitForSelectorAsync("article.text");
        await AssertMapShows(page, Vienna);
        Assert.Contains("فيينا", await page.InnerTextAsync("figure.map figcaption"), StringComparison.Ordinal);
        await Chromium.Screenshot(page, "article-map");

        await page.GotoAsync($"{web.BaseUrl}/search?q={Uri.EscapeDataString("فيينا")}");
        await AssertMapShows(page, Vienna);
        // a circle of the search's map narrows the search to that place
        await page.Locator($"svg.map a.place[data-key='{Vienna}']").ClickAsync();
        await page.WaitForSelectorAsync("li.chip");
        Assert.Contains("فيينا", await page.InnerTextAsync("ul.chips"), StringComparison.Ordinal);

        var phone = await _chromium.NewPage(width: 390, height: 844);
        await phone.GotoAsync($"{web.BaseUrl}/entity/{Uri.EscapeDataString(Moscow)}");
        await AssertMapShows(phone, Moscow);
        int scrollWidth = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the entity page is {scrollWidth} px wide at a 390 px viewport");
        var map = await phone.Locator("svg.map").BoundingBoxAsync();
        Assert.True(map!.Width > 300, "the map takes the screen's width");
        await phone.Locator("figure.map").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Marsad.Tests.SharedData.RepoRoot, "artifacts", "screenshots", "entity-map-390.png") });
    }

    [SkippableFact]
    public async Task A_search_that_finds_nothing_offers_queries_that_do()
    {
        var page = await _chromium.NewPage();
        await page.GotoAsync(web.BaseUrl + "/");
        await page.FillAsync("input[name=q]", "لاقروف");
        await page.PressAsync("input[name=q]", "Enter");
        await page.WaitForSelectorAsync("div.suggestions");
        Assert.Equal(0, await page.Locator("li.hit").CountAsync());
        var spelling = page.Locator("li.suggestion-spelling a");
        Assert.Equal("لافروف", await spelling.InnerTextAsync());
        await Chromium.Screenshot(page, "search-suggestions");
        await spelling.ClickAsync();
        await page.WaitForSelectorAsync("li.hit");
        Assert.Equal("لافروف", await page.InputValueAsync("input[name=q]"));

        // the advanced mode: a star is a wildcard there, text in the plain mode
        await page.FillAsync("input[name=q]", "فيين*");
        await page.PressAsync("input[name=q]", "Enter");
        await page.WaitForSelectorAsync("p.total");
        Assert.Equal(0, await page.Locator("li.hit").CountAsync());
        await page.CheckAsync("#advanced");
        await page.ClickAsync("form.search button[type=submit]");
        await page.WaitForSelectorAsync("li.hit");
        Assert.True(await page.IsCheckedAsync("#advanced"));
        Assert.True(await page.Locator("p.advanced-help").IsVisibleAsync());
    }
}
