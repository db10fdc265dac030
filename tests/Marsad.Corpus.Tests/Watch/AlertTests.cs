using System.Text.Json;
using Marsad.Corpus.Watch;
using Marsad.Tests.Watch;

namespace Marsad.Corpus.Tests.Watch;

/// <summary>Alerts checked against the articles a watch pass stores, delivered to a webhook and a JSON Lines file once each.</summary>
public sealed class AlertTests
{
    private static (int Delivered, int Waiting) Deliver(WatchHarness h, List<string> problems)
    {
        using var state = MonitorStore.Open(h.DataDir);
        using var http = AlertDelivery.CreateClient(h.Fetch);
        return new AlertDelivery(state, http) { Backoff = TimeSpan.FromMilliseconds(10) }.DeliverAsync(problems.Add).GetAwaiter().GetResult();
    }

    private static string[] Lines(string file) => File.Exists(file) ? File.ReadAllLines(file) : [];

    private static string Title(string json) => JsonDocument.Parse(json).RootElement.GetProperty("article").GetProperty("title").GetString()!;

    [Fact]
    public async Task An_alert_on_a_name_fires_once_for_each_new_matching_article_to_a_webhook_and_a_file()
    {
        await using var h = await WatchHarness.StartAsync();
        string file = Path.Combine(h.DataDir, "alerts", "jubeir.jsonl");
        using (var state = MonitorStore.Open(h.DataDir))
        {
            state.AddAlert("الجبير", h.Server.Url("hook").ToString(), file);
            state.AddAlert("source:test-news AND موسكو", null, file + ".moscow");
        }
        var items = h.Publish(NewsSite.Synthetic.Take(4).ToList());
        h.Server.Feed("rss.xml", NewsSite.Rss(items));
        var problems = new List<string>();

        var first = h.Pass([h.Source("rss.xml")], withAlerts: true);
        Assert.Equal(3, first.Alerts); // two articles name al-Jubeir, one is from Moscow
        Assert.Equal((3, 0), Deliver(h, problems));
        string[] jubeir = [NewsSite.Synthetic[0].Title, NewsSite.Synthetic[3].Title];
        Assert.Equal(jubeir.Order(), Lines(file).Select(Title).Order());
        Assert.Equal(jubeir.Order(), h.Server.WebhookBodies.Select(Title).Order());
        Assert.Equal([NewsSite.Synthetic[0].Title], Lines(file + ".moscow").Select(Title));
        Assert.Equal((byte)'{', File.ReadAllBytes(file)[0]); // no byte order mark before the first line
        var payload = JsonDocument.Parse(Lines(file)[0]).RootElement;
        Assert.Equal("الجبير", payload.GetProperty("alert").GetProperty("query").GetString());
        Assert.StartsWith(h.Server.Base.ToString(), payload.GetProperty("article").GetProperty("url").GetString(), StringComparison.Ordinal);

        // a later pass: one new article names him, one does not; the old ones are not sent again
        h.Server.Page("news/5", NewsSite.Html(NewsSite.Synthetic[4], h.Server.Url("news/5").ToString()));
        h.Server.Page("news/6", NewsSite.Html(NewsSite.Synthetic[5], h.Server.Url("news/6").ToString()));
        h.Server.Feed("rss.xml", NewsSite.Rss(items.Append((NewsSite.Synthetic[4], h.Server.Url("news/5"))).Append((NewsSite.Synthetic[5], h.Server.Url("news/6")))));
        var second = h.Pass([h.Source("rss.xml")], withAlerts: true);
        Assert.Equal((2L, 1), (second.Stored, second.Alerts));
        Assert.Equal((1, 0), Deliver(h, problems));
        Assert.Equal(3, Lines(file).Length);
        Assert.Equal(3, h.Server.WebhookBodies.Count);
        Assert.Equal(NewsSite.Synthetic[5].Title, Title(h.Server.WebhookBodies[^1]));
        Assert.Equal((0, 0), Deliver(h, problems));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_webhook_that_refuses_gets_the_match_later_and_the_file_gets_it_once()
    {
        await using var h = await WatchHarness.StartAsync();
        string file = Path.Combine(h.DataDir, "matches.jsonl");
        using (var state = MonitorStore.Open(h.DataDir)) state.AddAlert("الجبير", h.Server.Url("hook").ToString(), file);
        var items = h.Publish(NewsSite.Synthetic.Take(1).ToList());
        h.Server.Feed("rss.xml", NewsSite.Rss(items));
        h.Server.HookStatus = 500;
        var problems = new List<string>();

        h.Pass([h.Source("rss.xml")], withAlerts: true);
        Assert.Equal((0, 1), Deliver(h, problems));
        var problem = Assert.Single(problems);
        Assert.Contains("HTTP 500", problem, StringComparison.Ordinal);
        Assert.Single(Lines(file));
        Assert.Empty(h.Server.WebhookBodies);

        h.Server.HookStatus = 200;
        Assert.Equal((1, 0), Deliver(h, problems));
        Assert.Single(Lines(file));
        Assert.Equal(NewsSite.Synthetic[0].Title, Title(Assert.Single(h.Server.WebhookBodies)));
    }
}
