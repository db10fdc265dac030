using System.IO.Compression;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Corpus.Reading;

namespace Marsad.Evaluation;

/// <summary>
/// Finds the article a gold file annotates: its record (zip file and URL) in the news folder, read through the
/// same record reader as `marsad ingest`, so that the text and metadata are what Marsad is given.
/// </summary>
public sealed class GoldTexts(string newsFolder)
{
    private readonly Dictionary<string, Dictionary<string, JsonElement>> _zips = new(StringComparer.Ordinal);

    public string NewsFolder { get; } = newsFolder;

    /// <summary>The default news folder: ../shared/data/news/saudinewsnet/dataset beside the repository holding the gold file.</summary>
    public static string DefaultFolder(string goldPath)
    {
        var env = Environment.GetEnvironmentVariable("MARSAD_NEWS");
        if (!string.IsNullOrEmpty(env)) return env;
        for (var dir = new DirectoryInfo(Path.GetFullPath(goldPath)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "news", "saudinewsnet", "dataset");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine("..", "shared", "data", "news", "saudinewsnet", "dataset");
    }

    /// <summary>The article of a record-based gold file; throws <see cref="InvalidDataException"/> with a clear reason.</summary>
    public ArticleInput Read(GoldArticle gold)
    {
        if (gold.Zip is null || gold.Url is null) throw new InvalidDataException($"{gold.Path}: no record (zip and url); give the article with --text");
        var article = Read(gold.Zip, gold.Url, gold.Path);
        if (gold.TextHash is { } hash && GoldArticle.HashOf(article.Text) != hash)
            throw new InvalidDataException($"{gold.Path}: the text of {gold.Zip} {gold.Url} is not the annotated one (hash differs)");
        return article;
    }

    /// <summary>The article of record <paramref name="url"/> in <paramref name="zip"/>; <paramref name="where"/> names the gold row in errors.</summary>
    public ArticleInput Read(string zip, string url, string where)
    {
        if (!_zips.TryGetValue(zip, out var byUrl)) _zips[zip] = byUrl = LoadZip(Path.Combine(NewsFolder, zip));
        if (!byUrl.TryGetValue(url, out var record)) throw new InvalidDataException($"{where}: {zip} has no record with url {url}");
        var result = JsonRecordReader.FromRecord(record, $"{zip}#{url}");
        if (result.Article is not { } article) throw new InvalidDataException($"{where}: the record cannot be read ({result.Error?.Message ?? result.SkippedBecause})");
        return article with { Text = article.Text.Replace("\r\n", "\n", StringComparison.Ordinal) };
    }

    private static Dictionary<string, JsonElement> LoadZip(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: not found (the news corpus is read from ../shared/data/news; give --news)");
        var byUrl = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) continue;
            using var stream = entry.Open();
            using var doc = JsonDocument.Parse(stream);
            if (doc.RootElement.ValueKind != JsonValueKind.Array) continue;
            foreach (var record in doc.RootElement.EnumerateArray())
                if (record.TryGetProperty("url", out var url) && url.GetString() is { } u) byUrl.TryAdd(u, record.Clone());
        }
        return byUrl;
    }
}
