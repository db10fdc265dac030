using System.Globalization;
using System.Text;

namespace Marsad.Tools.Knowledge;

/// <summary>English place names of the gazetteers: transliteration marks off, and whether two spellings name alike.</summary>
internal static class LatinNames
{
    /// <summary>Al Qaţīf → Al Qatif, Ahvāz → Ahvaz: the marks of scholarly transliteration are not part of an English name.</summary>
    public static string Plain(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('ʼ' or 'ʻ' or 'ʿ' or 'ʾ')) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Whether a Wikipedia title names the gazetteer's place: equal without marks, article (Al, Ar, As, El…), case,
    /// separators and a final h after a vowel (Al Qaţīf / qatif, Sitrah / sitra), or the title the first words of
    /// the gazetteer's name (Frankfurt am Main / frankfurt). A title with a qualifier (cairo, illinois) is another place.
    /// </summary>
    public static bool TitleOf(string gazetteerName, string title)
    {
        if (title.Contains(',', StringComparison.Ordinal) || title.Contains('(', StringComparison.Ordinal)) return false;
        var g = Words(gazetteerName); var t = Words(title);
        if (g.Count == 0 || t.Count == 0 || t.Count > g.Count) return false;
        if (t.Count < g.Count) return g.Take(t.Count).SequenceEqual(t);
        return g.Select(FinalH).SequenceEqual(t.Select(FinalH));
    }

    /// <summary>The same words, case and separators aside (Umm al-Quwain, umm al quwain): the gazetteer's casing stays.</summary>
    public static bool SameWords(string a, string b) => Words(a).SequenceEqual(Words(b));

    private static string FinalH(string word) =>
        word.Length > 3 && word[^1] == 'h' && "aeiou".Contains(word[^2], StringComparison.Ordinal) ? word[..^1] : word;

    private static List<string> Words(string name)
    {
        var words = Plain(name).ToLowerInvariant().Split([' ', '-', '\'', '’', '.', ','], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] is "al" or "ar" or "as" or "ad" or "an" or "at" or "az" or "ash" or "el" or "ed" or "en") words.RemoveAt(0);
        return words;
    }
}
