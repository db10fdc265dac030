using static Marsad.Text.ArabicLetters;

namespace Marsad.Text;

/// <summary>
/// A folded key derived from a source text, with the source offset of every key position.
/// The source is never changed; spans found in <see cref="Key"/> map back with <see cref="ToSource(int, int)"/>.
/// </summary>
public sealed class FoldedText
{
    private readonly int[] _markKeys;   // ascending key indices where the shift changes
    private readonly int[] _markShifts; // source offset - key index, from that key index on
    private readonly int _baseShift;    // the shift before the first mark (the folded slice's start)

    internal FoldedText(string key, string source, int sourceStart, int sourceLength, (int[] Keys, int[] Shifts, int BaseShift) marks)
    {
        Key = key;
        Source = source;
        SourceSpan = new TextSpan(sourceStart, sourceLength);
        (_markKeys, _markShifts, _baseShift) = marks;
    }

    public string Key { get; }

    /// <summary>The text the key was folded from (all of it, even when only a slice was folded).</summary>
    public string Source { get; }

    /// <summary>The slice of <see cref="Source"/> that was folded.</summary>
    public TextSpan SourceSpan { get; }

    /// <summary>Source offset of key position <paramref name="keyIndex"/> (0..Key.Length inclusive; Key.Length maps to the slice's end).</summary>
    public int ToSource(int keyIndex)
    {
        if ((uint)keyIndex > (uint)Key.Length) throw new ArgumentOutOfRangeException(nameof(keyIndex));
        int m = Array.BinarySearch(_markKeys, keyIndex);
        if (m < 0) m = ~m - 1;
        return keyIndex + (m >= 0 ? _markShifts[m] : _baseShift);
    }

    /// <summary>
    /// The source span of key range [start, end): from the first key character's source to just after the
    /// last one's, together with the diacritics, tatweel and elongated letters folded away after it
    /// («مُحَمَّدٌ» for the key «محمد»). A source character that folded into several key characters (ﻻ → لا)
    /// is covered whole, so the span never cuts a character.
    /// </summary>
    public TextSpan ToSource(int keyStart, int keyEnd)
    {
        if (keyEnd < keyStart) throw new ArgumentOutOfRangeException(nameof(keyEnd));
        int s = ToSource(keyStart);
        if (keyEnd == keyStart) return new TextSpan(s, 0);
        int last = ToSource(keyEnd - 1);
        int e = last + 1;
        int next = ToSource(keyEnd); // the source of the next key character: what lies between was dropped
        while (e < next && IsAttached(Source[e], Source[last])) e++;
        return TextSpan.FromBounds(s, Math.Max(e, s));
    }

    /// <summary>The key range whose source is inside <paramref name="source"/> (a token's span → its key).</summary>
    public (int Start, int End) ToKey(TextSpan source) => (ToKey(source.Start), ToKey(source.End));

    /// <summary>The first key position whose source offset is at or after <paramref name="sourceIndex"/>.</summary>
    public int ToKey(int sourceIndex)
    {
        int lo = 0, hi = Key.Length; // ToSource is non-decreasing in the key index
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (ToSource(mid) < sourceIndex) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static bool IsAttached(char c, char letter) => IsDiacritic(c) || c == Tatweel || c == letter && IsLetter(c);
}
