namespace Marsad.Corpus.Copies;

/// <summary>
/// What the copy index keeps of an article, computed once from its text and enough to check it without
/// the text: its shingles in text order (to measure which words a shared passage covers), the same
/// shingles distinct and sorted (for exact intersection), and its MinHash signature (for LSH candidates).
/// </summary>
/// <param name="Words">Words of the text, as <see cref="WordShingler"/> counts them.</param>
public sealed record CopyFingerprint(uint[] Sequence, uint[] Shingles, uint[] Signature, int Words);
