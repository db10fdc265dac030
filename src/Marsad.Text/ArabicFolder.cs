using System.Text;
using static Marsad.Text.ArabicLetters;

namespace Marsad.Text;

/// <summary>
/// Folds Arabic text into a matching key: one spelling for the many ways a word is typed.
/// Folding is for matching only; callers keep and report the surface text.
/// </summary>
public static class ArabicFolder
{
    /// <summary>Folds <paramref name="source"/> and keeps an offset map back to it.</summary>
    public static FoldedText FoldWithMap(string source, FoldOptions options = FoldOptions.Matching) =>
        FoldWithMap(source, 0, source.Length, options);

    public static FoldedText FoldWithMap(string source, int start, int length, FoldOptions options = FoldOptions.Matching)
    {
        var key = new StringBuilder(length);
        var map = new List<int>(length + 1);
        var span = source.AsSpan(start, length);
        Span<char> expanded = stackalloc char[8];
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if ((options & FoldOptions.PresentationForms) != 0 && IsPresentationForm(c))
            {
                int n = ExpandPresentationForm(c, expanded);
                for (int k = 0; k < n; k++) Append(key, map, expanded[k], i, options);
                continue;
            }
            Append(key, map, c, i, options);
        }
        map.Add(span.Length);
        return new FoldedText(key.ToString(), [.. map], start);
    }

    /// <summary>The matching key of a word or phrase.</summary>
    public static string Fold(ReadOnlySpan<char> source, FoldOptions options = FoldOptions.Matching)
    {
        if (source.IsEmpty) return string.Empty;
        char[]? rented = null;
        Span<char> buffer = source.Length <= 256 ? stackalloc char[source.Length * 4] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(source.Length * 4));
        try
        {
            int n = Fold(source, buffer, options);
            return new string(buffer[..n]);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Folds into <paramref name="destination"/> (at least 4× the source length when presentation
    /// forms may occur) and returns the key length. Allocation-free: the hot path for tokens.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination, FoldOptions options = FoldOptions.Matching)
    {
        int n = 0;
        Span<char> expanded = stackalloc char[8];
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if ((options & FoldOptions.PresentationForms) != 0 && IsPresentationForm(c))
            {
                int m = ExpandPresentationForm(c, expanded);
                for (int k = 0; k < m; k++) n = Put(destination, n, expanded[k], options);
                continue;
            }
            n = Put(destination, n, c, options);
        }
        return n;
    }

    private static int Put(Span<char> dst, int n, char c, FoldOptions options)
    {
        char f = FoldChar(c, options);
        if (f == '\0') return n;
        if ((options & FoldOptions.Elongation) != 0 && n >= 2 && dst[n - 1] == f && dst[n - 2] == f && IsLetter(f)) return n;
        dst[n] = f;
        return n + 1;
    }

    private static void Append(StringBuilder key, List<int> map, char c, int sourceIndex, FoldOptions options)
    {
        char f = FoldChar(c, options);
        if (f == '\0') return;
        int n = key.Length;
        if ((options & FoldOptions.Elongation) != 0 && n >= 2 && key[n - 1] == f && key[n - 2] == f && IsLetter(f)) return;
        key.Append(f);
        map.Add(sourceIndex);
    }

    /// <summary>Folds one character; '\0' means the character is dropped.</summary>
    public static char FoldChar(char c, FoldOptions options)
    {
        if (c < '\u0080')
            return (options & FoldOptions.LowerCaseLatin) != 0 && c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        if ((options & FoldOptions.Diacritics) != 0 && IsDiacritic(c)) return '\0';
        if ((options & FoldOptions.FormatMarks) != 0 && IsFormatMark(c)) return '\0';
        switch (c)
        {
            case Tatweel: return (options & FoldOptions.Tatweel) != 0 ? '\0' : c;
            case AlefHamzaAbove or AlefHamzaBelow or AlefMadda or AlefWasla or '\u0672' or '\u0673':
                return (options & FoldOptions.AlefForms) != 0 ? Alef : c;
            case AlefMaksura: return (options & FoldOptions.AlefMaksura) != 0 ? Yeh : c;
            case TehMarbuta: return (options & FoldOptions.TehMarbuta) != 0 ? Heh : c;
            case WawHamza: return (options & FoldOptions.HamzaSeats) != 0 ? Waw : c;
            case YehHamza: return (options & FoldOptions.HamzaSeats) != 0 ? Yeh : c;
            case FarsiYeh or '\u06D0' or '\u06D2': return (options & FoldOptions.PersianLetters) != 0 ? Yeh : c;
            case Keheh or '\u06AA': return (options & FoldOptions.PersianLetters) != 0 ? Kaf : c;
            case Ae or '\u06C1' or '\u06BE': return (options & FoldOptions.PersianLetters) != 0 ? Heh : c;
            case '\u06C0': return (options & FoldOptions.PersianLetters) != 0 ? Heh : c;
            case ArabicDecimalSeparator: return (options & FoldOptions.Digits) != 0 ? '.' : c;
            case ArabicThousandsSeparator: return (options & FoldOptions.Digits) != 0 ? ',' : c;
        }
        if ((options & FoldOptions.Digits) != 0)
        {
            if (c is >= '\u0660' and <= '\u0669') return (char)('0' + (c - '\u0660'));
            if (c is >= '\u06F0' and <= '\u06F9') return (char)('0' + (c - '\u06F0'));
        }
        if ((options & FoldOptions.LowerCaseLatin) != 0 && c is >= '\u00C0' and <= '\u024F') return char.ToLowerInvariant(c);
        return c;
    }

    public static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    private static int ExpandPresentationForm(char c, Span<char> destination)
    {
        if (c == '\uFEFF') return 0; // BOM / zero-width no-break space
        string s = c.ToString().Normalize(NormalizationForm.FormKC);
        int n = 0;
        foreach (char x in s)
        {
            if (x == ' ' || n == destination.Length) continue; // ﷺ-style phrases keep letters only
            destination[n++] = x;
        }
        return n;
    }
}
