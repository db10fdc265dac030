using System.IO.Compression;
using System.Text.Json;

namespace Marsad.Benchmarks;

/// <summary>Finds the repository's samples and the public data in ../shared.</summary>
public static class BenchData
{
    public static string RepoRoot { get; } = Find();

    public static string Sample(string name) => Path.Combine(RepoRoot, "samples", name);

    public static string? Shared(params string[] parts)
    {
        var path = Path.Combine([RepoRoot, "..", "shared", .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? Path.GetFullPath(path) : null;
    }

    /// <summary>The texts of the first <paramref name="count"/> SaudiNewsNet articles of 2015-07-21, or the sample article when the data is absent.</summary>
    public static List<string> DayTexts(int count = 300)
    {
        var zip = Shared("data", "news", "saudinewsnet", "dataset", "2015-07-21.zip");
        if (zip is null) return [File.ReadAllText(Sample("ar-sample-01.txt"))];
        var texts = new List<string>();
        using var archive = ZipFile.OpenRead(zip);
        foreach (var entry in archive.Entries.Where(e => e.Name.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var s = entry.Open();
            using var json = JsonDocument.Parse(s);
            var root = json.RootElement;
            foreach (var a in root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : Enumerable.Repeat(root, 1))
                if (a.TryGetProperty("content", out var c) && c.GetString() is { Length: > 0 } text) texts.Add(text);
            if (texts.Count >= count) break;
        }
        return [.. texts.Take(count)];
    }

    private static string Find()
    {
        var dir = new DirectoryInfo(Environment.CurrentDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx"))) dir = dir.Parent;
        dir ??= new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
