using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>
/// The pages in a real browser: Debian's chromium driven by Playwright (never a downloaded browser).
/// Screenshots of each page go to artifacts/screenshots/ at the repository root.
/// </summary>
[Collection("web")]
public sealed class BrowserTests(WebFixture web) : IAsyncLifetime
{
    private Chromium _chromium = null!;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();

    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    private Task<IPage> NewPage() => _chromium.NewPage();

    private static Task Screenshot(IPage page, string name) => Chromium.Screenshot(page, name);

    [SkippableFact]
    public async Task Search_finds_an_article_and_opens_it()
    {
        var page = await NewPage();
        await page.GotoAsync(web.BaseUrl + "/");
        await page.FillAsync("input[name=q]", "لافروف");
        await page.PressAsync("input[name=q]", "Enter");
        await page.WaitForSelectorAsync("li.hit a.title");
        await Screenshot(page, "search");
        Assert.True(await page.Locator("li.hit").CountAsync() >= 1);
        Assert.True(await page.Locator("svg.chart").CountAsync() >= 1, "the date histogram");
        await page.Locator("li.hit a.title").First.ClickAsync();
        await page.WaitForSelectorAsync("article.text");
        Assert.Contains("لافروف", await page.InnerTextAsync("article.text"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Article_page_shows_a_quote_with_its_speaker_and_the_entity_page_lists_the_speakers_quotes()
    {
        var page = await NewPage();
        await page.GotoAsync(web.BaseUrl + "/search?q=" + Uri.EscapeDataString("لافروف \"الحل السياسي\""));
        await page.Locator("li.hit a.title").First.ClickAsync();
        await page.WaitForSelectorAsync("article.text");
        var quote = page.Locator("article.text .quote-direct[title*='لافروف']").First;
        Assert.Contains("الحل السياسي", await quote.InnerTextAsync(), StringComparison.Ordinal);
        await quote.HoverAsync();
        Assert.Contains("سيرغي لافروف", await page.InnerTextAsync("ul.quotes"), StringComparison.Ordinal);
        await Screenshot(page, "article");

        await page.Locator("table.entities a", new PageLocatorOptions { HasText = "سيرغي لافروف" }).First.ClickAsync();
        await page.WaitForSelectorAsync("h1.entity-name");
        Assert.Equal("سيرغي لافروف", await page.InnerTextAsync("h1.entity-name"));
        Assert.True(await page.Locator("ul.entity-quotes li").CountAsync() >= 1);
        Assert.Contains("الحل السياسي", await page.InnerTextAsync("ul.entity-quotes"), StringComparison.Ordinal);
        Assert.True(await page.Locator("svg.network").CountAsync() == 1);
        await Screenshot(page, "entity");
    }

    [SkippableFact]
    public async Task A_hostile_article_shows_as_text_and_runs_nothing()
    {
        var page = await NewPage();
        await page.GotoAsync(web.BaseUrl + "/search?q=" + Uri.EscapeDataString("خبيث"));
        await page.Locator("li.hit a.title").First.ClickAsync();
        await page.WaitForSelectorAsync("article.text");
        await page.Locator("article.text").HoverAsync();
        var text = await page.InnerTextAsync("article.text");
        Assert.Contains("<script>window.__xss = 1; alert('xss')</script>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.__xss = 2\">", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("article.text script, article.text img, article.text b, article.text a[href^='javascript']").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        await Screenshot(page, "xss");
    }

    [SkippableFact]
    public async Task The_interface_switches_between_arabic_and_english()
    {
        var page = await NewPage();
        await page.GotoAsync(web.BaseUrl + "/");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await page.ClickAsync("#lang-toggle");
        await page.WaitForSelectorAsync("html[dir=ltr]");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await Screenshot(page, "home-en");
    }

    [SkippableFact]
    public async Task The_story_page_shows_a_timeline_of_articles_events_and_quotes_and_its_sources()
    {
        var page = await NewPage();
        await page.GotoAsync(web.BaseUrl + "/");
        await page.ClickAsync("header nav a[href='/stories']");
        await page.WaitForSelectorAsync("table.stories");
        await Screenshot(page, "stories");
        await page.Locator("table.stories a.story-link", new PageLocatorOptions { HasText = "لافروف" }).First.ClickAsync();
        await page.WaitForSelectorAsync("h1.story-title");
        Assert.True(await page.Locator("ol.timeline li.t-article").CountAsync() >= 4, "the wire story, its two copies and the follow-up");
        Assert.True(await page.Locator("ol.timeline li.t-event").CountAsync() >= 1);
        Assert.Contains("جون كيري", await page.InnerTextAsync("ol.timeline"), StringComparison.Ordinal);
        Assert.Contains("واس", await page.InnerTextAsync("ul.story-sources"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("svg.chart").CountAsync());
        await Screenshot(page, "story");

        // From the timeline to a copy, whose page names the original and links back to the story.
        await page.Locator("ol.timeline li.t-article a", new PageLocatorOptions { HasText = "هاتفيا" }).First.ClickAsync();
        await page.WaitForSelectorAsync("table.copies");
        Assert.Contains("واس", await page.InnerTextAsync("table.copies tr.original"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("p.story a.story-link").CountAsync());
        await Screenshot(page, "article-copies");
    }

    [SkippableFact]
    public async Task The_sources_page_shows_who_republishes_whom_as_a_table_and_a_graph()
    {
        var page = await NewPage();
        await page.GotoAsync(web.BaseUrl + "/");
        await page.ClickAsync("header nav a[href='/sources']");
        await page.WaitForSelectorAsync("table.source-edges");
        var row = page.Locator("table.source-edges tr", new PageLocatorOptions { HasText = "الرياض" }).First;
        Assert.Equal("واس", await row.Locator("td.origin").InnerTextAsync());
        Assert.True(await page.Locator("svg.flows path.flow").CountAsync() >= 2, "arrows to both republishers");
        Assert.Contains("عكاظ", await page.Locator("svg.flows").TextContentAsync(), StringComparison.Ordinal);
        await Screenshot(page, "sources");

        await page.ClickAsync("#lang-toggle");
        await page.WaitForSelectorAsync("html[dir=ltr]");
        Assert.Contains("Saudi Press Agency", await page.InnerTextAsync("table.source-edges"), StringComparison.Ordinal);
        Assert.Contains("Who republishes whom", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await Screenshot(page, "sources-en");
    }
}
