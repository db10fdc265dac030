using Marsad.Knowledge.Kb;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Entities;

/// <summary>A name found in the text: source span, the words it covers, and the KB entity it names (if known).</summary>
internal readonly record struct FoundName(int Start, int End, int FirstWord, int WordCount, string? KbId, EntityType Type);

/// <summary>
/// Finds knowledge-base names over word n-grams, longest first, with proclitics stripped from the first word.
/// A name inside a longer name is not found on its own; nationality adjectives and common words that read as
/// names (a country spelled like its adjective after a feminine noun: قوات سورية) are not names.
/// </summary>
internal sealed class NameFinder(EntityLexicon lexicon)
{
    private const int MaxKey = 512;

    // Words after which a country name spelled like a feminine adjective is still the country (في سورية).
    private static readonly HashSet<string> Particles = NameWords.Set("country-particles");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_particles = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    // Titles that stay outside a person's name (الملك، الأمير، الشيخ).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titles = NameWords.Set("royal-titles").GetAlternateLookup<ReadOnlySpan<char>>();

    public List<FoundName> Find(string text, WordTable words)
    {
        var found = new List<FoundName>();
        Span<char> key = stackalloc char[MaxKey];
        int i = 0;
        while (i < words.Count)
        {
            int before = found.Count;
            int took = MatchAt(text, words, i, key, found);
            // In a credit line («سبق- الرياض:») the outlet is the source chain's; what else is named there is the
            // dateline's place.
            if (words.Words[i].InCredit && found.Count > before && found[^1].Type is not (EntityType.GPE or EntityType.LOC))
                found.RemoveAt(found.Count - 1);
            i += Math.Max(1, took);
        }
        return found;
    }

    /// <summary>Tries every proclitic reading of word i; returns the number of words of the longest name found (0: none).</summary>
    private int MatchAt(string text, WordTable words, int i, Span<char> key, List<FoundName> found)
    {
        var first = words.Key(i);
        Span<int> ends = stackalloc int[32];
        if (first.Length == 0 || first.Length * 2 > MaxKey) return 0;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int readingCount = ProcliticReader.NameReadings(first, readings);
        for (int r = 0; r < readingCount; r++)
        {
            int len = ProcliticReader.WriteName(first, readings[r], key);
            int stripped = readings[r].NameStart;
            if (!lexicon.LongestFrom.TryGetValue(key[..len], out byte longest)) continue;
            int maxWords = 1;
            while (maxWords < longest && maxWords < ends.Length && i + maxWords < words.Count && !words.Words[i + maxWords].BreakBefore
                   && words.Words[i + maxWords].InCredit == words.Words[i].InCredit) maxWords++;
            // Build the longest key, remembering where each word ends, then try it shortest-last.
            int n = len;
            ends[0] = n;
            for (int k = 1; k < maxWords; k++)
            {
                var w = words.Key(i + k);
                if (n + 1 + w.Length > MaxKey) { maxWords = k; break; }
                key[n++] = ' ';
                w.CopyTo(key[n..]);
                n += w.Length;
                ends[k] = n;
            }
            for (int k = maxWords; k >= 1; k--)
            {
                if (!lexicon.Names.TryGetValue(key[..ends[k - 1]], out var hit)) continue;
                if (k == 1 && !StandsAsName(words, i, key[..len], stripped)) return 0;
                int start = stripped == 0 ? words.Words[i].Start : words.SourceAfter(text, i, stripped);
                int end = words.Words[i + k - 1].End;
                if (text.AsSpan(start, end - start).Contains(Marsad.Text.ArabicLetters.Shadda)
                    && lexicon.WithShadda.TryGetValue(key[..ends[k - 1]], out var marked)) hit = marked;
                // titles stay outside a person's name (الملك سلمان بن عبدالعزيز → سلمان بن عبدالعزيز): a listed form
                // that starts with one names the person from the next word, as the longest name found there
                if (k > 1 && hit.Type == EntityType.PER && s_titles.Contains(key[..len]))
                {
                    int before = found.Count;
                    int took = MatchAt(text, words, i + 1, key, found);
                    if (took > 0 && found[^1].Type == EntityType.PER) return 1 + took;
                    found.RemoveRange(before, found.Count - before);
                    found.Add(new FoundName(words.Words[i + 1].Start, end, i + 1, k - 1, hit.Id, hit.Type));
                    return k;
                }
                found.Add(new FoundName(start, end, i, k, hit.Id, hit.Type));
                return k;
            }
        }
        return 0;
    }

    /// <summary>
    /// Whether word <paramref name="i"/>, read whole, is a nationality adjective standing as one (قوات سورية), so that
    /// no other finder (the tagger) takes it for the country the knowledge-base lookup refused.
    /// </summary>
    public bool IsAdjectiveAt(WordTable words, int i) => !StandsAsName(words, i, words.Key(i), 0);

    /// <summary>
    /// A one-word name that is also a nationality adjective (سورية "Syrian") is the adjective after a noun that ends
    /// in ة or ات (قوات سورية، دولة سورية), and the name after a particle, a clitic or at the start of a clause. An
    /// adjective agrees with its noun in definiteness: after an indefinite noun a word with the article is the second
    /// term of a construct, so the country («علاقة السعودية مع سوريا»), and after a definite noun a word without it
    /// is not the noun's adjective either.
    /// </summary>
    private bool StandsAsName(WordTable words, int i, ReadOnlySpan<char> reading, int stripped)
    {
        if (stripped > 0 || !lexicon.Adjectives.ContainsKey(reading)) return true;
        if (i == 0 || words.Words[i].BreakBefore) return true;
        var prev = words.Key(i - 1);
        if (s_particles.Contains(prev)) return true;
        if (!(prev.EndsWith("ه") || prev.EndsWith("ات"))) return true;
        return HasArticle(prev) != reading.StartsWith(Marsad.Text.ArabicLetters.Article);
    }

    /// <summary>Whether a folded word carries the article, after any proclitics (القوات، والقوات، بالدولة، للدولة).</summary>
    private static bool HasArticle(ReadOnlySpan<char> key)
    {
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(key, readings, 2);
        for (int r = 1; r < n; r++)
            if (readings[r].IsDefinite) return true;
        return false;
    }
}
