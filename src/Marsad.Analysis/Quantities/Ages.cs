namespace Marsad.Analysis.Quantities;

/// <summary>
/// Ages: a number of years said of a person, a figure with the unit year though the time layer reads a duration
/// there. The grammar says so: «العمر» or a word of age before it («البالغ من العمر 26 عاماً», «عمره نحو مائة عام»,
/// «بعمر 30 سنة»), «من العمر» after it («في الـ26 من العمر»), or the years in parentheses after a name
/// («خالد (41 عاماً)»). Matching runs on the folded key.
/// </summary>
internal static class Ages
{
    private static readonly HashSet<string> s_years = new(["عام", "عاما", "اعوام", "سنه", "سنوات", "سنين"], StringComparer.Ordinal);

    // words of age before the number: العمر، عمره، أعمارهم، بعمر، بسن
    private static readonly HashSet<string> s_ageWords = new(
        ["العمر", "عمر", "بعمر", "عمره", "عمرها", "عمرهم", "عمرهن", "اعمار", "اعمارهم", "اعمارهن", "اعمارهما", "عمرهما", "بسن", "سن"], StringComparer.Ordinal);

    /// <summary>The key index where an age that starts with the number [start, end) ends, or -1 when it is no age.</summary>
    public static int End(string key, int start, int end)
    {
        var (next, nextEnd) = WordAt(key, end);
        bool years = s_years.Contains(next);
        int afterYears = years ? nextEnd : end;
        // «26 عاماً من العمر», «ال26 من العمر»
        var (of, ofEnd) = WordAt(key, afterYears);
        if (of == "من" && WordAt(key, ofEnd) is var (age, ageEnd) && (age == "العمر" || age.StartsWith("عمر", StringComparison.Ordinal)))
            return ageEnd;
        if (!years) return -1;
        // «من العمر 26 عاماً», «عمره نحو 100 عام»: a word of age among the three words before, past the numbers of a
        // list the last one closes («أعمارهم 3 و5 و9 و14 سنة»)
        int i = ListStart(key, start);
        for (int w = 0; w < 3; w++)
        {
            var (before, beforeStart) = WordBefore(key, i);
            if (before.Length == 0) break;
            if (s_ageWords.Contains(before)) return afterYears;
            i = beforeStart;
        }
        // «خالد (41 عاماً)»: in parentheses after a word that is not a definite noun («بالسجن (5 سنوات)» is a term)
        if (CharBefore(key, start, out int open) == '(' && CharAt(key, afterYears) == ')')
        {
            var (name, _) = WordBefore(key, open);
            if (name.Length > 1 && !IsDefinite(name)) return afterYears;
        }
        return -1;
    }

    /// <summary>Where a list of numbers joined by و that ends with the number at <paramref name="start"/> begins («3 و5 و14»).</summary>
    private static int ListStart(string key, int start)
    {
        int i = start;
        while (true)
        {
            int k = i;
            if (k >= 2 && key[k - 1] == 'و' && !char.IsLetter(key[k - 2])) k--; // «و14»
            else
            {
                while (k > 0 && key[k - 1] == ' ') k--;
                if (k >= 1 && key[k - 1] == 'و' && (k == 1 || !char.IsLetter(key[k - 2]))) k--; // «و 14»
                else return i;
            }
            while (k > 0 && key[k - 1] == ' ') k--;
            int d = k;
            while (d > 0 && char.IsAsciiDigit(key[d - 1])) d--;
            if (d == k) return i;
            i = d;
        }
    }

    private static bool IsDefinite(string w) =>
        w.StartsWith("ال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal)
        || w.Length > 3 && w[0] is 'ب' or 'و' or 'ف' or 'ك' && w.AsSpan(1).StartsWith("ال", StringComparison.Ordinal);

    private static (string Word, int End) WordAt(string key, int index)
    {
        int i = index;
        while (i < key.Length && key[i] == ' ') i++;
        int s = i;
        while (i < key.Length && char.IsLetter(key[i])) i++;
        return (key[s..i], i);
    }

    private static (string Word, int Start) WordBefore(string key, int index)
    {
        int e = index;
        while (e > 0 && key[e - 1] == ' ') e--;
        int s = e;
        while (s > 0 && char.IsLetter(key[s - 1])) s--;
        return (key[s..e], s);
    }

    private static char CharBefore(string key, int index, out int at)
    {
        at = index - 1;
        while (at >= 0 && key[at] == ' ') at--;
        return at >= 0 ? key[at] : '\0';
    }

    private static char CharAt(string key, int index)
    {
        int i = index;
        while (i < key.Length && key[i] == ' ') i++;
        return i < key.Length ? key[i] : '\0';
    }
}
