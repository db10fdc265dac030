using System.Net;
using System.Net.Http.Json;
using Marsad.Tests;
using Marsad.Web.Hosting;

namespace Marsad.Web.Tests;

/// <summary>Posted analyses are bounded: a text longer than the limit gets 413, a crowd of them gets 429 with Retry-After.</summary>
public sealed class AnalysisLimitsTests
{
    private static WebOptions Options(int maxChars, int concurrent) => new()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "marsad-no-corpus-" + Guid.NewGuid().ToString("N")),
        Urls = "http://127.0.0.1:0",
        MaxAnalyzeChars = maxChars,
        MaxConcurrentAnalyses = concurrent,
    };

    [Fact]
    public async Task A_text_over_the_limit_is_refused_with_413_before_it_is_analysed()
    {
        await using var running = await RunningApp.StartAsync(Options(maxChars: 1000, concurrent: 2));
        var http = running.Http;
        using var refused = await http.PostAsJsonAsync("/api/analyze", new { text = new string('ب', 1001) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        using var accepted = await http.PostAsJsonAsync("/api/analyze", new { text = "قال الوزير إن المحادثات مستمرة." });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task More_analyses_than_run_and_wait_are_refused_with_429_and_Retry_After()
    {
        await using var running = await RunningApp.StartAsync(Options(maxChars: 400_000, concurrent: 1));
        var http = running.Http;
        // one runs and one waits; with an analysis taking a good fraction of a second, the rest are refused at once
        string article = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", "ar-sample-02.txt"));
        string text = string.Join("\n", Enumerable.Repeat(article, 60));
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => http.PostAsJsonAsync("/api/analyze", new { text })));
        try
        {
            var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
            Assert.NotEmpty(refused);
            Assert.All(refused, r => Assert.Equal(TimeSpan.FromSeconds(5), r.Headers.RetryAfter?.Delta));
            Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        }
        finally { foreach (var r in responses) r.Dispose(); }
    }
}
