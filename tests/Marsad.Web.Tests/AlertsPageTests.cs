using System.Net;
using System.Text.Json;
using Marsad.Corpus.Watch;
using Marsad.Web.Hosting;

namespace Marsad.Web.Tests;

/// <summary>The alerts page and API over a data folder's monitor file.</summary>
public sealed class AlertsPageTests
{
    [Fact]
    public async Task The_alerts_page_lists_each_alert_with_its_matches_and_shows_article_text_as_text()
    {
        string data = Directory.CreateTempSubdirectory("marsad-web-alerts-").FullName;
        try
        {
            using (var state = MonitorStore.Open(data))
            {
                var jubeir = state.AddAlert("الجبير", "https://hooks.example.org/x", null);
                state.AddAlert("<script>alert(1)</script>", null, "/tmp/never.jsonl");
                state.RecordMatches([(jubeir.Id, "a0000000000000001", "الجبير <b>يلتقي</b> لافروف", "https://example.com/1", "{}")]);
            }
            await using var app = await RunningApp.StartAsync(new WebOptions { DataDirectory = data, Urls = "http://127.0.0.1:0" });

            string page = await app.Http.GetStringAsync("/alerts?lang=en");
            Assert.Contains("href=\"/article/a0000000000000001\"", page, StringComparison.Ordinal);
            Assert.Contains("الجبير &lt;b&gt;يلتقي&lt;/b&gt; لافروف", page, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
            Assert.Contains("POST https://hooks.example.org/x", page, StringComparison.Ordinal);

            using var response = await app.Http.GetAsync("/api/alerts");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var alerts = json.GetProperty("alerts").EnumerateArray().ToList();
            Assert.Equal(2, alerts.Count);
            Assert.Equal((1, 1), (alerts[0].GetProperty("matches").GetInt32(), alerts[0].GetProperty("waiting").GetInt32()));
            var recent = Assert.Single(json.GetProperty("recent").EnumerateArray());
            Assert.False(recent.GetProperty("delivered").GetBoolean());
        }
        finally { Directory.Delete(data, recursive: true); }
    }

    [Fact]
    public async Task A_folder_without_a_monitor_file_shows_no_alerts()
    {
        string data = Directory.CreateTempSubdirectory("marsad-web-alerts-").FullName;
        try
        {
            await using var app = await RunningApp.StartAsync(new WebOptions { DataDirectory = data, Urls = "http://127.0.0.1:0" });
            Assert.Contains("No alerts yet", await app.Http.GetStringAsync("/alerts?lang=en"), StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(data, MonitorStore.FileName)));
        }
        finally { Directory.Delete(data, recursive: true); }
    }
}
