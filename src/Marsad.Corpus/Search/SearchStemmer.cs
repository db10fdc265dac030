namespace Marsad.Corpus.Search;

/// <summary>
/// A light stemmer for search terms, on folded Arabic (ArabicFolder.Matching: ة→ه, ى→ي, أإآ→ا).
/// It strips the article and conjunctions/prepositions in front (وال، بال، فال، كال، لل، ال، و) and
/// the commonest plural, dual and possessive endings, keeping at least three letters so that names which
/// look like clitics (وليد، فلسطين) lose at most a letter the same way in the index and in the query.
/// Index and query go through the same function, so a consistent conflation is what matters.
/// Until Marsad.Text ships LightStemmer, this is the project's search stemmer.
/// </summary>
internal static class SearchStemmer
{
    // Longest first: the first that leaves enough letters wins.
    private static readonly string[] Prefixes = ["وبال", "وكال", "فبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال", "و"];
    private static readonly string[] Suffixes = ["هما", "كما", "ات", "ون", "ين", "ان", "ها", "هم", "هن", "كم", "نا", "يه", "ه", "ي"];

    public static int Stem(Span<char> word)
    {
        int start = 0, end = word.Length;
        if (!IsArabic(word)) return end;
        foreach (var p in Prefixes)
        {
            // The article needs two letters left (الدول → دول); a bare و needs four, since many words
            // begin with it (وزير، وليد). A bare ف is never stripped: far more words and names begin with
            // ف (فلسطين، فرنسا) than carry the conjunction.
            int keep = p.Length == 1 ? 4 : 2;
            if (end - p.Length >= keep && word.StartsWith(p))
            {
                start = p.Length;
                break;
            }
        }
        foreach (var s in Suffixes)
        {
            if (end - start - s.Length >= 3 && word[start..end].EndsWith(s))
            {
                end -= s.Length;
                break;
            }
        }
        if (start > 0) word[start..end].CopyTo(word);
        return end - start;
    }

    private static bool IsArabic(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (c is < '\u0621' or > '\u064A') return false;
        return true;
    }
}
