using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Marsad.Evaluation;

/// <summary>
/// One gold file (the format of ../shared/spec/seed.gold.json; conventions in docs/annotation.md). The project's
/// own gold files name their record (zip and URL) and hold offsets only; the text is read at evaluation time.
/// </summary>
public sealed class GoldArticle
{
    public required string Path { get; init; }
    public required JsonElement Root { get; init; }
    public string? Zip => Str(Root, "record", "zip");
    public string? Url => Str(Root, "record", "url");
    public string? TextHash => Root.TryGetProperty("textHash", out var h) ? h.GetString() : null;
    public string? Published => Root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
    public string Name => System.IO.Path.GetFileName(Path);

    public static GoldArticle Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return new GoldArticle { Path = path, Root = doc.RootElement.Clone() };
    }

    /// <summary>A gold file, or every *.gold.json under a folder (sorted, so that reports are stable).</summary>
    public static IReadOnlyList<string> Find(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) throw new FileNotFoundException($"'{path}' is neither a gold file nor a folder");
        var files = Directory.GetFiles(path, "*.gold.json", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>The hash the annotation tool (eval/tools/anchor.py) keeps: first 16 hex digits of SHA-256 of the UTF-8 text.</summary>
    public static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private static string? Str(JsonElement e, string a, string b) =>
        e.TryGetProperty(a, out var x) && x.ValueKind == JsonValueKind.Object && x.TryGetProperty(b, out var y) ? y.GetString() : null;
}
