using System.Text;
using Marsad.Web.Rendering;

namespace Marsad.Web.Hosting;

public static class RequestContextExtensions
{
    /// <summary>Response header saying whether a page or result came from the cache (the load test reports both).</summary>
    public const string CacheHeader = "X-Marsad-Cache";

    /// <summary>The interface language: ?lang=, then the cookie set by the toggle, then Arabic.</summary>
    public static UiText Ui(this HttpContext context)
    {
        string? lang = context.Request.Query["lang"];
        lang ??= context.Request.Cookies["lang"];
        return UiText.For(lang);
    }

    public static IResult Page(this HttpContext context, string title, Action<Html, UiText> body) =>
        Results.Content(context.PageHtml(title, body), "text/html; charset=utf-8");

    public static string PageHtml(this HttpContext context, string title, Action<Html, UiText> body)
    {
        var ui = context.Ui();
        var path = context.Request.Path + context.Request.QueryString;
        return Layout.Page(ui, title, path, html => body(html, ui));
    }

    /// <summary>
    /// A page drawn from the corpus, served from the page cache (by language, path and query) and rendered on a
    /// miss; <paramref name="render"/> returns null when the thing asked for does not exist (then <paramref name="missing"/>).
    /// </summary>
    public static async Task<IResult> CachedPageAsync(this HttpContext context, Func<string?> render, Func<IResult> missing)
    {
        var cache = context.RequestServices.GetRequiredService<PageCache>();
        string key = context.Ui().Lang + " " + context.Request.Path + context.Request.QueryString;
        var bytes = await context.CachedAsync(cache, key, () => render() is { } html ? Encoding.UTF8.GetBytes(html) : null);
        return bytes is null ? missing() : Results.Bytes(bytes, "text/html; charset=utf-8");
    }

    /// <summary>A result computed from the corpus, through <paramref name="cache"/>, saying in a header whether it was cached.</summary>
    public static async Task<T> CachedAsync<T>(this HttpContext context, CorpusCache<T> cache, string key, Func<T> compute)
    {
        var (value, hit) = await cache.GetOrAddAsync(key, compute);
        context.Response.Headers[CacheHeader] = hit ? "hit" : "miss";
        return value;
    }
}
