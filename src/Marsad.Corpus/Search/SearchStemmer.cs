namespace Marsad.Corpus.Search;

/// <summary>
/// Clitic-aware search stems for folded Arabic words (ArabicFolder.Matching: ة→ه, ى→ي, أإآ→ا).
/// A light stemmer cannot tell وليد (a name) from و+ليد, or بريطانيا from ب+ريطانيا, so no single stem is
/// right for every word. Instead the index holds every plausible stem of a word (up to three one-letter
/// proclitics — conjunction, preposition — then the article, and one plural/possessive suffix, each leaving at least three
/// letters), and a query word is reduced to its shortest stem: whichever way a text spells the word with
/// clitics (الوزارة، ووزارة، بالوزارة), one of its stems is that shortest stem.
/// Until Marsad.Text ships LightStemmer/CliticSegmenter, this is the project's search stemmer.
/// </summary>
internal static class SearchStemmer
{
    private const int MinStem = 3;
    private static readonly string[] Articles = ["ال", "لل"];
    private static readonly char[] Proclitics = ['و', 'ف', 'ب', 'ل', 'ك'];
    private static readonly string[] Suffixes = ["هما", "كما", "ات", "ون", "ين", "ان", "ها", "هم", "هن", "كم", "نا", "يه", "ه", "ي"];

    /// <summary>Every stem of <paramref name="word"/>, the word itself first; at most a handful.</summary>
    /// <param name="maxProclitics">Single-letter proclitics (و ف ب ل ك) that may be stripped before the article.</param>
    public static void Stems(string word, List<string> stems, int maxProclitics = 3)
    {
        stems.Clear();
        stems.Add(word);
        if (!IsArabic(word)) return;
        Span<int> fronts = stackalloc int[16];
        int count = 0;
        fronts[count++] = 0;
        for (int letters = 0; letters <= maxProclitics && letters < word.Length; letters++)
        {
            if (letters > 0)
            {
                if (Array.IndexOf(Proclitics, word[letters - 1]) < 0) break;
                if (word.Length - letters >= MinStem) fronts[count++] = letters;
            }
            foreach (var a in Articles)
                if (word.Length - letters - a.Length >= MinStem - 1 && string.CompareOrdinal(word, letters, a, 0, a.Length) == 0)
                    fronts[count++] = letters + a.Length;
        }
        foreach (int start in fronts[..count])
        {
            int length = word.Length - start;
            if (start > 0) Add(stems, word.Substring(start, length));
            foreach (var s in Suffixes)
                if (length - s.Length >= MinStem && word.AsSpan(start, length).EndsWith(s))
                {
                    Add(stems, word.Substring(start, length - s.Length));
                    break;
                }
        }
    }

    /// <summary>
    /// The shortest stem (with one proclitic fewer than the index allows, so a text word with one more clitic
    /// than the query word still has it among its stems): what a query word is searched as.
    /// </summary>
    public static string QueryStem(string word)
    {
        var stems = new List<string>(8);
        Stems(word, stems, maxProclitics: 2);
        string best = stems[0];
        foreach (var s in stems) if (s.Length < best.Length) best = s;
        return best;
    }

    private static void Add<T>(List<T> list, T item)
    {
        if (!list.Contains(item)) list.Add(item);
    }

    private static bool IsArabic(string word)
    {
        foreach (char c in word) if (c is < '\u0621' or > '\u064A') return false;
        return word.Length > 0;
    }
}
