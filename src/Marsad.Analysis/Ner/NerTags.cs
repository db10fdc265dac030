namespace Marsad.Analysis.Ner;

/// <summary>
/// The BIO tag set of the tagger: O and B-/I- for PER, LOC, ORG, MISC. Tag ids are fixed (they index the model's
/// weight rows), so they must never be reordered.
/// </summary>
public static class NerTags
{
    public const int O = 0;
    public const int Count = 9;

    /// <summary>Entity classes in tag order: tag 1+2k is B-class k, tag 2+2k is I-class k.</summary>
    public static readonly string[] Classes = ["PER", "LOC", "ORG", "MISC"];

    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    public static bool IsBegin(int tag) => tag != O && (tag & 1) == 1;
    public static bool IsInside(int tag) => tag != O && (tag & 1) == 0;

    /// <summary>Class index (0..3) of a B- or I- tag; -1 for O.</summary>
    public static int ClassOf(int tag) => tag == O ? -1 : (tag - 1) >> 1;

    public static int Begin(int cls) => 1 + 2 * cls;
    public static int Inside(int cls) => 2 + 2 * cls;

    /// <summary>
    /// Parses a CoNLL tag. PERS (ANERcorp) and PER are one class; B-/I- and IOB1-style bare types are accepted;
    /// classes the tagger does not know (DATE, GPE-less corpora...) become O, except GPE, which counts as LOC.
    /// </summary>
    public static int Parse(ReadOnlySpan<char> tag)
    {
        if (tag.IsEmpty || tag.SequenceEqual("O")) return O;
        bool inside = false;
        if (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S')
        {
            inside = tag[0] is 'I' or 'E';
            tag = tag[2..];
        }
        int cls = tag switch
        {
            "PER" or "PERS" or "PERSON" => 0,
            "LOC" or "GPE" or "LOCATION" => 1,
            "ORG" or "ORGANIZATION" => 2,
            "MISC" => 3,
            _ => -1,
        };
        if (cls < 0) return O;
        return inside ? Inside(cls) : Begin(cls);
    }

    /// <summary>Whether the tag may follow <paramref name="previous"/> (-1 = sentence start) in well-formed BIO.</summary>
    public static bool Allowed(int previous, int tag) =>
        !IsInside(tag) || previous >= 0 && previous != O && ClassOf(previous) == ClassOf(tag);
}
