namespace Marsad.Text.Clitics;

/// <summary>
/// A light stemmer for search keys, in the spirit of Larkey's light10 (Lucene's ArabicStemmer) but
/// clitic-aware and guarded: the word is folded (<see cref="FoldOptions.Matching"/>), then one proclitic
/// group (وبال، فلل، وال، لل، ال، و ...) and one pronoun (هما هم هن كما كم ها نا) are stripped, then
/// light10's suffixes (ها ان ات ون ين يه ه ي). Protected words (فلسطين، وليد، بوتين) and a protected
/// remainder («وفلسطين» → فلسطين) are not cut further, and a stem keeps at least two letters.
/// Two spellings of one word give one key (الأمريكية، والأمريكيه → امريك). For search only; not a
/// morphological analysis (see <see cref="CliticSegmenter"/> for spans).
/// </summary>
public static class LightStemmer
{
    private const int MinStem = 2;

    // Longest first. A lone و needs a three-letter stem (light10's rule); a lone ف is not stripped, as in
    // light10, since too many words begin with it (فيها، فقط، فوق).
    private static readonly string[] Prefixes =
    [
        "وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
    ];

    private static readonly string[] Pronouns = ["هما", "كما", "هم", "هن", "كم", "ها", "نا"];

    // light10's suffixes in its order, folded (ة is already ه).
    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    /// <summary>The search key of a word.</summary>
    public static string Stem(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return string.Empty;
        int max = ArabicFolder.MaxFoldedLength(word);
        char[]? rented = null;
        Span<char> buffer = max <= 256 ? stackalloc char[max] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(max));
        try
        {
            var key = Stem(word, buffer);
            return new string(key);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Folds <paramref name="word"/> into <paramref name="buffer"/> (<see cref="ArabicFolder.MaxFoldedLength"/>
    /// long; the word's length unless it holds ligatures) and returns the
    /// slice of it that is the stem. Allocation-free.
    /// </summary>
    public static Span<char> Stem(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = ArabicFolder.Fold(word, buffer);
        Span<char> key = buffer[..n];
        if (ProtectedWords.ContainsKey(key)) return key;

        // Proclitics: the longest that leaves a stem, unless a shorter one already leaves a protected word.
        int p = 0;
        if (key.Length > 3 && key[0] == 'و')
        {
            if (ProtectedWords.ContainsKey(key[1..])) return key[1..];
            p = 1;
        }
        foreach (var prefix in Prefixes)
        {
            if (key.Length - prefix.Length < MinStem || !key.StartsWith(prefix)) continue;
            // «والد» → «الد»? The stem must be at least two letters; «وال» is tried before «ال».
            if (prefix.Length > p) p = prefix.Length;
            break;
        }
        key = key[p..];
        if (ProtectedWords.ContainsKey(key)) return key;

        foreach (var pronoun in Pronouns)
        {
            if (key.Length - pronoun.Length >= MinStem && key.EndsWith(pronoun))
            {
                key = key[..^pronoun.Length];
                break;
            }
        }
        foreach (var suffix in Suffixes)
        {
            if (ProtectedWords.ContainsKey(key)) break;
            if (key.Length - suffix.Length >= MinStem && key.EndsWith(suffix)) key = key[..^suffix.Length];
        }
        return key;
    }
}
