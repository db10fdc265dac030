using System.IO.Compression;
using System.Text.Json;

namespace Marsad.Corpus.Reading;

/// <summary>
/// Reads everything under the paths given to `marsad ingest`, one article at a time: folders (recursively,
/// in name order), .txt, .html/.htm, .json (an object or an array, streamed), .jsonl, .zip of any of these
/// (the SaudiNewsNet layout), RSS/Atom (.xml, .rss, .atom), .warc and .warc.gz, and .gz of a single file.
/// A bad file (or record) yields an error naming it and the problem; reading goes on with the next.
/// </summary>
public sealed class BulkReader
{
    /// <summary>Files at most this size are read whole (with encoding detection); larger JSON is streamed as UTF-8.</summary>
    private const long WholeFileLimit = 4L * 1024 * 1024;

    private readonly ArticleReader _small = new();

    /// <summary>
    /// The most bytes one compressed entry (a zip member, a .gz file) may decompress to: a small archive that
    /// inflates to gigabytes (a zip bomb) is refused with one error line instead of filling memory.
    /// </summary>
    public long MaxEntryBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// The most bytes one article may take: a text or HTML file, a JSON record or line (default 32 MiB, as for
    /// `marsad analyze`). A larger one is reported by name and number and the records after it are still read.
    /// </summary>
    public long MaxRecordBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>The most entries read from one zip archive.</summary>
    public int MaxEntries { get; init; } = 1_000_000;

    /// <summary>
    /// Told of every exception a reader threw that was not an <see cref="InputException"/>: the batch goes on
    /// either way, but such an exception is a reader bug (the fuzzing tests fail on it).
    /// </summary>
    public Action<string, Exception>? OnReaderBug { get; init; }

    /// <summary>Bytes of input files finished so far (for progress).</summary>
    public long BytesDone => Interlocked.Read(ref _bytesDone);
    private long _bytesDone;

    /// <summary>Total size of the input files (known after <see cref="Plan"/>).</summary>
    public long BytesTotal { get; private set; }

    private List<string> _files = [];
    private readonly List<InputException> _missing = [];

    /// <summary>Lists the files to read (so progress knows the total) without reading them.</summary>
    public BulkReader Plan(IEnumerable<string> paths)
    {
        _files = [];
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                _files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && IsNewsFileType(f))
                    .Order(StringComparer.Ordinal));
            else if (File.Exists(path)) _files.Add(path);
            else _missing.Add(new InputException(path, "no such file or folder"));
        }
        BytesTotal = _files.Sum(f => new FileInfo(f).Length);
        return this;
    }

    private static readonly HashSet<string> NewsExtensions =
        [".txt", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".zip", ".xml", ".rss", ".atom", ".warc", ".gz"];

    /// <summary>
    /// Whether a file found inside a folder can hold news. A crawl folder also holds READMEs, images and
    /// style sheets: those are passed over, while a file named on the command line is always tried.
    /// </summary>
    public static bool IsNewsFileType(string path) => NewsExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public IEnumerable<ReadResult> Read()
    {
        foreach (var e in _missing) yield return e;
        foreach (var file in _files)
        {
            foreach (var r in ReadFile(file)) yield return r;
            Interlocked.Add(ref _bytesDone, new FileInfo(file).Length);
        }
    }

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths) => Plan(paths).Read();

    /// <summary>Reads one input held in memory as if it were a file called <paramref name="name"/> (the type comes from the name).</summary>
    public IEnumerable<ReadResult> Read(byte[] bytes, string name) => ReadStream(new MemoryStream(bytes, writable: false), name, name, bytes.Length);

    private IEnumerable<ReadResult> ReadFile(string path)
    {
        Stream stream;
        try { stream = File.OpenRead(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputException(path, $"cannot be read ({e.Message})")];
        }
        return ReadStream(stream, path, Path.GetFileName(path), stream.Length);
    }

    /// <summary>Reads one named stream (a file or an archive entry); disposes it.</summary>
    private IEnumerable<ReadResult> ReadStream(Stream stream, string location, string name, long length)
    {
        using (stream)
            foreach (var r in Guard(Results(stream, location, name, length), location)) yield return r;
    }

    /// <summary>The reader for a stream by its name; lazily, so that whatever the reader throws reaches <see cref="Guard"/>.</summary>
    private IEnumerable<ReadResult> Results(Stream stream, string location, string name, long length)
    {
        string lower = name.ToLowerInvariant();
        string ext = Path.GetExtension(lower);
        {
            IEnumerable<ReadResult> results = lower switch
            {
                _ when lower.EndsWith(".warc.gz", StringComparison.Ordinal) => WarcReader.Read(stream, location, gzipped: true),
                _ when ext == ".warc" => WarcReader.Read(stream, location, gzipped: false),
                _ when ext == ".zip" => ReadZip(stream, location),
                _ when ext == ".gz" => ReadStream(new LimitedStream(new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true), MaxEntryBytes, location), location, lower[..^3], -1),
                _ when ext is ".html" or ".htm" or ".xhtml" => [HtmlArticleReader.Read(ReadRecord(stream, location), location)],
                _ when ext is ".xml" or ".rss" or ".atom" => FeedReader.Read(stream, location),
                _ when ext is ".json" && (length > WholeFileLimit || length < 0) => StreamJson(stream, location),
                _ when ext is ".jsonl" or ".ndjson" && (length > WholeFileLimit || length < 0) => StreamJsonLines(stream, location),
                _ when ext is ".txt" or ".json" or ".jsonl" or ".ndjson" or "" => _small.Parse(ReadRecord(stream, location), location, ext),
                _ => [new InputException(location, $"unsupported file type '{ext}' (expected .txt, .html, .json, .jsonl, .zip, .xml/.rss/.atom, .warc, .warc.gz)")],
            };
            foreach (var r in results) yield return r;
        }
    }

    /// <summary>An exception inside a reader ends that input with one error line, never the batch.</summary>
    private IEnumerable<ReadResult> Guard(IEnumerable<ReadResult> results, string location)
    {
        using var e = results.GetEnumerator();
        while (true)
        {
            ReadResult current;
            bool failed = false;
            try
            {
                if (!e.MoveNext()) yield break;
                current = e.Current;
            }
            catch (InputException ex)
            {
                current = ex;
                failed = true;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // whatever a reader throws (a malformed JSON-LD type, an overflowing size) ends this input, never the batch
                current = new InputException(location, $"cannot be read ({ex.GetType().Name}: {ex.Message})");
                failed = true;
                OnReaderBug?.Invoke(location, ex);
            }
            yield return current;
            if (failed) yield break;
        }
    }

    private IEnumerable<ReadResult> ReadZip(Stream stream, string location)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            _ = zip.Entries.Count; // the central directory is read on first use; a damaged one is this archive's error
        }
        catch (InvalidDataException e) { return [new InputException(location, $"not a readable zip archive ({e.Message})")]; }
        return Entries(zip, location);
    }

    private IEnumerable<ReadResult> Entries(ZipArchive zip, string location)
    {
        using (zip)
        {
            var entries = zip.Entries.Where(e => e.Name.Length > 0 && !e.Name.StartsWith('.') && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            if (entries.Count > MaxEntries)
            {
                yield return new InputException(location, $"holds {entries.Count:N0} entries, above the limit of {MaxEntries:N0}; only the first are read");
                entries = entries.Take(MaxEntries).ToList();
            }
            foreach (var entry in entries)
            {
                string where = $"{location}!{entry.FullName}";
                Stream? stream = null;
                InputException? error = null;
                try
                {
                    if (entry.Length > MaxEntryBytes) error = new InputException(where, $"decompresses to {entry.Length / 1048576.0:N0} MiB, above the {MaxEntryBytes / 1048576.0:N0} MiB limit for one entry");
                    // the entry's CRC-32 and size are checked as it is read: a corrupt entry is named, the next ones still read
                    else stream = new LimitedStream(entry.Open(), MaxEntryBytes, where, (uint)entry.Crc32, entry.Length);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    error = new InputException(where, $"cannot be opened ({e.Message})");
                }
                if (stream is null)
                {
                    yield return error!;
                    continue;
                }
                foreach (var r in ReadStream(stream, where, entry.Name, entry.Length))
                    yield return r;
            }
        }
    }

    /// <summary>A whole input that is one article (or a small JSON file), refused past <see cref="MaxRecordBytes"/>.</summary>
    private byte[] ReadRecord(Stream s, string location) => ArticleReader.ReadLimited(s, MaxRecordBytes, () => TooLarge(location));

    private InputException TooLarge(string location) =>
        new(location, $"is larger than {MaxRecordBytes / 1048576.0:N0} MiB, the limit for one article");

    /// <summary>A large JSON array (one SaudiNewsNet day is 12 MB) read element by element.</summary>
    private IEnumerable<ReadResult> StreamJson(Stream stream, string location)
    {
        // Look at the first non-blank byte without seeking (zip entries cannot seek), then put it back.
        var head = new byte[256];
        int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        int first = Array.FindIndex(head, 0, n, b => b is not (0x20 or 0x09 or 0x0D or 0x0A or 0xEF or 0xBB or 0xBF));
        var whole = new PrefixedStream(head.AsMemory(0, n), stream);
        if (first < 0 || head[first] != '[')
            return JsonRecordReader.ReadJson(new StreamReader(new MemoryStream(ReadRecord(whole, location))).ReadToEnd(), location); // one object
        return Records(RecordSplitter.ArrayElements(whole, MaxRecordBytes), location, "#");
    }

    private IEnumerable<ReadResult> StreamJsonLines(Stream stream, string location) =>
        Records(RecordSplitter.Lines(stream, MaxRecordBytes), location, ":");

    private IEnumerable<ReadResult> Records(IEnumerable<RecordBytes> records, string location, string separator)
    {
        foreach (var record in records)
        {
            string where = $"{location}{separator}{record.Number}";
            if (record.Bytes is null) yield return TooLarge(where);
            else if (JsonRecordReader.FromUtf8(record.Bytes, where) is { } result) yield return result;
        }
    }
}
