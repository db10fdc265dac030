namespace Marsad.Text;

/// <summary>
/// A half-open range [Start, End) of UTF-16 code units in an article's original text.
/// Every layer of an analysis points into the text through these, never through copied substrings.
/// </summary>
public readonly struct TextSpan : IEquatable<TextSpan>, IComparable<TextSpan>
{
    public TextSpan(int start, int length)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start));
        if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
        Start = start;
        Length = length;
    }

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;
    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => unchecked((uint)(position - Start) < (uint)Length);
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Empty spans overlap nothing.</summary>
    public bool Overlaps(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    public int OverlapLength(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    public string Slice(string text) => text.Substring(Start, Length);
    public ReadOnlySpan<char> SliceSpan(string text) => text.AsSpan(Start, Length);

    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;
    public override bool Equals(object? obj) => obj is TextSpan s && Equals(s);
    public override int GetHashCode() => HashCode.Combine(Start, Length);
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);
    public static bool operator ==(TextSpan a, TextSpan b) => a.Equals(b);
    public static bool operator !=(TextSpan a, TextSpan b) => !a.Equals(b);
    public override string ToString() => $"[{Start}..{End})";
}
