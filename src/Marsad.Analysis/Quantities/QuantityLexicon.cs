using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Quantities;

/// <summary>A counted word: the unit it gives a figure (ISO 4217 code, person, km…) and what is counted.</summary>
internal readonly record struct CountedWord(string Unit, string? Of, int Words);

/// <summary>The words that make a number a figure (Data/units.tsv), keyed by folded spelling.</summary>
internal static class QuantityLexicon
{
    private static readonly Dictionary<string, (string Unit, string? Of)> s_entries = Load();

    private static readonly HashSet<string> s_notCounted = LexiconReader.ResourceWords(typeof(QuantityLexicon).Assembly, "Marsad.Analysis.Quantities.not-counted.txt")
        .Select(w => ArabicFolder.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a folded word after a numeral is not what it counts (Data/not-counted.txt): في، يوما، مليون…</summary>
    public static bool NotCounted(string w) =>
        s_notCounted.Contains(w) || w.Length > 3 && w[0] is 'و' or 'ف' && s_notCounted.Contains(w[1..]) || w.EndsWith('ا') && s_notCounted.Contains(w[..^1]);

    /// <summary>
    /// Reads the counted word at the start of <paramref name="words"/> (folded words after the number): a two-word
    /// form first (ريال سعودي), then one word with or without its article (القتلى) or accusative alef (قتيلاً).
    /// </summary>
    public static CountedWord? Match(IReadOnlyList<string> words)
    {
        if (words.Count == 0) return null;
        if (words.Count > 1 && Lookup(words[0] + " " + words[1]) is { } two) return new CountedWord(two.Unit, two.Of, 2);
        if (Lookup(words[0]) is { } one) return new CountedWord(one.Unit, one.Of, 1);
        return null;
    }

    /// <summary>Whether a folded word is a unit or counted word of the list (يورو، دولار، كيلومتر).</summary>
    public static bool IsUnitWord(string w) => Lookup(w) is not null;

    private static (string Unit, string? Of)? Lookup(string w)
    {
        if (s_entries.TryGetValue(w, out var e)) return e;
        if (w.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && w.Length > 3 && s_entries.TryGetValue(w[2..], out e)) return e;
        if (w.EndsWith('ا') && w.Length > 3 && s_entries.TryGetValue(w[..^1], out e)) return e;
        return null;
    }

    private static Dictionary<string, (string, string?)> Load()
    {
        var d = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        foreach (var f in LexiconReader.ResourceRows(typeof(QuantityLexicon).Assembly, "Marsad.Analysis.Quantities.units.tsv", 2, 3))
            d[ArabicFolder.Fold(f[0])] = (f[1], f.Optional(2) is { Length: > 0 } of ? of : null);
        return d;
    }
}
