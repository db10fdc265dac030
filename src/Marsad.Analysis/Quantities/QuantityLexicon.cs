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

    /// <summary>Whether a folded word after a numeral is not what it counts (Data/not-counted.txt): في، يوما، مليون… (also with و or ف: وهو، وفي).</summary>
    public static bool NotCounted(string w) =>
        s_notCounted.Contains(w) || w.Length >= 3 && w[0] is 'و' or 'ف' && s_notCounted.Contains(w[1..]) || w.EndsWith('ا') && s_notCounted.Contains(w[..^1]);

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

    /// <summary>
    /// The listed noun of a partitive with a possessor: «من أبنائها» (a pronoun), «من مندوبي الدول» (a plural in
    /// construct, its ن dropped). The list is the gate here, since a bare noun after «من» is as often a source or a
    /// cause as what is counted.
    /// </summary>
    public static CountedWord? MatchPossessed(string w)
    {
        if (w.Length > 4 && w.EndsWith('ي') && Lookup(w + "ن") is { } construct) return new CountedWord(construct.Unit, construct.Of, 1);
        foreach (var suffix in s_pronouns)
        {
            if (w.Length <= suffix.Length + 2 || !w.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = w[..^suffix.Length];
            // أبنائ(ها) carries its hamza on a seat (folded ي) where the bare noun has ء
            if ((Lookup(stem) ?? (stem.EndsWith('ي') ? Lookup(stem[..^1] + "ء") : null)) is { } e) return new CountedWord(e.Unit, e.Of, 1);
        }
        return null;
    }

    // the longest first: هم before ه
    private static readonly string[] s_pronouns = ["هما", "هم", "هن", "ها", "كم", "نا", "ه"];

    /// <summary>Whether a folded word is a unit or counted word of the list (يورو، دولار، كيلومتر).</summary>
    public static bool IsUnitWord(string w) => Lookup(w) is not null;

    private static (string Unit, string? Of)? Lookup(string w)
    {
        if (Inflected(w) is { } e) return e;
        if (w.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && w.Length > 3 && Inflected(w[2..]) is { } d) return d;
        return null;
    }

    /// <summary>
    /// A listed word as written, or inflected from a listed singular: the accusative alef (قتيلاً), the sound plurals and
    /// duals (مشاركين، محللون، كليات from مشارك، محلل، كلية). Broken plurals are listed with their singulars.
    /// </summary>
    private static (string Unit, string? Of)? Inflected(string w)
    {
        if (s_entries.TryGetValue(w, out var e)) return e;
        if (w.Length <= 3) return null;
        if (w.EndsWith('ا') && s_entries.TryGetValue(w[..^1], out e)) return e;
        if (w.Length > 4 && (w.EndsWith("ين", StringComparison.Ordinal) || w.EndsWith("ون", StringComparison.Ordinal) || w.EndsWith("ان", StringComparison.Ordinal))
            && s_entries.TryGetValue(w[..^2], out e)) return e;
        // feminine plural and dual: كليات، كليتين / كليتان from كليه (ة folds to ه)
        if (w.Length > 4 && w.EndsWith("ات", StringComparison.Ordinal) && s_entries.TryGetValue(w[..^2] + "ه", out e)) return e;
        // a woman of a listed people noun: مواطنة، منتسبة from مواطن، منتسب
        if (w.EndsWith('ه') && s_entries.TryGetValue(w[..^1], out e) && e.Unit == "person") return e;
        // masculine nouns with a feminine plural: منتخبات، مطارات from منتخب، مطار
        if (w.Length > 5 && w.EndsWith("ات", StringComparison.Ordinal) && s_entries.TryGetValue(w[..^2], out e)) return e;
        if (w.Length > 5 && (w.EndsWith("تين", StringComparison.Ordinal) || w.EndsWith("تان", StringComparison.Ordinal)) && s_entries.TryGetValue(w[..^3] + "ه", out e)) return e;
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
