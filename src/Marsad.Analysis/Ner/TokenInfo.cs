namespace Marsad.Analysis.Ner;

/// <summary>
/// Everything the feature templates need about one token, computed once per token as hashes of its folded form
/// (no strings): the neighbours' features reuse it.
/// </summary>
internal struct TokenInfo
{
    public ulong Word, Stem, NameForm, Shape;
    public ulong P1, P2, P3, P4, S1, S2, S3, S4;
    public int Length;
    public byte Kind, Clitics, Trigger, Mask, Phrase;

    /// <summary>The word's packed path in the clusters learned from news (<see cref="WordClusters"/>); 0 when it has none.</summary>
    public uint Cluster;

    /// <summary>Character trigrams inside the stem (transliterated names share them: ـسكي، فيلد، ـوفيتش).</summary>
    public Trigrams Grams;
    public int GramCount;

    /// <summary>Set during training for words seen once: their identity features are withheld so that the
    /// model learns to recognise unseen names from context and spelling, as it must at test time.</summary>
    public bool Rare;

    /// <summary>Second pass only: the first pass's tag here and its votes for this word elsewhere (<see cref="DocumentVotes"/>).</summary>
    public byte FirstTag, Doc;

    public const byte KindArabic = 1, KindNumber = 2, KindLatin = 3, KindPunct = 4, KindMixed = 5;

    /// <summary>Stand-ins for the positions before the first and after the last token.</summary>
    public static readonly TokenInfo Start = Sentinel("<s>"), End = Sentinel("</s>");

    [System.Runtime.CompilerServices.InlineArray(MaxGrams)]
    public struct Trigrams { private ulong _first; }

    public const int MaxGrams = 14;

    private static TokenInfo Sentinel(string mark)
    {
        ulong h = FeatureHash.Of(mark);
        return new TokenInfo { Word = h, Stem = h, NameForm = h, Shape = h, Kind = 0 };
    }
}
