namespace Marsad.Corpus.Copies;

/// <summary>When a verified overlap counts as a copy (one text republishes the other, whole or in part).</summary>
public sealed record CopyCriteria
{
    /// <summary>Share of the shorter text's words inside shared passages: most of it must be the other's text.</summary>
    public double MinCoverage { get; init; } = 0.5;

    /// <summary>
    /// Fewest shared shingles: two short items that share one formula («خادم الحرمين الشريفين الملك سلمان») are
    /// not copies of each other.
    /// </summary>
    public int MinShared { get; init; } = 5;

    public static CopyCriteria Default { get; } = new();

    public bool IsCopy(CopyMatch m) => m.SharedShingles >= MinShared && m.Coverage >= MinCoverage;
}
