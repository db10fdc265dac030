namespace Marsad.Text.Numbers;

/// <summary>What a number word contributes to the phrase it is part of.</summary>
internal enum WordRole : byte
{
    /// <summary>0–10 (واحد، ثلاثة، عشر).</summary>
    Unit,
    /// <summary>عشر/عشرة right after a unit: the teens (ستة عشر، الحادي عشر).</summary>
    Teen,
    /// <summary>20–90 (عشرون، عشرين).</summary>
    Ten,
    /// <summary>200–900 and compounds (مئتان، ثلاثمائة).</summary>
    Hundred,
    /// <summary>مئة/مائة: a hundred alone, or the multiplier in «ثلاث مئة».</summary>
    HundredBare,
    /// <summary>ألف، آلاف، مليون، ملايين، مليار، دزينة: multiplies what precedes it.</summary>
    Scale,
    /// <summary>Dual of a scale, a value of its own: ألفان، ألفين، ألفي، مليونين.</summary>
    ScaleDual,
    /// <summary>ألفا، مليونا، مليارا: dual construct (2000) alone, accusative singular after a number (عشرين ألفاً).</summary>
    ScaleDualOrSingular,
    /// <summary>A fraction word: نصف، ربع، ثلث، ثلثان.</summary>
    Fraction,
    /// <summary>Plural fraction after a count: أرباع، أخماس (ثلاثة أرباع).</summary>
    FractionPlural,
    /// <summary>An ordinal stem: أول، ثاني، حادي، خامس…</summary>
    Ordinal,
    /// <summary>عشرات، مئات: an order of magnitude without a count.</summary>
    Indefinite,
}

/// <summary>A number word: its role, value, and the fraction it can also mean (خمس = 5 or a fifth).</summary>
internal readonly record struct NumberWord(WordRole Role, double Value, double FractionAlt = 0);

/// <summary>The Arabic number words, keyed by their folded spelling (ArabicFolder Matching keys: أ→ا، ة→ه، ى→ي، ئ→ي).</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, NumberWord> s_words = Build();
    private static readonly Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> folded, out NumberWord word) => s_lookup.TryGetValue(folded, out word);

    /// <summary>
    /// Looks a token up with its proclitics (و ف ب ل ك and the article): وخمسين، بثلاثة، بألفين، للثاني، والعشرون.
    /// Two-letter stems after ب/ل/ك stay whole, so «لست» ("I am not") is not ل + ست.
    /// </summary>
    public static bool TryLookup(ReadOnlySpan<char> word, out NumberWord info, out int prefixLength, out bool definite)
    {
        definite = false;
        prefixLength = 0;
        if (TryGet(word, out info)) return true;
        for (int conj = 0; conj <= 1; conj++)
        {
            if (conj == 1 && (word.Length < 3 || word[0] is not ('و' or 'ف'))) break;
            for (int prep = 0; prep <= 1; prep++)
            {
                int p = conj;
                if (prep == 1)
                {
                    if (p >= word.Length || word[p] is not ('ب' or 'ل' or 'ك')) continue;
                    p++;
                }
                var rest = word[p..];
                if (p > 0 && (prep == 0 || rest.Length >= 3) && TryGet(rest, out info)) { prefixLength = p; return true; }
                if (rest.StartsWith("ال") && rest.Length > 3 && TryGet(rest[2..], out info)) { prefixLength = p; definite = true; return true; }
                // ل + ال is written لل: للثاني، للعشرين
                if (prep == 1 && word[p - 1] == 'ل' && rest.StartsWith("ل") && rest.Length > 2 && TryGet(rest[1..], out info))
                {
                    prefixLength = p;
                    definite = true;
                    return true;
                }
            }
        }
        info = default;
        return false;
    }

    private static Dictionary<string, NumberWord> Build()
    {
        var d = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        void Add(WordRole role, double value, params string[] forms)
        {
            foreach (var f in forms) d[ArabicFolder.Fold(f)] = new NumberWord(role, value);
        }
        void AddAlt(double value, double fraction, params string[] forms)
        {
            foreach (var f in forms) d[ArabicFolder.Fold(f)] = new NumberWord(WordRole.Unit, value, fraction);
        }

        Add(WordRole.Unit, 0, "صفر");
        Add(WordRole.Unit, 1, "واحد", "واحدة", "إحدى", "حادي");
        Add(WordRole.Unit, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "إثنان", "إثنين", "اثنا", "اثني", "اثنتا", "اثنتي");
        Add(WordRole.Unit, 3, "ثلاث", "ثلاثة");
        Add(WordRole.Unit, 4, "أربع", "أربعة");
        AddAlt(5, 1 / 5.0, "خمس");
        Add(WordRole.Unit, 5, "خمسة");
        Add(WordRole.Unit, 6, "ست", "ستة");
        AddAlt(7, 1 / 7.0, "سبع");
        Add(WordRole.Unit, 7, "سبعة");
        Add(WordRole.Unit, 8, "ثمان", "ثماني", "ثمانية");
        AddAlt(9, 1 / 9.0, "تسع");
        Add(WordRole.Unit, 9, "تسعة");
        // «أحد» alone is "someone" or Sunday: it counts only in أحد عشر (see Teen handling).
        Add(WordRole.Unit, 1, "أحد");
        d[ArabicFolder.Fold("عشر")] = new NumberWord(WordRole.Teen, 10, 1 / 10.0);
        Add(WordRole.Teen, 10, "عشرة");

        string[] tens = ["عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"];
        for (int i = 0; i < tens.Length; i++) Add(WordRole.Ten, (i + 2) * 10, tens[i] + "ون", tens[i] + "ين");

        Add(WordRole.HundredBare, 100, "مئة", "مائة", "مية", "ميه");
        Add(WordRole.Hundred, 200, "مئتان", "مائتان", "مئتين", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي", "مئتيان");
        string[] hundreds = ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"];
        for (int i = 0; i < hundreds.Length; i++) Add(WordRole.Hundred, (i + 3) * 100, hundreds[i] + "مئة", hundreds[i] + "مائة");

        Add(WordRole.Scale, 12, "دزينة", "دزينات", "دستة", "دستات");
        Add(WordRole.ScaleDual, 24, "دزينتين", "دزينتان", "دستتين");
        Add(WordRole.Scale, 1e3, "ألف", "آلاف", "الاف");
        Add(WordRole.ScaleDual, 2e3, "ألفان", "ألفين", "ألفي");
        Add(WordRole.ScaleDualOrSingular, 1e3, "ألفا");
        Add(WordRole.Scale, 1e6, "مليون", "ملايين");
        Add(WordRole.ScaleDual, 2e6, "مليونان", "مليونين", "مليوني");
        Add(WordRole.ScaleDualOrSingular, 1e6, "مليونا");
        Add(WordRole.Scale, 1e9, "مليار", "مليارات", "بليون", "بلايين", "بليونات");
        Add(WordRole.ScaleDual, 2e9, "ملياران", "مليارين", "ملياري");
        Add(WordRole.ScaleDualOrSingular, 1e9, "مليارا");
        Add(WordRole.Scale, 1e12, "تريليون", "ترليون", "تريليونات", "ترليونات");

        Add(WordRole.Fraction, 0.5, "نصف");
        Add(WordRole.Fraction, 0.25, "ربع");
        Add(WordRole.Fraction, 1 / 3.0, "ثلث");
        Add(WordRole.Fraction, 2 / 3.0, "ثلثان", "ثلثين", "ثلثي");
        Add(WordRole.Fraction, 1 / 6.0, "سدس");
        // ثمن (an eighth) is left out: in news it is "price" (ثمن الخبز) far more often.
        Add(WordRole.FractionPlural, 0.25, "أرباع");
        Add(WordRole.FractionPlural, 1 / 3.0, "أثلاث");
        Add(WordRole.FractionPlural, 0.2, "أخماس");
        Add(WordRole.FractionPlural, 1 / 6.0, "أسداس");
        Add(WordRole.FractionPlural, 1 / 8.0, "أثمان");
        Add(WordRole.FractionPlural, 0.1, "أعشار");

        Add(WordRole.Ordinal, 1, "أول", "أولى", "حادية");
        Add(WordRole.Ordinal, 2, "ثاني", "ثانية");
        Add(WordRole.Ordinal, 3, "ثالث", "ثالثة");
        Add(WordRole.Ordinal, 4, "رابع", "رابعة");
        Add(WordRole.Ordinal, 5, "خامس", "خامسة");
        Add(WordRole.Ordinal, 6, "سادس", "سادسة");
        Add(WordRole.Ordinal, 7, "سابع", "سابعة");
        Add(WordRole.Ordinal, 8, "ثامن", "ثامنة");
        Add(WordRole.Ordinal, 9, "تاسع", "تاسعة");
        Add(WordRole.Ordinal, 10, "عاشر", "عاشرة");

        Add(WordRole.Indefinite, 10, "عشرات");
        Add(WordRole.Indefinite, 100, "مئات", "مئآت");
        return d;
    }
}
