namespace Marsad.Text.Numbers;

public enum NumberKind : byte
{
    /// <summary>A count or amount: 6500, 4e9, 1.5.</summary>
    Cardinal,
    /// <summary>A rank: الأول، الحادي عشر، الـ6.</summary>
    Ordinal,
    /// <summary>A part: نصف، ثلثي، 3/4.</summary>
    Fraction,
    /// <summary>A percentage: 30%، عشرين في المئة (Value is 30, not 0.3).</summary>
    Percent,
    /// <summary>A vague count named by its order of magnitude: عشرات، مئات، آلاف، الملايين.</summary>
    Indefinite,
    /// <summary>A position relative to others: الأخير (end+0)، قبل الأخير (end-1)، التالي (current+1).</summary>
    RelativeOrdinal,
}

/// <summary>A number found in text: its span in the ORIGINAL text, its value and what kind of number it is.</summary>
/// <param name="Relative">For <see cref="NumberKind.RelativeOrdinal"/>: end+0, end-1, current+1, current-1, current+0.</param>
public readonly record struct NumberMatch(TextSpan Span, double Value, NumberKind Kind, string? Relative = null)
{
    public override string ToString() => Relative ?? $"{Kind} {Value}";
}
