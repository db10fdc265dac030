using Marsad.Text.Clitics;

namespace Marsad.Corpus.Search;

/// <summary>
/// Clitic-aware search stems for folded Arabic words (ArabicFolder.Matching: ة→ه, ى→ي, أإآ→ا).
/// A light stemmer cannot tell بريطانيا from ب+ريطانيا, so no single stem is right for every word. Instead the index
/// holds every plausible stem of a word: each reading of its proclitics by the project's one proclitic reader
/// (<see cref="ProcliticReader"/>: conjunction, preposition, article, لل; protected words such as وليد and فلسطين
/// are not cut), each leaving at least three letters (two after the article), and with one plural or possessive
/// suffix off; a query word is reduced to its shortest stem. Whichever way a text spells the word with clitics
/// (الوزارة، ووزارة، بالوزارة), one of its stems is that shortest stem.
/// </summary>
internal static class SearchStemmer
{
    private const int MinStem = 3;

    /// <summary>Search strips conjunctions, prepositions and the article, not the future marker (سيتم stays a word).</summary>
    private const Proclitics Searchable = ProcliticReader.All & ~Proclitics.Sa;

    private static readonly string[] Suffixes = ["هما", "كما", "ات", "ون", "ين", "ان", "ها", "هم", "هن", "كم", "نا", "يه", "ه", "ي"];

    /// <summary>Every stem of <paramref name="word"/>, the word itself first; at most a handful.</summary>
    public static void Stems(string word, List<string> stems)
    {
        stems.Clear();
        stems.Add(word);
        if (!IsArabic(word)) return;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(word, readings, MinStem - 1, Searchable);
        foreach (var r in readings[..n])
        {
            if (!r.IsWhole && word.Length - r.Start < (r.IsDefinite ? MinStem - 1 : MinStem)) continue;
            int start = r.Start, length = word.Length - start;
            if (start > 0) Add(stems, word.Substring(start, length));
            foreach (var s in Suffixes)
                if (length - s.Length >= MinStem && word.AsSpan(start, length).EndsWith(s))
                {
                    Add(stems, word.Substring(start, length - s.Length));
                    break;
                }
        }
    }

    /// <summary>The shortest stem: what a query word is searched as.</summary>
    public static string QueryStem(string word)
    {
        var stems = new List<string>(8);
        Stems(word, stems);
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
