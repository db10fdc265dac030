using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Quantities;

/// <summary>Words before a figure that say it is approximate or a bound: نحو 2000 (~)، أكثر من 6500 (&gt;)، أقل من 10 (&lt;).</summary>
internal static class Approximators
{
    /// <summary>The relation of a phrase that is part of the figure without bounding it («ما مجموعه»).</summary>
    public const string Exact = "=";

    // Data/approximators.tsv in file order (a phrase before any it ends with), matched as written (folded phrases);
    // rows marked "after" follow the counted word («27 شخصاً على الأقل»), the others come before the number.
    private static readonly (string Phrase, string Approx, bool After)[] s_rows =
        [.. LexiconReader.ResourceRows(typeof(Approximators).Assembly, "Marsad.Analysis.Quantities.approximators.tsv", 2, 3)
            .Select(r => (r[0], r[1], r.Optional(2) == "after"))];

    private static readonly (string Phrase, string Approx)[] s_phrases = [.. s_rows.Where(r => !r.After).Select(r => (r.Phrase, r.Approx))];
    private static readonly (string Phrase, string Approx)[] s_after = [.. s_rows.Where(r => r.After).Select(r => (r.Phrase, r.Approx))];

    /// <summary>The approximator that starts right after key position <paramref name="start"/> (spaces skipped), with its key end.</summary>
    public static (string Approx, int End)? After(string key, int start)
    {
        int s = start;
        while (s < key.Length && key[s] == ' ') s++;
        foreach (var (phrase, approx) in s_after)
        {
            int e = s + phrase.Length;
            if (e > key.Length || string.CompareOrdinal(key, s, phrase, 0, phrase.Length) != 0) continue;
            if (e < key.Length && char.IsLetter(key[e])) continue; // whole words only
            return (approx, e);
        }
        return null;
    }

    /// <summary>The approximator that ends right before key position <paramref name="end"/> (spaces skipped), with its key start.</summary>
    public static (string Approx, int Start)? Before(string key, int end)
    {
        int e = end;
        while (e > 0 && key[e - 1] == ' ') e--;
        foreach (var (phrase, approx) in s_phrases)
        {
            int s = e - phrase.Length;
            if (s < 0 || string.CompareOrdinal(key, s, phrase, 0, phrase.Length) != 0) continue;
            // whole words only, with an optional و/ب before: «وبنحو»
            int ws = s;
            while (ws > 0 && key[ws - 1] is 'و' or 'ب' or 'ف' && ws > s - 2) ws--;
            if (ws > 0 && char.IsLetter(key[ws - 1])) continue;
            return (approx, s);
        }
        return null;
    }
}
