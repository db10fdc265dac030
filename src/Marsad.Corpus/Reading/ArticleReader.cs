using Marsad.Analysis;

namespace Marsad.Corpus.Reading;

/// <summary>
/// Reads the articles of one input: a text file, a JSON/JSONL file of records, or standard input ("-").
/// Problems come back as <see cref="ReadResult.Error"/> so a batch can go on.
/// </summary>
public sealed class ArticleReader
{
    /// <summary>Inputs above this size are refused (default 32 MiB; `--max-bytes` changes it).</summary>
    public long MaxBytes { get; init; } = 32L * 1024 * 1024;

    public IEnumerable<ReadResult> Read(string path, Func<Stream>? standardInput = null)
    {
        byte[] bytes;
        string location = path;
        try
        {
            if (path == "-")
            {
                location = "<stdin>";
                using var stdin = (standardInput ?? Console.OpenStandardInput)();
                bytes = ReadLimited(stdin, MaxBytes, () => new InputException(location, $"input is above the {MaxBytes / 1048576.0:0.#} MiB limit (raise it with --max-bytes)"));
            }
            else
            {
                if (Directory.Exists(path)) return [new InputException(path, "is a directory, not a file")];
                var info = new FileInfo(path);
                if (!info.Exists) return [new InputException(path, "no such file")];
                if (info.Length > MaxBytes)
                    return [new InputException(path, $"file is {info.Length / 1048576.0:0.#} MiB, above the {MaxBytes / 1048576.0:0.#} MiB limit (raise it with --max-bytes)")];
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (InputException e) { return [e]; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputException(location, $"cannot be read ({e.Message})")];
        }
        return Parse(bytes, location, Path.GetExtension(path).ToLowerInvariant());
    }

    public IEnumerable<ReadResult> Parse(byte[] bytes, string location, string extension)
    {
        if (bytes.Length == 0) return [new InputException(location, "empty file")];
        string text;
        try { text = TextDecoder.Decode(bytes, location); }
        catch (InputException e) { return [e]; }
        if (string.IsNullOrWhiteSpace(text)) return [new InputException(location, "empty file (only white space)")];
        switch (extension)
        {
            case ".json": return JsonRecordReader.ReadJson(text, location);
            case ".jsonl" or ".ndjson": return JsonRecordReader.ReadJsonLines(text, location);
        }
        // Standard input may carry a JSON record; a text file is always text.
        if (location == "<stdin>" && text.TrimStart().StartsWith('{'))
        {
            var records = JsonRecordReader.ReadJsonLines(text, location).ToList();
            if (records.All(r => r.Article is not null)) return records;
        }
        text = text.TrimStart('\uFEFF');
        return [new ArticleInput(text, new ArticleMetadata { Location = location })];
    }

    /// <summary>A whole stream, refused with <paramref name="tooLarge"/> as soon as it passes <paramref name="maxBytes"/>.</summary>
    internal static byte[] ReadLimited(Stream stream, long maxBytes, Func<InputException> tooLarge)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes) throw tooLarge();
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
