using System.Globalization;
using System.Text;
using Marsad.Text;

namespace Marsad.Knowledge.Matching;

/// <summary>
/// Whether an Arabic word can be a transliteration of a Latin one, consonant by consonant and vowel by vowel: the
/// skeleton (<see cref="LatinSkeleton"/>) finds candidates, and this check keeps those whose letters the Latin
/// spelling renders. Each Latin consonant (or digraph: kh sh ch gh th dh ph) allows a few Arabic letters (k ك or ق, j
/// ج, g غ ج or ك); each long vowel the Arabic writes must stand where the Latin has a vowel of its quality (ا for a,
/// و for o u, ي for i e y; ع and ء go with any), while a Latin vowel may be left unwritten, but not a glide (y, w inside
/// the word). So Mukalla is المكلا but
/// neither مايكل (ا ي where the Latin has u) nor المعجل (ج for k), and Zinjibar is زنجبار.
/// </summary>
public static class LatinTransliteration
{
    private readonly record struct Slot(string Letters, string Vowels);

    public static bool Fits(string latin, string arabic)
    {
        var l = LatinSlots(latin);
        var a = ArabicSlots(ArabicFolder.Fold(arabic));
        if (l is null || a.Count != l.Count || a.Count == 0) return false;
        for (int i = 0; i < a.Count; i++)
        {
            if (!l[i].Letters.Contains(a[i].Letters[0], StringComparison.Ordinal)) return false;
            foreach (char v in a[i].Vowels)
                if (!Compatible(v, l[i].Vowels)) return false;
            // a glide is written: Abyan is أبين, not ابن
            if (l[i].Vowels.Contains('y', StringComparison.Ordinal) && !a[i].Vowels.Contains('ي', StringComparison.Ordinal)) return false;
            if (l[i].Vowels.Contains('w', StringComparison.Ordinal) && !a[i].Vowels.Contains('و', StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static bool Compatible(char arabicVowel, string latinVowels) => arabicVowel switch
    {
        'ع' or 'ء' => true,
        'ا' => latinVowels.AsSpan().IndexOfAny("ae") >= 0,
        'و' => latinVowels.AsSpan().IndexOfAny("ouw") >= 0,
        'ي' => latinVowels.AsSpan().IndexOfAny("iey") >= 0,
        _ => false,
    };

    /// <summary>The consonant slots of a Latin word, each with the vowels after it; null when it has other than letters.</summary>
    private static List<Slot>? LatinSlots(string word)
    {
        var s = new StringBuilder();
        foreach (char c in word.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c)) s.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('-' or '\'')) return null;
        }
        var w = s.ToString();
        var slots = new List<Slot>();
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            char next = i + 1 < w.Length ? w[i + 1] : '\0';
            bool vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' || (c is 'y' or 'w' && i > 0);
            if (vowel && i > 0)
            {
                if (slots.Count > 0) slots[^1] = slots[^1] with { Vowels = slots[^1].Vowels + c };
                continue;
            }
            string letters;
            if (i == 0 && c == 'o' && next == 'u') { letters = "و"; i++; }
            else if (i == 0 && c is 'a' or 'e' or 'i' or 'o' or 'u') letters = "اعء";
            else if (next == 'h' && c is 'k' or 's' or 'c' or 'g' or 't' or 'd' or 'p')
            {
                letters = c switch { 'k' => "خ", 's' or 'c' => "ش", 'g' => "غ", 't' => "ثذت", 'd' => "ذضد", _ => "ف" };
                i++;
            }
            else letters = Consonant(c);
            if (letters.Length == 0) continue;
            // doubled letters are one (Mukalla: ll)
            if (slots.Count > 0 && slots[^1].Letters == letters && slots[^1].Vowels.Length == 0) continue;
            slots.Add(new Slot(letters, ""));
        }
        return slots;
    }

    private static string Consonant(char c) => c switch
    {
        'b' or 'p' => "بپ",
        't' => "تط",
        'd' => "دض",
        's' => "سصث",
        'z' => "زذظ",
        'h' => "هحة",
        'f' or 'v' => "فڤ",
        'g' => "غجكق",
        'j' => "ج",
        'k' => "كق",
        'q' => "قك",
        'c' => "كسق",
        'x' => "كس",
        'l' => "ل",
        'm' => "م",
        'n' => "ن",
        'r' => "ر",
        'w' => "و",
        'y' => "ي",
        _ => "",
    };

    /// <summary>The consonant slots of a folded Arabic word (the article dropped), each with the long vowels after it.</summary>
    private static List<Slot> ArabicSlots(string folded)
    {
        var w = folded.Length >= 4 && folded.StartsWith("ال", StringComparison.Ordinal) ? folded[2..] : folded;
        var slots = new List<Slot>();
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            if (i > 0 && c is 'ا' or 'و' or 'ي' or 'ع' or 'ء')
            {
                if (slots.Count > 0) slots[^1] = slots[^1] with { Vowels = slots[^1].Vowels + c };
                continue;
            }
            if (slots.Count > 0 && slots[^1].Letters[0] == c && slots[^1].Vowels.Length == 0) continue;
            slots.Add(new Slot(c.ToString(), ""));
        }
        return slots;
    }
}
