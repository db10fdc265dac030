using System.IO.Compression;
using System.Text;

namespace Marsad.Corpus.Store;

/// <summary>
/// How every store keeps an analysis JSON: it repeats the text and every span's surface, so Brotli at a fast level
/// keeps it about a quarter of its size. One format, so a store can be moved into another byte for byte.
/// </summary>
internal static class AnalysisBlob
{
    public static byte[] Compress(string json)
    {
        var raw = Encoding.UTF8.GetBytes(json);
        using var output = new MemoryStream(raw.Length / 3 + 64);
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true)) brotli.Write(raw);
        return output.ToArray();
    }

    public static string Decompress(byte[] blob)
    {
        using var input = new BrotliStream(new MemoryStream(blob), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
