using System.Buffers;
using System.Runtime.CompilerServices;
using static Marsad.Text.ArabicLetters;

namespace Marsad.Text;

/// <summary>
/// Folds Arabic text into a matching key: one spelling for the many ways a word is typed.
/// Folding is for matching only; callers keep and report the surface text. Every rule is a
/// <see cref="FoldOptions"/> flag; <see cref="FoldOptions.Matching"/> switches on all of them.
/// </summary>
public static class ArabicFolder
{
    /// <summary>Folds <paramref name="source"/> and keeps an offset map back to it.</summary>
    public static FoldedText FoldWithMap(string source, FoldOptions options = FoldOptions.Matching) =>
        FoldWithMap(source, 0, source.Length, options);

    /// <summary>Folds <c>source[start..start+length)</c>; the map gives offsets in the whole <paramref name="source"/>.</summary>
    public static FoldedText FoldWithMap(string source, int start, int length, FoldOptions options = FoldOptions.Matching)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, source.Length, nameof(length));
        var span = source.AsSpan(start, length);
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, MaxFoldedLength(span, options)));
        try
        {
            var marks = new OffsetMarks(start);
            int n = FoldCore(span, buffer, options, ref marks);
            marks.Record(n, length); // the end of the key maps to the end of the source
            return new FoldedText(new string(buffer, 0, n), source, start, length, marks.ToArrays());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The matching key of a word or phrase.</summary>
    public static string Fold(ReadOnlySpan<char> source, FoldOptions options = FoldOptions.Matching)
    {
        if (source.IsEmpty) return string.Empty;
        int max = MaxFoldedLength(source, options);
        char[]? rented = null;
        Span<char> buffer = max <= 512 ? stackalloc char[max] : (rented = ArrayPool<char>.Shared.Rent(max));
        try
        {
            var none = default(NoMarks);
            int n = FoldCore(source, buffer, options, ref none);
            return new string(buffer[..n]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Folds into <paramref name="destination"/> and returns the key length. Allocation-free: the hot path
    /// for tokens. A destination as long as the source always suffices unless the source holds presentation
    /// forms, which may expand (ﻻ → لا, ﷲ → الله); <see cref="MaxFoldedLength"/> gives the exact bound.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination, FoldOptions options = FoldOptions.Matching)
    {
        int max = MaxFoldedLength(source, options);
        if (destination.Length < max) throw new ArgumentException($"The destination needs {max} characters.", nameof(destination));
        var none = default(NoMarks);
        return FoldCore(source, destination, options, ref none);
    }

    /// <summary>The most characters <paramref name="source"/> can fold into (ligatures expand).</summary>
    public static int MaxFoldedLength(ReadOnlySpan<char> source, FoldOptions options = FoldOptions.Matching)
    {
        // PERF: presentation forms are rare; one vectorised search decides whether to count them.
        if ((options & FoldOptions.PresentationForms) == 0 || !source.ContainsAnyInRange(PresentationFirst, PresentationLast))
            return source.Length;
        int max = 0;
        foreach (char c in source) max += IsPresentationForm(c) ? Math.Max(1, PresentationForms.Expand(c).Length) : 1;
        return max;
    }

    /// <summary>
    /// The folding loop shared by <see cref="Fold(ReadOnlySpan{char}, Span{char}, FoldOptions)"/> and
    /// <see cref="FoldWithMap(string, int, int, FoldOptions)"/>, generic over the map so that the key-only
    /// path pays nothing for offsets. <paramref name="destination"/> must hold <see cref="MaxFoldedLength"/>.
    /// </summary>
    private static int FoldCore<TMarks>(ReadOnlySpan<char> source, Span<char> destination, FoldOptions options, ref TMarks marks)
        where TMarks : struct, IOffsetMarks
    {
        char[] table = FoldTable.For(options);
        bool presentation = (options & FoldOptions.PresentationForms) != 0;
        bool elongation = (options & FoldOptions.Elongation) != 0;
        int n = 0, run = 0;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            char f;
            if (c < FoldTable.Size) f = table[c];
            else if (presentation && IsPresentationForm(c))
            {
                foreach (char x in PresentationForms.Expand(c))
                {
                    char fx = FoldChar(x, options);
                    if (fx != '\0') n = Put(destination, n, fx, i, elongation, ref run, ref marks);
                }
                continue;
            }
            else f = FoldChar(c, options);
            if (f != '\0') n = Put(destination, n, f, i, elongation, ref run, ref marks);
        }
        return n;
    }

    /// <summary>
    /// Appends one key character. Elongation: a run of three or more identical letters (وجيييه) collapses
    /// to one, while a double letter (ممثل، الليل) is kept; the run's first letter carries the map.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Put<TMarks>(Span<char> dst, int n, char f, int sourceIndex, bool elongation, ref int run, ref TMarks marks)
        where TMarks : struct, IOffsetMarks
    {
        if (elongation && n > 0 && dst[n - 1] == f && IsLetter(f))
        {
            run++;
            if (run == 2) { n--; marks.Forget(n); } // the third letter shows the run is elongation: drop the second
            if (run >= 2) return n;
        }
        else run = 0;
        marks.Record(n, sourceIndex);
        dst[n] = f;
        return n + 1;
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
            case FarsiYeh or '\u06D0' or '\u06D2' or '\u06D3': return (options & FoldOptions.PersianLetters) != 0 ? Yeh : c;
            case Keheh or '\u06AA': return (options & FoldOptions.PersianLetters) != 0 ? Kaf : c;
            case Ae or '\u06C0' or '\u06C1' or '\u06C2' or '\u06BE': return (options & FoldOptions.PersianLetters) != 0 ? Heh : c;
            case ArabicDecimalSeparator: return (options & FoldOptions.Digits) != 0 ? '.' : c;
            case ArabicThousandsSeparator: return (options & FoldOptions.Digits) != 0 ? ',' : c;
            case ArabicPercent: return (options & FoldOptions.Digits) != 0 ? '%' : c;
        }
        if ((options & FoldOptions.Digits) != 0)
        {
            if (c is >= '\u0660' and <= '\u0669') return (char)('0' + (c - '\u0660'));
            if (c is >= '\u06F0' and <= '\u06F9') return (char)('0' + (c - '\u06F0'));
        }
        if ((options & FoldOptions.LowerCaseLatin) != 0 && c is >= '\u00C0' and <= '\u024F') return char.ToLowerInvariant(c);
        return c;
    }

    private const char PresentationFirst = '\uFB50', PresentationLast = '\uFEFF';

    /// <summary>Arabic presentation forms A (U+FB50–FDFF) and B (U+FE70–FEFF), including the BOM.</summary>
    public static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
