using System.IO.Compression;
using Marsad.Corpus.Reading;

namespace Marsad.Corpus.Copies;

/// <summary>
/// Articles from paths for the copy and story commands: files the <see cref="ArticleReader"/> reads, folders
/// (recursively) and .zip archives of such files (the SaudiNewsNet layout: one JSON array per day).
/// Inputs are read in name order so that ids and "first published" ties are reproducible.
/// </summary>
public static class InputArticles
{
    private static readonly HashSet<string> Readable = new(StringComparer.OrdinalIgnoreCase) { ".json", ".jsonl", ".ndjson", ".txt", ".zip" };

    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths, ArticleReader? reader = null)
    {
        reader ??= new ArticleReader();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Readable.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal);
                foreach (var file in files)
                    foreach (var r in ReadFile(file, reader)) yield return r;
            }
            else
                foreach (var r in ReadFile(path, reader)) yield return r;
        }
    }

    private static IEnumerable<ReadResult> ReadFile(string path, ArticleReader reader)
    {
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return reader.Read(path);
        return ReadZip(path, reader);
    }

    private static IEnumerable<ReadResult> ReadZip(string path, ArticleReader reader)
    {
        ZipArchive zip;
        try { zip = ZipFile.OpenRead(path); }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return [new InputException(path, $"cannot be read as a zip archive ({e.Message})")];
        }
        return Entries(zip, path, reader);
    }

    private static IEnumerable<ReadResult> Entries(ZipArchive zip, string path, ArticleReader reader)
    {
        using (zip)
        {
            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var ext = Path.GetExtension(entry.FullName).ToLowerInvariant();
                if (entry.FullName.EndsWith('/') || !Readable.Contains(ext) || ext == ".zip") continue;
                if (entry.Length > reader.MaxBytes)
                {
                    yield return new InputException($"{path}!{entry.FullName}", "entry is above the size limit (raise it with --max-bytes)");
                    continue;
                }
                byte[] bytes;
                using (var s = entry.Open())
                using (var m = new MemoryStream((int)entry.Length))
                {
                    s.CopyTo(m);
                    bytes = m.ToArray();
                }
                foreach (var r in reader.Parse(bytes, $"{path}!{entry.FullName}", ext)) yield return r;
            }
        }
    }
}
