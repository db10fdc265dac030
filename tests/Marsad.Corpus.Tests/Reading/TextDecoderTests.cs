using System.Text;
using Marsad.Corpus.Reading;

namespace Marsad.Corpus.Tests.Reading;

public class TextDecoderTests
{
    private const string Arabic = "أعلنت وزارة الخارجية، اليوم الثلاثاء، أنّ الوزير سيزور بيروت؛ فهل تنجح المساعي؟";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_with_and_without_bom()
    {
        Assert.Equal(Arabic, TextDecoder.Decode(Encoding.UTF8.GetBytes(Arabic), "a"));
        Assert.Equal(Arabic, TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Arabic)], "a"));
    }

    [Fact]
    public void Utf16_with_bom_both_byte_orders()
    {
        Assert.Equal(Arabic, TextDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Arabic)], "a"));
        Assert.Equal(Arabic, TextDecoder.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Arabic)], "a"));
    }

    [Fact]
    public void Windows_1256_is_detected_and_decoded()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes(Arabic);
        Assert.Equal(Arabic, TextDecoder.Decode(bytes, "legacy.txt"));
    }

    [Fact]
    public void Iso_8859_6_is_detected_and_decoded()
    {
        const string plain = "اعلنت وزارة الخارجية اليوم ان الوزير سيزور بيروت";
        var bytes = Encoding.GetEncoding(28596).GetBytes(plain);
        Assert.Equal(plain, TextDecoder.Decode(bytes, "iso.txt"));
    }

    [Fact]
    public void Declared_charset_is_honoured()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes(Arabic);
        Assert.Equal(Arabic, TextDecoder.Decode(bytes, "page.html", "windows-1256"));
    }

    [Fact]
    public void Binary_and_broken_utf8_are_refused_with_the_reason()
    {
        var binary = Assert.Throws<InputException>(() => TextDecoder.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08], "a.zip"));
        Assert.Equal("a.zip: binary file (a NUL byte at offset 4), not text", binary.Message);
        byte[] broken = [.. Encoding.UTF8.GetBytes("وزارة"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("الخارجية")];
        var bad = Assert.Throws<InputException>(() => TextDecoder.Decode(broken, "b.txt"));
        Assert.Contains("invalid UTF-8", bad.Message, StringComparison.Ordinal);
        Assert.Contains("offset 10", bad.Message, StringComparison.Ordinal);
    }
}
