using System.IO.Compression;
using System.Text;
using Marsad.Analysis;

namespace Marsad.Corpus.Reading;

/// <summary>
/// Articles from a WARC file (.warc, or .warc.gz with one gzip member per record, as news crawls such as
/// CC-NEWS publish them): every `response` record whose HTTP payload is HTML becomes an article read by
/// <see cref="HtmlArticleReader"/>, its URL from WARC-Target-URI and its charset from the HTTP Content-Type.
/// Other records (request, metadata, warcinfo, non-HTML responses) are skipped. Records stream one at a time.
/// </summary>
public static class WarcReader
{
    public static IEnumerable<ReadResult> Read(Stream stream, string location, bool gzipped)
    {
        using var input = new BufferedStream(gzipped ? new GZipStream(stream, CompressionMode.Decompress) : stream, 1 << 16);
        int recordNo = 0;
        while (true)
        {
            Dictionary<string, string> headers;
            byte[] block;
            string where = $"{location}#{recordNo + 1}";
            InputException? error = null;
            try
            {
                string? version = ReadLine(input);
                while (version is { Length: 0 }) version = ReadLine(input); // blank lines between records
                if (version is null) yield break;
                recordNo++;
                if (!version.StartsWith("WARC/", StringComparison.Ordinal))
                    throw new InputException(where, $"not a WARC record (starts with '{Truncate(version)}')");
                headers = ReadHeaders(input);
                if (!headers.TryGetValue("content-length", out var lenText) || !long.TryParse(lenText, out long length) || length < 0)
                    throw new InputException(where, "WARC record without a valid Content-Length");
                if (length > 64L * 1024 * 1024) { Skip(input, length); continue; }
                block = new byte[length];
                input.ReadExactly(block);
            }
            catch (InputException e) { error = e; headers = []; block = []; }
            catch (EndOfStreamException) { error = new InputException(where, "WARC file ends inside a record (truncated)"); headers = []; block = []; }
            catch (InvalidDataException e) { error = new InputException(where, $"broken gzip data ({e.Message})"); headers = []; block = []; }
            if (error is not null)
            {
                yield return error;
                yield break; // the record boundaries are lost: nothing after can be trusted
            }
            if (!headers.TryGetValue("warc-type", out var type) || type != "response") continue;
            if (headers.TryGetValue("content-type", out var ct) && !ct.Contains("application/http", StringComparison.OrdinalIgnoreCase)) continue;
            headers.TryGetValue("warc-target-uri", out var uri);
            var result = FromHttpResponse(block, where, uri?.Trim('<', '>'));
            if (result is { } r)
            {
                if (r.Article is { Metadata.Published: null } a && headers.TryGetValue("warc-date", out var warcDate) && PublicationDate.TryParse(warcDate, out var d))
                    r = a with { Metadata = a.Metadata with { Published = d } }; // a news crawl fetches an article soon after it appears
                yield return r;
            }
        }
    }

    /// <summary>The article of one HTTP response, or null when the response is not an HTML page worth reading.</summary>
    internal static ReadResult? FromHttpResponse(byte[] http, string location, string? url)
    {
        using var ms = new MemoryStream(http);
        string? status = ReadLine(ms);
        if (status is null || !status.StartsWith("HTTP/", StringComparison.Ordinal)) return new InputException(location, "response record without an HTTP status line");
        var parts = status.Split(' ', 3);
        if (parts.Length < 2 || parts[1] != "200") return null; // redirects and errors carry no article
        var headers = ReadHeaders(ms);
        string contentType = headers.GetValueOrDefault("content-type", "");
        if (contentType.Length > 0 && !contentType.Contains("html", StringComparison.OrdinalIgnoreCase)) return null;
        byte[] body = http[(int)ms.Position..];
        try
        {
            if (headers.TryGetValue("transfer-encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase)) body = Dechunk(body);
            if (headers.TryGetValue("content-encoding", out var ce))
            {
                if (ce.Contains("gzip", StringComparison.OrdinalIgnoreCase)) body = Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress));
                else if (ce.Contains("br", StringComparison.OrdinalIgnoreCase)) body = Inflate(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress));
                else if (ce.Contains("deflate", StringComparison.OrdinalIgnoreCase)) body = Inflate(new ZLibStream(new MemoryStream(body), CompressionMode.Decompress));
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException)
        {
            return new InputException(location, $"HTTP body cannot be decoded ({e.Message})");
        }
        if (body.Length == 0) return new InputException(location, "empty HTTP body");
        string? charset = null;
        int at = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at >= 0) charset = contentType[(at + 8)..].Split(';')[0].Trim().Trim('"');
        return HtmlArticleReader.Read(body, location, url, charset ?? HtmlArticleReader.SniffCharset(body));
    }

    private static byte[] Inflate(Stream s)
    {
        using (s)
        {
            using var output = new MemoryStream();
            s.CopyTo(output);
            return output.ToArray();
        }
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var input = new MemoryStream(body);
        using var output = new MemoryStream(body.Length);
        while (ReadLine(input) is { } sizeLine)
        {
            var hex = sizeLine.Split(';')[0].Trim();
            if (hex.Length == 0) continue;
            // a size is hex digits that fit the body that is left (ffffffff or 100000000 in a damaged record is an error, not an overflow)
            if (hex.Length > 8 || !long.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out long size))
                throw new FormatException($"chunk size '{(hex.Length > 16 ? hex[..16] + "…" : hex)}' is not a hexadecimal size");
            if (size == 0) break;
            if (size > input.Length - input.Position) throw new FormatException($"chunk size {hex} ({size:N0} bytes) runs past the end of the body");
            var chunk = new byte[size];
            input.ReadExactly(chunk);
            output.Write(chunk);
        }
        return output.ToArray();
    }

    private static Dictionary<string, string> ReadHeaders(Stream s)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (ReadLine(s) is { Length: > 0 } line)
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }
        return headers;
    }

    /// <summary>One CRLF- or LF-terminated header line (Latin-1, as HTTP and WARC headers are); null at the end.</summary>
    private static string? ReadLine(Stream s)
    {
        var sb = new StringBuilder();
        int b;
        bool any = false;
        while ((b = s.ReadByte()) >= 0)
        {
            any = true;
            if (b == '\n') break;
            if (b != '\r') sb.Append((char)b);
            if (sb.Length > 65536) throw new InputException("WARC", "header line longer than 64 KiB");
        }
        return any ? sb.ToString() : null;
    }

    private static void Skip(Stream s, long n)
    {
        var buffer = new byte[81920];
        while (n > 0)
        {
            int read = s.Read(buffer, 0, (int)Math.Min(buffer.Length, n));
            if (read <= 0) throw new EndOfStreamException();
            n -= read;
        }
    }

    private static string Truncate(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
