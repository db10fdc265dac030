using static Marsad.Text.ArabicLetters;

namespace Marsad.Text.Clitics;

/// <summary>
/// Offers the plausible ways to split an Arabic word into proclitics (و ف ب ك ل س ال لل and their
/// combinations: وبال، فلل، وسي), a stem and an enclitic pronoun (ه ها هم هما هن ك كم كما نا ي ني).
/// It does not choose: the unsegmented word is always the first alternative, and a caller that knows
/// words (a gazetteer, a tagger) picks. Guards keep out splits no reader would make:
/// <list type="bullet">
/// <item>a stem keeps at least <see cref="MinStemLetters"/> letters;</item>
/// <item>no split cuts through a protected word (<see cref="ProtectedWords"/>: فلسطين، وليد، بوتين،
/// كانت): «فلسطين» stays whole, «وفلسطين» is only و + فلسطين;</item>
/// <item>the article takes no pronoun (no «الكتابهم»), س only comes before an imperfect verb (سيتم، وسنعمل),
/// and the article's alef must be a bare ا so «ألمانيا» is not ال + مانيا.</item>
/// </list>
/// Diacritics, tatweel and format marks inside the word are skipped when matching and stay with the
/// letter they follow, so spans always cover whole characters of the original.
/// </summary>
public static class CliticSegmenter
{
    /// <summary>Fewest letters a stem may keep.</summary>
    public const int MinStemLetters = 2;

    /// <summary>More alternatives than any real word has; the size a caller's buffer needs.</summary>
    public const int MaxAnalyses = 32;

    private const int MaxLetters = 48;

    // Longest first, so that «كتابهما» offers هما before anything shorter.
    private static readonly (string Letters, Enclitic Pronoun)[] Enclitics =
    [
        ("هما", Enclitic.Huma), ("كما", Enclitic.Kuma), ("هم", Enclitic.Hum), ("هن", Enclitic.Hunna), ("كم", Enclitic.Kum),
        ("ها", Enclitic.Ha), ("نا", Enclitic.Na), ("ني", Enclitic.Ni), ("ه", Enclitic.Hu), ("ك", Enclitic.Ka), ("ي", Enclitic.Ya),
    ];

    /// <summary>The alternatives for the word at <paramref name="word"/> in <paramref name="text"/>.</summary>
    public static CliticAnalysis[] Segment(string text, TextSpan word)
    {
        Span<CliticAnalysis> buffer = stackalloc CliticAnalysis[MaxAnalyses];
        int n = Segment(text.AsSpan(word.Start, word.Length), word.Start, buffer);
        return buffer[..n].ToArray();
    }

    /// <summary>
    /// Writes the alternatives for <paramref name="word"/>, which starts at <paramref name="wordStart"/> in
    /// the original text, into <paramref name="destination"/> and returns how many. The first is always the
    /// whole word; then the readings with proclitics only, shortest proclitic first; then those with an
    /// enclitic pronoun. A word with anything but Arabic letters and marks has only itself.
    /// Allocation-free.
    /// </summary>
    public static int Segment(ReadOnlySpan<char> word, int wordStart, Span<CliticAnalysis> destination)
    {
        if (destination.IsEmpty) return 0;
        var whole = new TextSpan(wordStart, word.Length);
        destination[0] = new CliticAnalysis(whole, whole, Proclitics.None, Enclitic.None);

        Span<char> raw = stackalloc char[MaxLetters];
        Span<char> key = stackalloc char[MaxLetters];
        Span<int> at = stackalloc int[MaxLetters + 1]; // source index (in word) of each letter
        int n = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (IsLetter(c))
            {
                if (n == MaxLetters) return 1;
                raw[n] = c;
                key[n] = ArabicFolder.FoldChar(c, FoldOptions.Matching);
                at[n++] = i;
            }
            else if (!(IsDiacritic(c) || c == Tatweel || IsFormatMark(c))) return 1;
        }
        at[n] = word.Length;
        if (n <= MinStemLetters) return 1;

        // Every reading as (stem start letter, stem end letter); protected stems are marked.
        Span<Candidate> found = stackalloc Candidate[MaxAnalyses * 2];
        int count = 0;
        foreach (var (conj, conjFlags) in ProcliticReader.Conjunctions)
        {
            if (!StartsWith(raw[..n], 0, conj)) continue;
            foreach (var (particle, particleFlags) in ProcliticReader.Particles)
            {
                int p = conj.Length + particle.Length;
                if (!StartsWith(raw[..n], conj.Length, particle) || n - p < MinStemLetters) continue;
                var flags = conjFlags | particleFlags;
                if ((flags & Proclitics.Sa) != 0 && !(n - p >= 3 && raw[p] is Yeh or Teh or Noon or Alef or AlefHamzaAbove)) continue;
                if (count < found.Length) found[count++] = new Candidate(p, n, flags, Enclitic.None, ProtectedWords.ContainsKey(key[p..n]));
                // A definite noun takes no pronoun: not after the article, nor on a stem that starts with it («الدولي»).
                if ((flags & Proclitics.Al) != 0 || StartsWith(raw[..n], p, ArabicLetters.Article)) continue;
                foreach (var (pronoun, enclitic) in Enclitics)
                {
                    int s = n - pronoun.Length;
                    if (s - p < MinStemLetters || !raw[s..n].SequenceEqual(pronoun)) continue;
                    if (count < found.Length) found[count++] = new Candidate(p, s, flags, enclitic, ProtectedWords.ContainsKey(key[p..s]));
                }
            }
        }

        // Proclitic readings first (و+اسم، ل+اسم are what names take), then those with a pronoun.
        int written = 1;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int k = 0; k < count && written < destination.Length; k++)
            {
                var c = found[k];
                if ((c.Enclitic == Enclitic.None) != (pass == 0)) continue;
                if (c.Proclitics == Proclitics.None && c.Enclitic == Enclitic.None) continue; // the whole word, already first
                if (CutsProtected(found[..count], c.StemStart) || CutsProtected(found[..count], c.StemEnd)) continue;
                int start = wordStart + at[c.StemStart];
                int end = wordStart + (c.StemEnd == n ? word.Length : at[c.StemEnd]);
                destination[written++] = new CliticAnalysis(whole, TextSpan.FromBounds(start, end), c.Proclitics, c.Enclitic);
            }
        }
        return written;
    }

    /// <summary>True when a split at letter <paramref name="boundary"/> would fall inside a protected stem.</summary>
    private static bool CutsProtected(ReadOnlySpan<Candidate> found, int boundary)
    {
        foreach (var c in found)
            if (c.IsProtected && c.StemStart < boundary && boundary < c.StemEnd) return true;
        return false;
    }

    private static bool StartsWith(ReadOnlySpan<char> letters, int at, string prefix)
    {
        if (at + prefix.Length > letters.Length) return false;
        for (int i = 0; i < prefix.Length; i++)
        {
            char c = letters[at + i];
            // The article's alef is written bare (or wasla); أ إ آ begin words of their own (ألمانيا، إلى).
            if (prefix[i] == Alef ? c is not (Alef or AlefWasla) : c != prefix[i]) return false;
        }
        return true;
    }

    private readonly record struct Candidate(int StemStart, int StemEnd, Proclitics Proclitics, Enclitic Enclitic, bool IsProtected);
}
