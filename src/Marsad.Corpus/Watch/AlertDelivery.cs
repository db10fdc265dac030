using System.Net.Http.Headers;
using System.Text;

namespace Marsad.Corpus.Watch;

/// <summary>
/// Delivers the recorded alert matches: each match's JSON is appended as one line to the alert's file (JSON Lines)
/// and POSTed to its webhook (application/json), the POST retried with a doubling backoff. A target that took a
/// match is never sent it again; a match some target refused stays waiting and is tried again by the next run,
/// up to <see cref="MaxAttempts"/> runs.
/// </summary>
public sealed class AlertDelivery(MonitorStore state, HttpClient http)
{
    /// <summary>UTF-8 without a byte order mark: a JSON Lines file starts with its first object.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public int MaxAttempts { get; init; } = 10;
    public int PostRetries { get; init; } = 2;
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan PostTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>A client for webhooks: Marsad's User-Agent, no redirects to other places followed silently.</summary>
    public static HttpClient CreateClient(FetchOptions options)
    {
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        return http;
    }

    /// <summary>Sends every waiting match; returns how many were completed and how many still wait. Each failure is one line to <paramref name="problem"/>.</summary>
    public async Task<(int Delivered, int Waiting)> DeliverAsync(Action<string> problem, CancellationToken cancel = default)
    {
        var alerts = state.Alerts().ToDictionary(a => a.Id);
        int delivered = 0, waiting = 0;
        foreach (var m in state.Undelivered(MaxAttempts))
        {
            if (!alerts.TryGetValue(m.Alert, out var alert)) continue;
            bool fileDone = m.FileDone || alert.File is null, webhookDone = m.WebhookDone || alert.Webhook is null;
            var errors = new List<string>();
            if (!fileDone)
            {
                try
                {
                    if (Path.GetDirectoryName(Path.GetFullPath(alert.File!)) is { } dir) Directory.CreateDirectory(dir);
                    await File.AppendAllTextAsync(alert.File!, m.Payload + "\n", Utf8, cancel).ConfigureAwait(false);
                    fileDone = true;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { errors.Add($"{alert.File}: {e.Message}"); }
            }
            if (!webhookDone)
            {
                string? error = await Post(alert.Webhook!, m.Payload, cancel).ConfigureAwait(false);
                if (error is null) webhookDone = true;
                else errors.Add($"{alert.Webhook}: {error}");
            }
            bool complete = fileDone && webhookDone;
            string? message = errors.Count == 0 ? null : string.Join("; ", errors);
            state.MatchAttempted(m, fileDone, webhookDone, complete, message);
            if (complete) delivered++;
            else
            {
                waiting++;
                problem($"alert {alert.Id}: article {m.Article} not delivered ({message}); tried again in the next run");
            }
        }
        return (delivered, waiting);
    }

    private async Task<string?> Post(string url, string json, CancellationToken cancel)
    {
        string? error = null;
        for (int attempt = 0; attempt <= PostRetries; attempt++)
        {
            if (attempt > 0) await Task.Delay(Backoff * Math.Pow(2, attempt - 1), cancel).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(PostTimeout);
            try
            {
                using var content = new StringContent(json, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                using var response = await http.PostAsync(url, content, timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode) return null;
                error = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                if ((int)response.StatusCode is >= 400 and < 500 and not (408 or 429)) return error; // the receiver refuses it: retrying now will not help
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested) { error = $"no answer within {PostTimeout.TotalSeconds:0.#} s"; }
            catch (HttpRequestException e) { error = e.Message; }
        }
        return error;
    }
}
