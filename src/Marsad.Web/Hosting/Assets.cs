using System.Reflection;

namespace Marsad.Web.Hosting;

/// <summary>Serves the app's own CSS and JS from embedded resources: nothing is fetched from elsewhere.</summary>
public static class Assets
{
    private static readonly Dictionary<string, (byte[] Bytes, string Type)> s_files = Load();

    private static Dictionary<string, (byte[], string)> Load()
    {
        var asm = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        const string prefix = "Marsad.Web.Assets.";
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var s = asm.GetManifestResourceStream(name)!;
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            var file = name[prefix.Length..];
            string type = Path.GetExtension(file) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            files[file] = (ms.ToArray(), type);
        }
        return files;
    }

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        // The name is looked up in a fixed table: no path from the request ever reaches the file system.
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!s_files.TryGetValue(name, out var f)) return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(f.Bytes, f.Type);
        }).ExcludeFromDescription();
        return app;
    }
}
