using Microsoft.AspNetCore.HostFiltering;

namespace Marsad.Web.Hosting;

/// <summary>
/// Which Host headers the server answers. A server on a loopback address answers only loopback names, so a web page
/// elsewhere cannot reach it through a name that resolves to 127.0.0.1 (DNS rebinding); a server on a public address
/// answers the names given with --allowed-hosts, or any name when none are given.
/// </summary>
public static class AllowedHosts
{
    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    public static IReadOnlyList<string> For(WebOptions options)
    {
        if (options.AllowedHosts is { Count: > 0 } given) return given;
        var urls = options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return urls.Length > 0 && urls.All(IsLoopback) ? Loopback : ["*"];
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal), UriKind.Absolute, out var uri)) return false;
        return uri.IsLoopback;
    }

    /// <summary>Configures the host filter that the web host runs before the app's own middleware.</summary>
    public static IServiceCollection AddAllowedHosts(this IServiceCollection services, WebOptions options)
    {
        return services.AddHostFiltering(o =>
        {
            o.AllowedHosts = [.. For(options)];
            o.AllowEmptyHosts = false;
            o.IncludeFailureMessage = false; // the 400 says nothing an attacker could use
        });
    }
}
