namespace Marsad.Text;

/// <summary>
/// A folded key derived from a source text, with the source offset of every key position.
/// The source is never changed; spans found in <see cref="Key"/> map back with <see cref="ToSource"/>.
/// </summary>
public sealed class FoldedText
{
    private readonly int[] _sourceIndex; // key position -> source index; one extra slot for the end
    private readonly int _sourceOffset;

    internal FoldedText(string key, int[] sourceIndex, int sourceOffset)
    {
        Key = key;
        _sourceIndex = sourceIndex;
        _sourceOffset = sourceOffset;
    }

    public string Key { get; }

    /// <summary>Source offset of key position <paramref name="keyIndex"/> (0..Key.Length inclusive).</summary>
    public int ToSource(int keyIndex) => _sourceOffset + _sourceIndex[keyIndex];

    /// <summary>The smallest source span covering key range [start, end).</summary>
    public TextSpan ToSource(int keyStart, int keyEnd)
    {
        int s = ToSource(keyStart);
        // A source character folded into several key characters (ﻻ → لا) maps each of them to itself.
        int e = keyEnd > keyStart ? _sourceOffset + _sourceIndex[keyEnd - 1] + 1 : s;
        return TextSpan.FromBounds(s, e);
    }
}
