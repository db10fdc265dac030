using System.Globalization;
using Marsad.Text.Lexicons;

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
    // The roles as the data file names them (declared first: s_words is built from them).
    private static readonly Dictionary<string, WordRole> s_roles = new(StringComparer.Ordinal)
    {
        ["unit"] = WordRole.Unit, ["teen"] = WordRole.Teen, ["ten"] = WordRole.Ten, ["hundred"] = WordRole.Hundred,
        ["hundred-bare"] = WordRole.HundredBare, ["scale"] = WordRole.Scale, ["scale-dual"] = WordRole.ScaleDual,
        ["scale-dual-or-singular"] = WordRole.ScaleDualOrSingular, ["fraction"] = WordRole.Fraction,
        ["fraction-plural"] = WordRole.FractionPlural, ["ordinal"] = WordRole.Ordinal, ["indefinite"] = WordRole.Indefinite,
    };

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
                // «كمية» is "a quantity", «بمية» rarely "for a hundred": the spoken مية takes no preposition
                if (prep == 1 && rest.SequenceEqual("ميه")) continue;
                if (p > 0 && (prep == 0 || rest.Length >= 3) && TryGet(rest, out info)) { prefixLength = p; return true; }
                if (rest.StartsWith(ArabicLetters.Article) && rest.Length > 3 && TryGet(rest[2..], out info)) { prefixLength = p; definite = true; return true; }
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

    // Data/number-words.tsv: role, value, fraction, forms. A later row replaces an earlier one for the same folded form.
    private static Dictionary<string, NumberWord> Build()
    {
        var d = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        foreach (var row in LexiconReader.ResourceRows(typeof(NumberWords).Assembly, "Marsad.Text.Numbers.number-words.tsv", 4, 4))
        {
            if (!s_roles.TryGetValue(row[0], out var role)) throw row.Error($"unknown role '{row[0]}'");
            var word = new NumberWord(role, Value(row, row[1]), row[2] == "-" ? 0 : Value(row, row[2]));
            foreach (var form in row[3].Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[ArabicFolder.Fold(form)] = word;
        }
        return d;
    }

    /// <summary>A value written as a number (0.25, 1e6) or a fraction (1/3), computed as the division it names.</summary>
    private static double Value(LexiconRow row, string text)
    {
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0) return Parse(row, text);
        return Parse(row, text[..slash]) / Parse(row, text[(slash + 1)..]);
    }

    private static double Parse(LexiconRow row, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : throw row.Error($"'{text}' is not a number");
}
