using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Marsad.Corpus.Watch;

public enum FetchOutcome
{
    /// <summary>The body was read.</summary>
    Ok,
    /// <summary>A conditional request answered 304: nothing changed since the validators were taken.</summary>
    NotModified,
    /// <summary>robots.txt disallows the URL (or a URL it redirected to): nothing was requested.</summary>
    Disallowed,
    /// <summary>Every attempt failed; <see cref="FetchResult.Error"/> says why.</summary>
    Failed,
}

/// <summary>What a fetch gave: the final URL (after redirects), the body and its declared charset, and the validators for the next request.</summary>
public sealed record FetchResult(FetchOutcome Outcome, Uri Url, byte[] Body, string? Charset, FeedValidators Validators, string? Error = null);

/// <summary>Counts of one fetcher, for the progress line and the tests.</summary>
public sealed record FetchCounts(long Requests, long Conditional, long NotModified, long Disallowed, long Retries);

/// <summary>
/// Fetches over HTTP the way a well-behaved crawler does: it names itself (User-Agent), obeys each site's
/// robots.txt (cached in the <see cref="MonitorStore"/>), keeps to a per-host number of connections and spacing,
/// sends conditional requests (If-None-Match, If-Modified-Since) when validators are known, gives up on an attempt
/// after a timeout, retries network failures and 408/429/5xx with a doubling backoff, follows redirects itself (so
/// each hop is checked against robots.txt and the final URL is known), and refuses bodies above a size limit.
/// It never throws for what a server does: every failure is a <see cref="FetchResult"/> with a one-line reason.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly MonitorStore _state;
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> _robots = new(StringComparer.OrdinalIgnoreCase);
    private long _requests, _conditional, _notModified, _disallowed, _retries;

    public PoliteFetcher(FetchOptions options, MonitorStore state)
    {
        _options = options;
        _state = state;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false, // followed here, each hop checked against robots.txt
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5), // DNS changes are noticed by a long-running watch
            MaxConnectionsPerServer = Math.Max(1, options.PerHostConnections),
            UseCookies = false,
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
        _http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar,en;q=0.5");
    }

    public FetchCounts Counts => new(Interlocked.Read(ref _requests), Interlocked.Read(ref _conditional), Interlocked.Read(ref _notModified),
        Interlocked.Read(ref _disallowed), Interlocked.Read(ref _retries));

    /// <summary>Fetches <paramref name="url"/>; with <paramref name="validators"/>, conditionally.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, FeedValidators? validators = null, CancellationToken cancel = default)
    {
        var current = url;
        for (int hop = 0; ; hop++)
        {
            var robots = await RobotsFor(current, cancel).ConfigureAwait(false);
            if (!robots.Allows(current))
            {
                Interlocked.Increment(ref _disallowed);
                string why = robots.DisallowsAll ? $"the robots.txt of {current.Authority} cannot be fetched, so nothing of the site is fetched in this pass"
                    : hop == 0 ? "disallowed by robots.txt" : $"redirected from {url} to a URL robots.txt disallows";
                return Fail(FetchOutcome.Disallowed, current, why);
            }
            var (response, error) = await SendWithRetries(current, validators, robots, cancel).ConfigureAwait(false);
            if (response is null) return Fail(FetchOutcome.Failed, current, error!);
            using (response)
            {
                int status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308)
                {
                    if (response.Headers.Location is not { } location) return Fail(FetchOutcome.Failed, current, $"HTTP {status} without a Location header");
                    if (hop >= _options.MaxRedirects) return Fail(FetchOutcome.Failed, url, $"more than {_options.MaxRedirects} redirects");
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (next.Scheme is not ("http" or "https")) return Fail(FetchOutcome.Failed, current, $"redirected to a {next.Scheme}: URL");
                    current = next;
                    continue;
                }
                var found = new FeedValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    Interlocked.Increment(ref _notModified);
                    return new FetchResult(FetchOutcome.NotModified, current, [], null, validators ?? found);
                }
                if (!response.IsSuccessStatusCode) return Fail(FetchOutcome.Failed, current, $"HTTP {status} {response.ReasonPhrase}");
                var (body, readError) = await ReadBody(response, cancel).ConfigureAwait(false);
                if (body is null) return Fail(FetchOutcome.Failed, current, readError!);
                return new FetchResult(FetchOutcome.Ok, current, body, response.Content.Headers.ContentType?.CharSet, found);
            }
        }
    }

    private static FetchResult Fail(FetchOutcome outcome, Uri url, string error) => new(outcome, url, [], null, new FeedValidators(null, null), error);

    /// <summary>One request, retried on failures that may pass; the response (a redirect, 304 or final answer) or the last failure.</summary>
    private async Task<(HttpResponseMessage? Response, string? Error)> SendWithRetries(Uri url, FeedValidators? validators, RobotsRules robots, CancellationToken cancel)
    {
        string? error = null;
        for (int attempt = 0; attempt <= _options.Retries; attempt++)
        {
            TimeSpan? retryAfter = null;
            using (await Gate(url).EnterAsync(Spacing(robots), cancel).ConfigureAwait(false))
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                timeout.CancelAfter(_options.Timeout);
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
                if (validators?.LastModified is { } lm && DateTimeOffset.TryParse(lm, out var since)) request.Headers.IfModifiedSince = since;
                if (request.Headers.IfNoneMatch.Count > 0 || request.Headers.IfModifiedSince is not null) Interlocked.Increment(ref _conditional);
                Interlocked.Increment(ref _requests);
                try
                {
                    var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                    int status = (int)response.StatusCode;
                    if (status is not (408 or 429) && status < 500) return (response, null);
                    error = $"HTTP {status} {response.ReasonPhrase}";
                    retryAfter = response.Headers.RetryAfter?.Delta ?? (response.Headers.RetryAfter?.Date is { } at ? at - DateTimeOffset.UtcNow : null);
                    response.Dispose();
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    error = $"no answer within {_options.Timeout.TotalSeconds:0.#} s";
                }
                catch (HttpRequestException e)
                {
                    error = e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
                }
            }
            if (attempt == _options.Retries) break;
            Interlocked.Increment(ref _retries);
            var wait = _options.Backoff * Math.Pow(2, attempt);
            if (retryAfter is { } ra && ra > wait) wait = ra < _options.MaxRetryAfter ? ra : _options.MaxRetryAfter;
            await Task.Delay(wait, cancel).ConfigureAwait(false);
        }
        return (null, $"{error} (after {_options.Retries + 1} attempts)");
    }

    /// <summary>The body, at most <see cref="FetchOptions.MaxBytes"/>; the whole read is bounded by the timeout.</summary>
    private async Task<(byte[]? Body, string? Error)> ReadBody(HttpResponseMessage response, CancellationToken cancel)
    {
        long max = _options.MaxBytes;
        if (response.Content.Headers.ContentLength is long declared && declared > max)
            return (null, $"the response has {declared:N0} bytes; at most {max:N0} are read");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = await stream.ReadAsync(chunk, timeout.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + n > max) return (null, $"the response is larger than {max:N0} bytes");
                buffer.Write(chunk, 0, n);
            }
            return (buffer.ToArray(), null);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return (null, $"the body did not arrive within {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException)
        {
            return (null, $"the body could not be read ({e.Message})");
        }
    }

    /// <summary>Forgets the robots.txt rules held in memory: a new pass reads them from the state again (fetched when stale or unreachable before).</summary>
    public void NewPass() => _robots.Clear();

    private HostGate Gate(Uri url) => _gates.GetOrAdd(url.Authority, _ => new HostGate(_options.PerHostConnections));

    private TimeSpan Spacing(RobotsRules robots) => robots.CrawlDelay is { } d && d > _options.PerHostDelay ? d : _options.PerHostDelay;

    /// <summary>The robots.txt rules of the URL's site: from memory, else from the state when fresh, else fetched once (concurrent callers share it).</summary>
    private Task<RobotsRules> RobotsFor(Uri url, CancellationToken cancel)
    {
        string site = url.GetLeftPart(UriPartial.Authority);
        return _robots.GetOrAdd(site, s => new Lazy<Task<RobotsRules>>(() => LoadRobots(s, cancel))).Value;
    }

    private async Task<RobotsRules> LoadRobots(string site, CancellationToken cancel)
    {
        if (_state.Robots(site, _options.RobotsMaxAge) is { } saved) return Rules(saved.Kind, saved.Body);
        var url = new Uri(site + "/robots.txt");
        var spacing = RobotsRules.AllowAll;
        // robots.txt may redirect (to https, to www): up to five hops, as RFC 9309 asks
        for (int hop = 0; hop < 5; hop++)
        {
            var (response, error) = await SendWithRetries(url, null, spacing, cancel).ConfigureAwait(false);
            if (response is null) return Save(site, "unreachable", error);
            using (response)
            {
                int status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    continue;
                }
                if (status is >= 400 and < 500) return Save(site, "none", null);
                if (!response.IsSuccessStatusCode) return Save(site, "unreachable", $"HTTP {status}");
                try { return Save(site, "rules", await ReadRobotsBody(response, cancel).ConfigureAwait(false)); }
                catch (Exception e) when (e is HttpRequestException or IOException) { return Save(site, "unreachable", e.Message); }
            }
        }
        return Save(site, "none", null); // too many redirects: RFC 9309 treats robots.txt as unavailable (4xx)
    }

    /// <summary>The first <see cref="RobotsRules.MaxBytes"/> of a robots.txt (RFC 9309 lets a crawler stop there).</summary>
    private static async Task<string> ReadRobotsBody(HttpResponseMessage response, CancellationToken cancel)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        var buffer = new byte[RobotsRules.MaxBytes];
        int total = 0, n;
        while (total < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(total), cancel).ConfigureAwait(false)) > 0) total += n;
        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    private RobotsRules Save(string site, string kind, string? body)
    {
        // an unreachable robots.txt is not remembered: the site is left alone for this run and asked again in the next
        if (kind != "unreachable") _state.SaveRobots(site, kind, body);
        return Rules(kind, body);
    }

    private static RobotsRules Rules(string kind, string? body) => kind switch
    {
        "rules" => RobotsRules.Parse(body ?? ""),
        "unreachable" => RobotsRules.Unreachable,
        _ => RobotsRules.AllowAll,
    };

    public void Dispose() => _http.Dispose();
}
