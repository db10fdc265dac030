namespace Marsad.Corpus.Copies;

/// <summary>
/// A verified overlap between an article and one already indexed, counted exactly on the texts' shingles
/// (boilerplate shingles found in many articles do not count).
/// </summary>
/// <param name="Other">Id of the indexed article.</param>
/// <param name="SharedShingles">Distinct informative shingles the two texts have in common.</param>
/// <param name="Coverage">
/// Share of the shorter text's words that lie inside passages found in the other text: 1.0 for a full
/// republication, still high for an abridged one (a part of the original), low for two texts that only
/// quote the same sentence.
/// </param>
/// <param name="Words">Words of the article being checked.</param>
/// <param name="OtherWords">Words of the indexed article.</param>
public readonly record struct CopyMatch(int Other, int SharedShingles, double Coverage, int Words, int OtherWords);
