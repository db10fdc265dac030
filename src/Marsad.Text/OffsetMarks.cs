using System.Runtime.CompilerServices;

namespace Marsad.Text;

/// <summary>Receives, for every key character written, the source index it came from.</summary>
internal interface IOffsetMarks
{
    void Record(int keyIndex, int sourceIndex);

    /// <summary>The key character at <paramref name="keyIndex"/> (the last one) was taken back.</summary>
    void Forget(int keyIndex);
}

/// <summary>For folding without a map.</summary>
internal struct NoMarks : IOffsetMarks
{
    public readonly void Record(int keyIndex, int sourceIndex) { }
    public readonly void Forget(int keyIndex) { }
}

/// <summary>
/// The offset map as (key index, shift) marks, one wherever the shift between key and source changes
/// (a dropped diacritic, an expanded ligature); source = key index + shift of the last mark at or before it.
/// Text without diacritics needs almost no marks. (Lucene's BaseCharFilter keeps the same shape.)
/// </summary>
internal struct OffsetMarks(int sourceStart) : IOffsetMarks
{
    private readonly int _start = sourceStart;
    private int[] _keys = new int[16];
    private int[] _shifts = new int[16];
    private int _count;
    private int _shift = sourceStart; // key 0 is the slice's start

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Record(int keyIndex, int sourceIndex)
    {
        int shift = _start + sourceIndex - keyIndex;
        if (shift != _shift) Add(keyIndex, shift);
    }

    private void Add(int keyIndex, int shift)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _shifts, _count * 2);
        }
        _keys[_count] = keyIndex;
        _shifts[_count++] = shift;
        _shift = shift;
    }

    public void Forget(int keyIndex)
    {
        if (_count == 0 || _keys[_count - 1] != keyIndex) return;
        _count--;
        _shift = _count > 0 ? _shifts[_count - 1] : _start;
    }

    public readonly (int[] Keys, int[] Shifts, int BaseShift) ToArrays() => (_keys[.._count], _shifts[.._count], _start);
}
