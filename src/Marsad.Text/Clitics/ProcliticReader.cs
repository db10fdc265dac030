using static Marsad.Text.ArabicLetters;

namespace Marsad.Text.Clitics;

/// <summary>One way to read the front of a folded word: the stem starts at <see cref="Start"/>, after <see cref="Proclitics"/>.</summary>
public readonly record struct ProcliticReading(int Start, Proclitics Proclitics)
{
    /// <summary>The word itself, nothing stripped.</summary>
    public bool IsWhole => Proclitics == Proclitics.None;

    /// <summary>Whether the article ال was stripped.</summary>
    public bool IsDefinite => (Proclitics & Proclitics.Al) != 0;

    /// <summary>
    /// Whether the article is written as the second ل of لل (ل + ال: للاتحاد): the word read with its article then
    /// starts at that ل and needs its alef back (الاتحاد).
    /// </summary>
    public bool RestoresAlef => (Proclitics & (Proclitics.Li | Proclitics.Al)) == (Proclitics.Li | Proclitics.Al);

    /// <summary>
    /// Where the word begins when it is read with its article, as names are (والقاهرة، بالقاهرة → القاهرة; للاتحاد →
    /// (ا)لاتحاد): the article's first letter, or the ل that stands for it after ل.
    /// </summary>
    public int NameStart => !IsDefinite ? Start : RestoresAlef ? Start - 1 : Start - 2;
}

/// <summary>
/// The project's one reader of proclitics on folded words (ArabicFolder keys): the conjunctions و ف, then a
/// preposition ب ك ل, the future marker س or the article ال, where ل + ال is written لل. It offers readings and does
/// not choose: the whole word comes first, then the readings that strip fewer letters, and a caller that knows words
/// (a gazetteer, an event lexicon) takes the first it knows, so «بحث» stays "discussed" and ب and ك, which begin many
/// words (بليون، كبير), are stripped only when the whole word is not known. Guards: a stripped reading keeps at least
/// <c>minStem</c> letters; س only comes before an imperfect verb (سيتم، وسنعمل); and a protected word
/// (<see cref="ProtectedWords"/>: فلسطين، وليد، كانت) is not cut: «فلسطين» has no reading, «وفلسطين» only و + فلسطين.
/// <see cref="CliticSegmenter"/> gives the same readings as spans of the original text, with enclitics.
/// </summary>
public static class ProcliticReader
{
    /// <summary>More readings than any word has; the size a caller's buffer needs.</summary>
    public const int MaxReadings = 16;

    internal static readonly (string Letters, Proclitics Flags)[] Conjunctions = [("", Proclitics.None), ("و", Proclitics.Wa), ("ف", Proclitics.Fa)];

    // After the conjunction: a preposition, the future marker or the article. ل + ال is written لل.
    internal static readonly (string Letters, Proclitics Flags)[] Particles =
    [
        ("", Proclitics.None), ("ب", Proclitics.Bi), ("ك", Proclitics.Ka), ("ل", Proclitics.Li), ("س", Proclitics.Sa),
        ("ال", Proclitics.Al), ("بال", Proclitics.Bi | Proclitics.Al), ("كال", Proclitics.Ka | Proclitics.Al),
        ("لل", Proclitics.Li | Proclitics.Al),
    ];

    /// <summary>
    /// Writes the readings of <paramref name="folded"/> into <paramref name="destination"/>, the whole word first and
    /// then by how many letters they strip, and returns how many. Readings that strip only proclitics in
    /// <paramref name="allowed"/> are offered. With <paramref name="keepProtected"/> false, protected words are cut like
    /// any other (for features a model was trained on before the protected list existed). Allocation-free.
    /// </summary>
    public static int Read(ReadOnlySpan<char> folded, Span<ProcliticReading> destination, int minStem, Proclitics allowed = All, bool keepProtected = true)
    {
        if (destination.IsEmpty) return 0;
        destination[0] = new ProcliticReading(0, Proclitics.None);
        int n = 1;
        // Most words start with no proclitic letter at all: answer them without a look at the tables.
        if (folded.Length <= minStem || folded[0] is not (Waw or Feh or Beh or Kaf or Lam or Seen or Alef)) return n;
        if (keepProtected && ProtectedWords.ContainsKey(folded)) return n;
        foreach (var (conj, conjFlags) in Conjunctions)
        {
            if (!folded.StartsWith(conj, StringComparison.Ordinal)) continue;
            foreach (var (particle, particleFlags) in Particles)
            {
                int start = conj.Length + particle.Length;
                if (start == 0 || folded.Length - start < minStem || !folded[conj.Length..].StartsWith(particle, StringComparison.Ordinal)) continue;
                var flags = conjFlags | particleFlags;
                if ((flags & ~allowed) != 0) continue;
                if ((flags & Proclitics.Sa) != 0 && !(folded.Length - start >= 3 && folded[start] is Yeh or Teh or Noon or Alef)) continue;
                if (n == destination.Length) break;
                // Keep the readings ordered by how many letters they strip, in table order among equals.
                int at = n++;
                while (at > 1 && destination[at - 1].Start > start) { destination[at] = destination[at - 1]; at--; }
                destination[at] = new ProcliticReading(start, flags);
            }
        }
        if (!keepProtected) return n;
        // Stop at a protected stem: once «وفلسطين» reads و + فلسطين, no reading cuts further into فلسطين.
        int kept = 1;
        for (int k = 1; k < n; k++)
        {
            if (CutsProtected(folded, destination[1..kept], destination[k].Start)) continue;
            destination[kept++] = destination[k];
        }
        return kept;
    }

    /// <summary>Every proclitic.</summary>
    public const Proclitics All = Proclitics.Wa | Proclitics.Fa | Proclitics.Bi | Proclitics.Ka | Proclitics.Li | Proclitics.Sa | Proclitics.Al;

    /// <summary>
    /// The readings of a folded word as a name can be written after proclitics (و ف, then ب ك ل; the article stays
    /// with the name, and لل gives it back its alef): the whole word, then each distinct name start, least stripped
    /// first. A stripped name keeps at least <paramref name="minName"/> letters after the letters it lost.
    /// </summary>
    public static int NameReadings(ReadOnlySpan<char> folded, Span<ProcliticReading> destination, int minName = 3)
    {
        Span<ProcliticReading> all = stackalloc ProcliticReading[MaxReadings];
        int count = Read(folded, all, minName, Proclitics.Wa | Proclitics.Fa | Proclitics.Bi | Proclitics.Ka | Proclitics.Li | Proclitics.Al);
        int n = 0;
        foreach (var r in all[..count])
        {
            // A name keeps its article: والقاهرة is و + القاهرة, already offered without ال.
            if (r.IsDefinite && !r.RestoresAlef) continue;
            if (n < destination.Length) destination[n++] = r;
        }
        return n;
    }

    /// <summary>
    /// Writes the word as <paramref name="reading"/> reads it as a name into <paramref name="destination"/> and returns
    /// its length: the letters from <see cref="ProcliticReading.NameStart"/>, with the article's alef restored after ل.
    /// </summary>
    public static int WriteName(ReadOnlySpan<char> folded, ProcliticReading reading, Span<char> destination)
    {
        int start = reading.NameStart;
        if (!reading.RestoresAlef)
        {
            folded[start..].CopyTo(destination);
            return folded.Length - start;
        }
        destination[0] = Alef;
        folded[start..].CopyTo(destination[1..]);
        return folded.Length - start + 1;
    }

    private static bool CutsProtected(ReadOnlySpan<char> folded, ReadOnlySpan<ProcliticReading> earlier, int start)
    {
        foreach (var r in earlier)
            if (r.Start < start && ProtectedWords.ContainsKey(folded[r.Start..])) return true;
        return false;
    }
}
