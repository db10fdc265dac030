using Marsad.Text;
using Marsad.Text.Clitics;

namespace Marsad.Corpus.Search;

/// <summary>
/// Clitic- and ending-aware search stems of Arabic words. A light stemmer cannot tell بريطانيا from ب+ريطانيا, nor the
/// pronoun ها from the end of a word, so no single stem is right for every word. Instead the index holds every
/// plausible stem of a word and a query word is searched as its shortest stem, which each form of the word also yields:
/// <list type="bullet">
/// <item>each reading of its proclitics by the project's one proclitic reader (<see cref="ProcliticReader"/>:
/// conjunction, preposition, article, لل; protected words such as وليد and فلسطين are not cut), leaving at least three
/// letters (two after the article);</item>
/// <item>an attached pronoun (ها هم هما هن كم كما نا, and ه written ه), with the ت of a ة-noun given back its ة
/// (سياستها → سياسة, حكومتنا → حكومة);</item>
/// <item>one ending: ة (the feminine, so السعودية meets السعودي), the sound plurals ون ين ات, the dual ان ين (with a
/// ة-noun's ت: حكومتين → حكوم), and the accusative or dual ا (نائبا → نائب).</item>
/// </list>
/// A stem keeps at least three letters. The rules read the word with its ة and hamza seats (ئ ؤ) still written, since
/// ة is not the pronoun ه and هادئة is not a nisba like هادي; the stems are then folded like every search term, but for
/// a final ئ. The nisba ي is never cut, so العبادي does not meet العبادة, nor هادي هادئة or الهادئ.
/// </summary>
internal static class SearchStemmer
{
    private const int MinStem = 3;

    /// <summary>Search strips conjunctions, prepositions and the article, not the future marker (سيتم stays a word).</summary>
    private const Proclitics Searchable = ProcliticReader.All & ~Proclitics.Sa;

    /// <summary>How words are read before the stems are cut: folded for matching, but with ة and the hamza seats kept.</summary>
    public const FoldOptions Reading = FoldOptions.Matching & ~FoldOptions.TehMarbuta & ~FoldOptions.HamzaSeats;

    private const char TehMarbuta = 'ة', Teh = 'ت', YehHamza = 'ئ';

    // Longest first; ه last, and only as written (ة is read apart).
    private static readonly string[] Pronouns = ["هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه"];
    private static readonly string[] PluralEndings = ["ات", "ون", "ين", "ان"];

    /// <summary>
    /// Every stem of <paramref name="word"/> (read with <see cref="Reading"/>), the folded word itself first; at most a
    /// dozen. A query word (<paramref name="forQuery"/>) does not read a final ه as a pronoun: people type ه for ة.
    /// </summary>
    public static void Stems(string word, List<string> stems, bool forQuery = false)
    {
        stems.Clear();
        string folded = Folded(word);
        stems.Add(folded);
        if (!IsArabic(word)) return;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(folded, readings, MinStem - 1, Searchable);
        foreach (var r in readings[..n])
        {
            if (!r.IsWhole && word.Length - r.Start < (r.IsDefinite ? MinStem - 1 : MinStem)) continue;
            string rest = r.Start == 0 ? word : word[r.Start..];
            if (r.Start > 0) Add(stems, Folded(rest));
            Endings(rest, stems, forQuery);
        }
    }

    private static void Endings(string rest, List<string> stems, bool forQuery)
    {
        foreach (var pronoun in Pronouns)
        {
            if (forQuery && pronoun.Length == 1) break;
            if (rest.Length - pronoun.Length < MinStem || !rest.EndsWith(pronoun, StringComparison.Ordinal)) continue;
            string host = rest[..^pronoun.Length];
            Add(stems, Folded(host));
            Inflection(host, stems);
            // سياستـها: the ت before a pronoun is a ة (not the ت of a plural in ات: قواتها).
            if (host[^1] == Teh && !host.EndsWith("ات", StringComparison.Ordinal) && host.Length > MinStem)
            {
                string noun = host[..^1] + TehMarbuta;
                Add(stems, Folded(noun));
                Inflection(noun, stems);
            }
            return;
        }
        Inflection(rest, stems);
    }

    /// <summary>One ending off: ة, a sound plural or dual, or the accusative alef.</summary>
    private static void Inflection(string word, List<string> stems)
    {
        if (word[^1] == TehMarbuta)
        {
            if (word.Length - 1 >= MinStem) Add(stems, Folded(word[..^1]));
            return;
        }
        foreach (var ending in PluralEndings)
        {
            if (word.Length - ending.Length < MinStem || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
            string stem = word[..^ending.Length];
            Add(stems, Folded(stem));
            // the dual of a ة-noun: حكومتان، حكومتين
            if (ending is "ان" or "ين" && stem[^1] == Teh && stem.Length - 1 >= MinStem) Add(stems, Folded(stem[..^1]));
            return;
        }
        if (word[^1] == 'ا' && word.Length - 1 >= MinStem) Add(stems, Folded(word[..^1]));
    }

    /// <summary>Every stem of a query word as typed (folded here), the folded word first.</summary>
    public static List<string> QueryStems(string surface)
    {
        var stems = new List<string>(12);
        Stems(ArabicFolder.Fold(surface, Reading), stems, forQuery: true);
        return stems;
    }

    /// <summary>The shortest stem (the first of the shortest): what a query word is searched as.</summary>
    public static string QueryStem(string word)
    {
        var stems = new List<string>(12);
        Stems(word, stems, forQuery: true);
        string best = stems[0];
        foreach (var s in stems) if (s.Length < best.Length) best = s;
        return best;
    }

    /// <summary>
    /// A stem as a search term: folded for matching (ة → ه, ؤ → و, ئ → ي), except a final ئ: الهادئ (the Pacific, calm)
    /// is not هادي, nor شاطئ a word in ي.
    /// </summary>
    private static string Folded(string stem)
    {
        if (stem.Length == 0 || stem[^1] != YehHamza) return ArabicFolder.Fold(stem);
        return ArabicFolder.Fold(stem.AsSpan(0, stem.Length - 1)) + YehHamza;
    }

    private static void Add(List<string> list, string item)
    {
        if (!list.Contains(item)) list.Add(item);
    }

    private static bool IsArabic(string word)
    {
        foreach (char c in word) if (c is < '\u0621' or > '\u064A') return false;
        return word.Length > 0;
    }
}
