using Marsad.Text;

namespace Marsad.Knowledge.Matching;

/// <summary>
/// The transliteration skeleton of a name: what stays the same when a foreign name is written in Arabic by
/// different hands. After folding (hamza, alef, ى, ة, diacritics), the article ال is dropped, long vowels and
/// glides (ا و ي ى ء) inside a word are dropped, letters that render one foreign sound share a class
/// (غ ج ك گ for g; ت ط; د ض; س ص ث; ز ذ ظ; ح ه; ف ڤ; ب پ) and doubled letters collapse.
/// سيرغي and سيرجي, بيراموف and بايراموف, ترامب and ترمب get one skeleton.
/// </summary>
public static class NameSkeleton
{
    public static string Of(ReadOnlySpan<char> name)
    {
        int max = ArabicFolder.MaxFoldedLength(name);
        Span<char> folded = max <= 512 ? stackalloc char[max] : new char[max];
        int n = ArabicFolder.Fold(name, folded);
        Span<char> dst = stackalloc char[n + 1];
        int m = Write(folded[..n], dst);
        return new string(dst[..m]);
    }

    /// <summary>Writes the skeleton of an already folded name; returns its length (never longer than the input).</summary>
    public static int Write(ReadOnlySpan<char> folded, Span<char> dst)
    {
        int m = 0;
        int wordStart = 0;
        for (int i = 0; i < folded.Length; i++)
        {
            char c = folded[i];
            if (c == ' ' || c == '-') { wordStart = i + 1; continue; }
            bool first = i == wordStart;
            // The article: ال at the start of a word of at least four letters.
            if (first && c == 'ا' && i + 1 < folded.Length && folded[i + 1] == 'ل' && WordLength(folded, i) >= 4) { i++; wordStart = i + 1; continue; }
            char k = Class(c);
            if (k == '\0') continue;
            if (IsVowelLike(c) && !first) continue; // long vowels and glides inside a word
            if (m > 0 && dst[m - 1] == k) continue; // doubled letters and repeated classes
            dst[m++] = k;
        }
        return m;
    }

    private static int WordLength(ReadOnlySpan<char> s, int start)
    {
        int j = start;
        while (j < s.Length && s[j] != ' ' && s[j] != '-') j++;
        return j - start;
    }

    private static bool IsVowelLike(char c) => c is 'ا' or 'و' or 'ي' or 'ى' or 'ء' or 'ع';

    private static char Class(char c) => c switch
    {
        'غ' or 'ج' or 'ك' or 'گ' or 'ڭ' or 'ڨ' => 'G',
        'ت' or 'ط' => 'T',
        'د' or 'ض' => 'D',
        'س' or 'ص' or 'ث' => 'S',
        'ز' or 'ذ' or 'ظ' => 'Z',
        'ح' or 'ه' or 'ة' => 'H',
        'ف' or 'ڤ' or 'ۋ' => 'F',
        'ب' or 'پ' => 'B',
        'ا' or 'ء' or 'ع' => 'A',
        'و' => 'W',
        'ي' or 'ى' => 'Y',
        'ْ' => '\0',
        _ => c,
    };
}
