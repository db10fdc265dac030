namespace Marsad.Text;

/// <summary>
/// The offsets of a text that a growing set of spans covers, one flag per UTF-16 code unit. It answers
/// "does any span of the set overlap this span / contain this offset" in time proportional to the asked span,
/// not to the number of spans, so a rule that asks once per word stays linear in the article's length where a
/// list scanned on every question grows with its square. The answers are those of <see cref="TextSpan.Overlaps"/>
/// and <see cref="TextSpan.Contains(int)"/> over the spans added: empty spans cover and overlap nothing.
/// </summary>
public sealed class TextCoverage
{
    private bool[] _covered;

    /// <param name="length">The text's length; spans reaching past it grow the set.</param>
    public TextCoverage(int length) => _covered = new bool[Math.Max(0, length)];

    /// <summary>A set covering the given spans.</summary>
    public TextCoverage(int length, IEnumerable<TextSpan> spans) : this(length)
    {
        foreach (var s in spans) Add(s);
    }

    public void Add(TextSpan span)
    {
        if (span.IsEmpty) return;
        if (span.End > _covered.Length) Array.Resize(ref _covered, Math.Max(span.End, _covered.Length * 2));
        _covered.AsSpan(span.Start, span.Length).Fill(true);
    }

    /// <summary>Whether a span added covers <paramref name="offset"/>.</summary>
    public bool Contains(int offset) => (uint)offset < (uint)_covered.Length && _covered[offset];

    /// <summary>Whether <paramref name="span"/> shares at least one offset with a span added.</summary>
    public bool Overlaps(TextSpan span)
    {
        int end = Math.Min(span.End, _covered.Length);
        return span.Start < end && _covered.AsSpan(span.Start, end - span.Start).Contains(true);
    }
}
