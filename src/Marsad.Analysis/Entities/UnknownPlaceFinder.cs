using Marsad.Knowledge.Kb;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Places the knowledge base and the tagger both missed, found where the article itself says a word is a place: the
/// dateline after a credit line («عويد التومي- سبق- رفحاء:») and the name after a settlement noun in construct
/// («بمحافظة خيبر», «قرية آل سرور»). Small towns, villages and governorates (رفحاء، خيبر، هدادة) are in none of the gazetteers the
/// knowledge base is built from and rarely in the tagger's training text, yet they are where local news happens: the
/// story step keeps two raids in two towns apart by the places their headlines name. Once the article marks a word as
/// a place, its other occurrences there are the place too, with or without a proclitic («برفحاء»). A common word
/// («سبق- متابعات:», «منطقة عمليات») is never taken, nor a word another name already covers.
/// </summary>
internal static class UnknownPlaceFinder
{
    private const int MaxKey = 256;
    // A dateline opens the article: its place is among the first words.
    private const int DatelineWords = 16;

    // Nouns of a settlement in construct with its name («محافظة خيبر»); not «منطقة», which is any area («منطقة آمنة»).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Settlements = NameWords.Set("settlement-words").GetAlternateLookup<ReadOnlySpan<char>>();
    // «آل سرور», «بني مالك»: a name opener needs the next word.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeedFollower = NameWords.NeedFollower().GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Stop = NameWords.Set("name-stops").GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Add(string text, WordTable words, List<FoundName> found, INameTagger? tagger, CommonWordTable common)
    {
        var covered = new bool[words.Count];
        foreach (var f in found) for (int k = 0; k < f.WordCount; k++) covered[f.FirstWord + k] = true;
        var places = new List<string>();
        for (int i = 0; i < words.Count; i++)
        {
            if (covered[i]) continue;
            int n = i < DatelineWords ? DatelineAt(text, words, i) : 0;
            if (n == 0 && AfterSettlementNoun(text, words, i)) n = NeedFollower.Contains(words.Key(i)) ? 2 : 1;
            if (n == 0 || i + n > words.Count) continue;
            string? key = NameOf(words, i, n, covered, tagger, common);
            if (key is not null && !places.Contains(key)) places.Add(key);
        }
        foreach (var place in places) AddMentions(text, words, found, covered, place.Split(' '));
    }

    /// <summary>How many words (1 or 2) of a dateline place start at word i: after a credit line and a dash, before a
    /// colon («سبق- رفحاء:», «واس - وادي الدواسر :»); 0 when none does.</summary>
    private static int DatelineAt(string text, WordTable words, int i)
    {
        if (i == 0 || words.Words[i].InCredit || !words.Words[i - 1].InCredit) return 0;
        if (!PrecededByDash(text, words.Words[i].Start)) return 0;
        for (int n = 1; n <= 2 && i + n <= words.Count; n++)
        {
            if (n > 1 && words.Words[i + n - 1].BreakBefore) return 0;
            if (FollowedByColon(text, words.Words[i + n - 1].End)) return n;
        }
        return 0;
    }

    private static bool PrecededByDash(string text, int at)
    {
        int k = at - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k])) k--;
        return k >= 0 && text[k] is '-' or '–' or '—' or 'ـ';
    }

    private static bool FollowedByColon(string text, int at)
    {
        int k = at;
        while (k < text.Length && text[k] is ' ' or '\u00A0' or '\t') k++;
        return k < text.Length && text[k] is ':' or '：';
    }

    /// <summary>
    /// A settlement noun in construct right before word i, with or without a proclitic («محافظة خيبر», «بمحافظة خيبر»):
    /// the noun is indefinite and written with ة (a definite one, «المدينة الكوبية», takes an adjective; «بلده» is
    /// "his country"), and the word after it does not read as an adjective agreeing with it: an indefinite word written
    /// with ة («منطقة منكوبة»), a relative adjective in ي («مدينة ساحلية»), or a word with tanwin («مدينة ملاهٍ»).
    /// </summary>
    private static bool AfterSettlementNoun(string text, WordTable words, int i)
    {
        if (i == 0 || words.Words[i].BreakBefore || words.Words[i - 1].NotProse) return false;
        if (!IsSettlementNoun(words.Key(i - 1))) return false;
        var noun = words.Words[i - 1];
        if (text[noun.End - 1] != 'ة') return false;
        var key = words.Key(i);
        // the second term of a construct takes no preposition or conjunction («محافظة للأطباء» is "keeps doctors")
        if (ConjunctionOrPrepositionWithArticle(key)) return false;
        bool definite = key.StartsWith("ال", StringComparison.Ordinal);
        var surface = text.AsSpan(words.Words[i].Start, words.Words[i].End - words.Words[i].Start);
        if (!definite && surface.EndsWith("ة", StringComparison.Ordinal)) return false;
        // tanwin marks an indefinite common noun or adjective («مدينة ملاهٍ»); a name takes none
        if (surface.IndexOfAny('\u064B', '\u064C', '\u064D') >= 0) return false;
        return !(key.EndsWith("ي", StringComparison.Ordinal) || key.EndsWith("يه", StringComparison.Ordinal));
    }

    /// <summary>A settlement noun, whole or after a conjunction or preposition («محافظة», «بمحافظة»).</summary>
    private static bool IsSettlementNoun(ReadOnlySpan<char> word)
    {
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(word, readings, minStem: 3, Proclitics.Wa | Proclitics.Fa | Proclitics.Bi | Proclitics.Li);
        for (int r = 0; r < n; r++)
            if (Settlements.Contains(word[readings[r].Start..])) return true;
        return false;
    }

    /// <summary>Whether the word reads as a conjunction or preposition before the article («بالأطباء», «للأطباء»).</summary>
    private static bool ConjunctionOrPrepositionWithArticle(ReadOnlySpan<char> word)
    {
        const Proclitics lead = Proclitics.Wa | Proclitics.Fa | Proclitics.Bi | Proclitics.Li | Proclitics.Ka;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(word, readings, minStem: 2, lead | Proclitics.Al);
        for (int r = 0; r < n; r++)
            if (readings[r].IsDefinite && (readings[r].Proclitics & lead) != 0) return true;
        return false;
    }

    /// <summary>The folded name of words i..i+n-1 when they can be a place no one named: uncovered, not common words,
    /// not particles, and its last word of three letters or more; else null.</summary>
    private static string? NameOf(WordTable words, int i, int n, bool[] covered, INameTagger? tagger, CommonWordTable common)
    {
        for (int k = i; k < i + n; k++)
        {
            var key = words.Key(k);
            if (covered[k] || key.Length == 0 || Stop.Contains(key)) return null;
            if (NeedFollower.Contains(key) && k == i + n - 1) return null;
            if (!NeedFollower.Contains(key) && (common.IsMostlyCommon(key) || tagger is not null && tagger.IsCommonWord(key))) return null;
            if (!NeedFollower.Contains(key) && key.Length < 3) return null;
        }
        return string.Join(' ', Enumerable.Range(i, n).Select(k => words.Key(k).ToString()));
    }

    /// <summary>Every occurrence of the place in the article that no other name covers, its first word whole or after
    /// a proclitic («برفحاء»).</summary>
    private static void AddMentions(string text, WordTable words, List<FoundName> found, bool[] covered, string[] place)
    {
        string first = place[0];
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        Span<char> name = stackalloc char[MaxKey];
        for (int i = 0; i + place.Length <= words.Count; i++)
        {
            var key = words.Key(i);
            if (covered[i] || key.Length * 2 > MaxKey || !key.EndsWith(first, StringComparison.Ordinal) || !RestFollows(words, i, covered, place)) continue;
            int count = ProcliticReader.NameReadings(key, readings);
            for (int r = 0; r < count; r++)
            {
                int len = ProcliticReader.WriteName(key, readings[r], name);
                if (!name[..len].SequenceEqual(first)) continue;
                int stripped = readings[r].NameStart;
                int start = stripped == 0 ? words.Words[i].Start : words.SourceAfter(text, i, stripped);
                found.Add(new FoundName(start, words.Words[i + place.Length - 1].End, i, place.Length, null, EntityType.GPE));
                for (int k = 0; k < place.Length; k++) covered[i + k] = true;
                break;
            }
        }
    }

    private static bool RestFollows(WordTable words, int i, bool[] covered, string[] place)
    {
        for (int k = 1; k < place.Length; k++)
            if (covered[i + k] || words.Words[i + k].BreakBefore || !words.Key(i + k).SequenceEqual(place[k])) return false;
        return true;
    }
}
