using Marsad.Text.Lexicons;

namespace Marsad.Text.Numbers;

/// <summary>
/// The words around number words that <see cref="NumberPhraseParser"/> reads (signs, percentages, relative ranks),
/// loaded from the embedded Data/phrase-words.tsv as folded keys and looked up by span without allocating.
/// </summary>
internal static class PhraseWords
{
    private static readonly WordClasses Words = WordClasses.FromResource(typeof(PhraseWords).Assembly, "Marsad.Text.Numbers.phrase-words.tsv");

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Negative = Lookup("negative");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PercentSuffix = Lookup("percent-suffix");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PercentPreposition = Lookup("percent-preposition");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PerHundred = Lookup("per-hundred");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PercentPrefix = Lookup("percent-prefix");

    /// <summary>Words that name a percentage with whatever clitics precede them (بنسبة، ونسبة).</summary>
    public static readonly string[] PercentNouns = [.. Words.FoldedSet("percent-noun")];

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Before = Lookup("before");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Last = Lookup("last");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralScales = Lookup("plural-scales");

    /// <summary>The relative ranks and the reference each names (TIMEX-like: end+0 is the last, current+1 the next).</summary>
    public static readonly (HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words, string Rank)[] Ranks =
        [(Last, "end+0"), (Lookup("next"), "current+1"), (Lookup("previous"), "current-1"), (Lookup("current"), "current+0")];

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string name) =>
        Words.FoldedSet(name).GetAlternateLookup<ReadOnlySpan<char>>();
}
