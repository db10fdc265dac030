using System.Globalization;
using System.Text;

namespace Marsad.Knowledge.Matching;

/// <summary>
/// The Arabic transliteration skeletons (<see cref="NameSkeleton"/>) a name written in Latin letters may have: Zinjibar
/// gives زنجبار's skeleton, Ould Cheikh Ahmed those of ولد، شيخ، احمد. Each Latin letter or digraph is read as the Arabic
/// letter class it renders (kh خ, sh ch ش, gh j g k G, q ق, th S Z or T, dh Z or D, c G or S); vowels and y w
/// inside a word drop out as long vowels do in the skeleton, and a word-initial vowel is the alef class (ou- is و).
/// An ambiguous letter gives one skeleton per reading, at most <see cref="MaxSkeletons"/>.
/// </summary>
public static class LatinSkeleton
{
    public const int MaxSkeletons = 8;

    /// <summary>The skeletons of one Latin word (letters only; others are skipped), or none when it has no letters.</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        var letters = Letters(word);
        var found = new List<StringBuilder> { new() };
        for (int i = 0; i < letters.Length; i++)
        {
            char c = letters[i];
            char next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            bool first = i == 0;
            string[] classes;
            if (next == 'h' && c is 'k' or 's' or 'c' or 'g' or 't' or 'd' or 'p')
            {
                classes = c switch { 'k' => ["خ"], 's' or 'c' => ["ش"], 'g' => ["G"], 't' => ["S", "Z", "T"], 'd' => ["Z", "D"], _ => ["F"] };
                i++;
            }
            else if (first && c == 'o' && next == 'u') { classes = ["W"]; i++; }
            else classes = Letter(c, next, first);
            if (classes.Length == 0) continue;
            var grown = new List<StringBuilder>();
            foreach (var sb in found)
                foreach (var k in classes)
                {
                    if (grown.Count == MaxSkeletons) break;
                    var copy = new StringBuilder(sb.ToString());
                    // doubled letters and repeated classes collapse, as in NameSkeleton
                    if (copy.Length == 0 || copy[^1].ToString() != k) copy.Append(k);
                    grown.Add(copy);
                }
            found = grown;
        }
        return [.. found.Select(sb => sb.ToString()).Where(s => s.Length > 0).Distinct()];
    }

    private static string[] Letter(char c, char next, bool first) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => first ? ["A"] : [],
        'y' => first ? ["Y"] : [],
        'w' => first ? ["W"] : [],
        'b' or 'p' => ["B"],
        't' => ["T"],
        'd' => ["D"],
        's' => ["S"],
        'z' => ["Z"],
        'h' => ["H"],
        'f' or 'v' => ["F"],
        'g' or 'j' => ["G"],
        'k' => ["G"],
        'q' => ["ق"],
        'c' => next is 'e' or 'i' or 'y' ? ["S"] : ["G", "S"],
        'x' => ["GS"],
        'l' => ["ل"],
        'm' => ["م"],
        'n' => ["ن"],
        'r' => ["ر"],
        _ => [],
    };

    /// <summary>The word's letters, lower-cased and without accents (é → e).</summary>
    private static string Letters(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char c in word.Normalize(NormalizationForm.FormD))
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') sb.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
        return sb.ToString();
    }
}
