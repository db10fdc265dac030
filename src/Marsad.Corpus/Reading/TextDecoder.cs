using System.Text;

namespace Marsad.Corpus.Reading;

/// <summary>
/// Turns the bytes of a text file into a string: UTF-8 with or without BOM, UTF-16 with BOM (or without,
/// when its zero bytes show it), and the legacy Arabic code pages Windows-1256 and ISO-8859-6. Binary data
/// and broken UTF-8 are refused with a message that says what is wrong.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> (from HTTP or meta) is tried first.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string location, string? declaredCharset = null)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Utf8(bytes[3..], location, 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (declaredCharset is not null && TryDeclared(bytes, declaredCharset, out var declared)) return declared;

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            if (LooksLikeUtf16(bytes, out var littleEndian))
                return (littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes);
            throw new InputException(location, $"binary file (a NUL byte at offset {nul}), not text");
        }
        if (ControlRatio(bytes) > 0.02)
            throw new InputException(location, "binary file (too many control characters), not text");

        if (IsValidUtf8(bytes, out int badOffset, out int multiByteSequences, out int badSequences)) return StrictUtf8.GetString(bytes);
        // Text that is mostly valid UTF-8 with some broken sequences is damaged UTF-8, not a legacy code page
        // (Windows-1256 letters followed by ، or ؛ form a few valid pairs by accident, far fewer than the bad ones).
        if (multiByteSequences > badSequences)
            throw new InputException(location, $"invalid UTF-8 (a malformed byte sequence at offset {badOffset})");
        var legacy = BestArabicCodePage(bytes);
        if (legacy is not null) return legacy;
        throw new InputException(location, $"invalid UTF-8 at offset {badOffset}, and not Arabic Windows-1256 or ISO-8859-6 text either");
    }

    private static string Utf8(ReadOnlySpan<byte> bytes, string location, int offset)
    {
        if (!IsValidUtf8(bytes, out int bad, out _, out _))
            throw new InputException(location, $"invalid UTF-8 (a malformed byte sequence at offset {bad + offset})");
        return StrictUtf8.GetString(bytes);
    }

    private static bool TryDeclared(ReadOnlySpan<byte> bytes, string charset, out string text)
    {
        text = "";
        try
        {
            var enc = Encoding.GetEncoding(charset.Trim().Trim('"', '\''));
            if (enc.CodePage == 65001)
            {
                if (!IsValidUtf8(bytes, out _, out _, out _)) return false;
                text = StrictUtf8.GetString(bytes);
                return true;
            }
            text = enc.GetString(bytes);
            return true;
        }
        catch (ArgumentException)
        {
            return false; // unknown charset name: fall back to detection
        }
    }

    /// <summary>Validates UTF-8, counting well-formed multi-byte sequences and the offset of the first bad one.</summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out int firstBad, out int multiByteSequences, out int badSequences)
    {
        firstBad = -1;
        multiByteSequences = 0;
        badSequences = 0;
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            foreach (byte b in bytes) if (b >= 0xC0) multiByteSequences++;
            return true;
        }
        for (int i = 0; i < bytes.Length;)
        {
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                badSequences++;
                if (firstBad < 0) firstBad = i;
            }
            else if (status == System.Buffers.OperationStatus.Done && consumed > 1) multiByteSequences++;
            i += Math.Max(1, consumed);
        }
        return false;
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool littleEndian)
    {
        int evenZero = 0, oddZero = 0, pairs = Math.Min(bytes.Length / 2, 4096);
        for (int i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 0) evenZero++;
            if (bytes[2 * i + 1] == 0) oddZero++;
        }
        littleEndian = oddZero > evenZero;
        int zeros = Math.Max(evenZero, oddZero), other = Math.Min(evenZero, oddZero);
        // Arabic UTF-16 has 0x06 high bytes rather than zeros; ASCII-heavy text has zeros on one side only.
        return pairs > 0 && zeros > pairs / 4 && other < pairs / 50 + 1 && bytes.Length % 2 == 0;
    }

    private static double ControlRatio(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 65536), controls = 0;
        for (int i = 0; i < n; i++)
        {
            byte b = bytes[i];
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) controls++;
        }
        return n == 0 ? 0 : (double)controls / n;
    }

    /// <summary>Decodes with Windows-1256 and ISO-8859-6 and keeps the one whose non-ASCII characters are Arabic letters.</summary>
    private static string? BestArabicCodePage(ReadOnlySpan<byte> bytes)
    {
        string? best = null;
        double bestScore = 0.8; // at least 80 % of the non-ASCII characters must be Arabic
        foreach (int cp in (int[])[1256, 28596])
        {
            var text = Encoding.GetEncoding(cp).GetString(bytes);
            int nonAscii = 0, arabic = 0;
            foreach (char c in text)
            {
                if (c < 0x80) continue;
                nonAscii++;
                if (c is >= '\u0600' and <= '\u06FF') arabic++;
            }
            double score = nonAscii == 0 ? 0 : (double)arabic / nonAscii;
            if (score > bestScore) { best = text; bestScore = score; }
        }
        return best;
    }
}
