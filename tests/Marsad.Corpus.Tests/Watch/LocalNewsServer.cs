using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Tests.Watch;

/// <summary>A request the local server answered: its path, whether it was conditional, and its User-Agent.</summary>
public sealed record LoggedRequest(string Method, string Path, bool Conditional, string UserAgent, int Status);

/// <summary>
/// A news site on 127.0.0.1 and a free port (Kestrel), for testing `marsad watch` without the internet: pages,
/// feeds with ETag and Last-Modified (answering 304 to a matching conditional request), robots.txt, redirects, and
/// slow, broken and flaky answers. Every request is logged; POSTs to /hook are kept as a webhook receiver.
/// </summary>
public sealed class LocalNewsServer : IAsyncDisposable
{
    private static readonly DateTimeOffset Modified = new(2015, 7, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<LoggedRequest> _log = new();
    private readonly ConcurrentQueue<string> _hook = new();
    private readonly WebApplication _app;

    private LocalNewsServer(WebApplication app) => _app = app;

    public Uri Base { get; private set; } = null!;

    /// <summary>Status the webhook answers with (set 500 to make deliveries fail).</summary>
    public int HookStatus { get; set; } = 200;

    public static async Task<LocalNewsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LocalNewsServer(app);
        app.Run(server.Handle);
        await app.StartAsync();
        server.Base = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return server;
    }

    public Uri Url(string path) => new(Base, path.TrimStart('/'));

    public IReadOnlyList<LoggedRequest> Requests => [.. _log];
    public IReadOnlyList<string> WebhookBodies => [.. _hook];
    public void ClearLog() => _log.Clear();

    public void Page(string path, string html, string contentType = "text/html; charset=utf-8") => Page(path, Encoding.UTF8.GetBytes(html), contentType);

    public void Page(string path, byte[] body, string contentType) =>
        _routes["/" + path.TrimStart('/')] = ctx => Write(ctx, 200, contentType, body);

    /// <summary>A feed or sitemap with validators: a request carrying the current ETag or a date not before Last-Modified gets 304.</summary>
    public void Feed(string path, string xml, string contentType = "application/rss+xml; charset=utf-8")
    {
        var body = Encoding.UTF8.GetBytes(xml);
        string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
        _routes["/" + path.TrimStart('/')] = ctx =>
        {
            var h = ctx.Request.Headers;
            bool fresh = h.IfNoneMatch.Count > 0 ? h.IfNoneMatch.ToString().Contains(etag, StringComparison.Ordinal)
                : DateTimeOffset.TryParse(h.IfModifiedSince.ToString(), out var since) && since >= Modified;
            ctx.Response.Headers.ETag = etag;
            ctx.Response.Headers.LastModified = Modified.ToString("R");
            return fresh ? Write(ctx, 304, null, []) : Write(ctx, 200, contentType, body);
        };
    }

    public void Robots(string text) => Page("robots.txt", text, "text/plain");

    public void Redirect(string from, string to, int status = 301) =>
        _routes["/" + from.TrimStart('/')] = ctx =>
        {
            ctx.Response.Headers.Location = to;
            return Write(ctx, status, null, []);
        };

    public void Broken(string path, int status = 500) => _routes["/" + path.TrimStart('/')] = ctx => Write(ctx, status, "text/plain", "broken"u8.ToArray());

    /// <summary>Answers after <paramref name="delay"/> (a client with a shorter timeout gives up first).</summary>
    public void Slow(string path, TimeSpan delay, string body, string contentType = "text/html; charset=utf-8") =>
        _routes["/" + path.TrimStart('/')] = async ctx =>
        {
            try { await Task.Delay(delay, ctx.RequestAborted); }
            catch (OperationCanceledException) { return; }
            await Write(ctx, 200, contentType, Encoding.UTF8.GetBytes(body));
        };

    /// <summary>Answers 503 to the first <paramref name="failures"/> requests, then the page.</summary>
    public void Flaky(string path, int failures, string html)
    {
        int left = failures;
        _routes["/" + path.TrimStart('/')] = ctx => Interlocked.Decrement(ref left) >= 0
            ? Write(ctx, 503, "text/plain", "busy"u8.ToArray())
            : Write(ctx, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));
    }

    private async Task Handle(HttpContext ctx)
    {
        string path = ctx.Request.Path.Value ?? "/";
        if (ctx.Request.Method == "POST" && path == "/hook")
        {
            using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8);
            string body = await reader.ReadToEndAsync();
            if (HookStatus == 200) _hook.Enqueue(body);
            await Write(ctx, HookStatus, null, []);
        }
        else if (_routes.TryGetValue(path, out var route)) await route(ctx);
        else await Write(ctx, 404, "text/plain", "not found"u8.ToArray());
        var h = ctx.Request.Headers;
        _log.Enqueue(new LoggedRequest(ctx.Request.Method, path, h.IfNoneMatch.Count > 0 || h.IfModifiedSince.Count > 0, h.UserAgent.ToString(), ctx.Response.StatusCode));
    }

    private static Task Write(HttpContext ctx, int status, string? contentType, byte[] body)
    {
        ctx.Response.StatusCode = status;
        if (contentType is not null) ctx.Response.ContentType = contentType;
        if (body.Length == 0) return Task.CompletedTask;
        ctx.Response.ContentLength = body.Length;
        return ctx.Response.Body.WriteAsync(body).AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
