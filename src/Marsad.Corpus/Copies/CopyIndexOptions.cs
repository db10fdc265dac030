namespace Marsad.Corpus.Copies;

/// <summary>Shingle length, signature size, LSH banding and the copy rule of a <see cref="CopyIndex"/>.</summary>
public sealed record CopyIndexOptions
{
    public int WordsPerShingle { get; init; } = WordShingler.DefaultWordsPerShingle;

    public int SignatureSize { get; init; } = MinHasher.DefaultSize;

    /// <summary>
    /// Four rows per band (32 bands of a 128 signature): near-duplicates at Jaccard 0.5 are proposed with
    /// probability 1 − (1 − 0.5⁴)^32 ≈ 0.9987, while texts sharing only boilerplate rarely collide. Abridged
    /// copies, whose Jaccard is low, come from <see cref="SampledShingles"/> instead.
    /// </summary>
    public int RowsPerBand { get; init; } = 4;

    /// <summary>
    /// A shingle found in this many indexed articles is boilerplate and does not count as overlap. A wire story
    /// reaches a dozen outlets and a few re-posts; titles, templates and page furniture reach hundreds.
    /// </summary>
    public int CommonShingleArticles { get; init; } = 20;

    /// <summary>Size of the shingle-frequency sketch (<see cref="ShingleFrequency"/>): 2^n blocks of 64 bytes.</summary>
    public int FrequencySketchLog2Blocks { get; init; } = 20;

    public CopyCriteria Criteria { get; init; } = CopyCriteria.Default;

    public static CopyIndexOptions Default { get; } = new();
}
