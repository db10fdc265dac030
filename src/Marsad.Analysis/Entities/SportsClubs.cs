using Marsad.Knowledge.Kb;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Sports clubs named by one word (الهلال، النصر، الاتحاد، برشلونة): the word is a common word («الهلال» the crescent,
/// «النصر» victory) or a city almost everywhere else, so it names the club only with sport around it. A club noun right
/// before it («نادي العروبة», «لاعب النصر», «جماهير الهلال») makes it the club in any article; in an article about sport
/// (several distinct sports words: مباراة، الدوري، لاعب، المدرب، المنتخب…) it is the club too, except where it reads as
/// something else: a ground («ملعب الاتحاد»), a word after a demonstrative («هذا الاتحاد»), the first word of several
/// organisations' names («الاتحاد» of الاتحاد الأوروبي، الاتحاد الآسيوي: a federation as often as the club), a definite
/// relative adjective after its noun («البنك الأهلي»), a word before a nationality adjective («الاتحاد السعودي» is a
/// federation), a common word behind ب («بالتعاون مع»), or a place after a preposition of place or a place word
/// («في برشلونة»). A club's name that is also a common word needs one occurrence of the article with a club
/// noun before it or coordinated with another club («الهلال والنصر»); a name that is a state, a capital or a curated
/// place stays the place unless a club noun is written before it. Names of several words (ريال مدريد) are in the
/// knowledge-base lookup itself.
/// </summary>
internal static class SportsClubs
{
    private const int MaxKey = 256;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SportsWords = NameWords.Set("sports-words").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClubHeads = NameWords.Set("club-heads").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Venues = NameWords.Set("venue-words").GetAlternateLookup<ReadOnlySpan<char>>();
    // «هذا الاتحاد»: a demonstrative makes a description of the word after it
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Demonstratives = NameWords.Set("demonstratives").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceWords = NameWords.Set("place-words").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositions = NameWords.Set("place-prepositions").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many occurrences of distinct sports words make an article one about sport.</summary>
    private const int SportOccurrences = 3, SportDistinct = 2;

    /// <param name="NamedStart">Where the name starts with the noun نادي written before it («نادي الاتحاد»), else -1.</param>
    private readonly record struct Candidate(int Word, int Start, int End, string Id, string Key, Proclitics Proclitics, bool Headed, bool Coordinated, int NamedStart);

    public static void Add(string text, WordTable words, List<FoundName> found, EntityLexicon lexicon, INameTagger? tagger, CommonWordTable common)
    {
        var candidates = Find(text, words, lexicon);
        if (candidates.Count == 0) return;
        bool sport = AboutSport(words);
        // a club's name that is also a common word is the club in this article once one occurrence shows it
        var shown = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 0; c < candidates.Count; c++)
        {
            var x = candidates[c];
            bool coordinated = x.Coordinated && c > 0 && candidates[c - 1].Word == x.Word - 1
                               || c + 1 < candidates.Count && candidates[c + 1].Word == x.Word + 1 && candidates[c + 1].Coordinated;
            if (x.Headed || sport && coordinated) shown.Add(x.Id);
        }
        foreach (var x in candidates)
        {
            var key = x.Key.AsSpan();
            var overlapping = found.FindIndex(f => f.Start < x.End && x.Start < f.End);
            bool place = false;
            if (overlapping >= 0)
            {
                var f = found[overlapping];
                // a longer name around it (الهلال الأحمر) or a name of another kind stays
                if (f.Start < x.Start || f.End > x.End || f.Type is not (EntityType.GPE or EntityType.LOC or EntityType.FAC) || f.KbId is null) continue;
                if (!x.Headed && lexicon.IsStrong(f.KbId)) continue;
                place = true;
            }
            if (!x.Headed)
            {
                if (!sport) continue;
                if (AtPlace(words, x)) continue;
                // «ملعب "الاتحاد"»: a ground named like a club is the ground, quoted or not
                if (x.Word > 0 && (Venues.Contains(words.Key(x.Word - 1)) || Demonstratives.Contains(words.Key(x.Word - 1)))) continue;
                // «وقال الاتحاد»: a word that heads several organisations' names is whichever body the article
                // speaks of (the football federation as often as the club); only a club noun makes it the club
                if (lexicon.OrganisationHeads.Contains(key)) continue;
                if (x.Word + 1 < words.Count && !words.Words[x.Word + 1].BreakBefore && lexicon.Adjectives.ContainsKey(words.Key(x.Word + 1))) continue;
                if (EntityStep.ReadsAsAdjective(text, words, new FoundName(x.Start, x.End, x.Word, 1, x.Id, EntityType.ORG))) continue;
                bool commonWord = common.IsMostlyCommon(key) || tagger?.IsCommonWord(key) == true
                                  || key.StartsWith("ال", StringComparison.Ordinal) && tagger?.IsCommonWord(key[2..]) == true;
                if (commonWord && ((x.Proclitics & Proclitics.Bi) != 0 || !shown.Contains(x.Id))) continue;
            }
            if (place) found.RemoveAt(overlapping);
            var e = lexicon.Kb.Get(x.Id)!;
            // «نادي الاتحاد»: the annotation guide's fullest form of a club's name keeps the noun نادي
            if (x.NamedStart >= 0 && !found.Exists(f => f.Start < x.Start && x.NamedStart < f.End))
                found.Add(new FoundName(x.NamedStart, x.End, x.Word - 1, 2, x.Id, (EntityType)(byte)e.Type));
            else found.Add(new FoundName(x.Start, x.End, x.Word, 1, x.Id, (EntityType)(byte)e.Type));
        }
    }

    /// <summary>Whether the article is about sport: enough occurrences of enough distinct sports words.</summary>
    internal static bool AboutSport(WordTable words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int occurrences = 0;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        Span<char> key = stackalloc char[MaxKey];
        for (int i = 0; i < words.Count; i++)
        {
            var word = words.Key(i);
            if (word.Length * 2 > MaxKey || words.Words[i].NotProse) continue;
            if (FirstReading(word, readings, key, static k => SportsWords.Contains(k), out int len) < 0) continue;
            occurrences++;
            seen.Add(key[..len].ToString());
        }
        return occurrences >= SportOccurrences && seen.Count >= SportDistinct;
    }

    /// <summary>Every one-word club name of the article, with how it is written around.</summary>
    private static List<Candidate> Find(string text, WordTable words, EntityLexicon lexicon)
    {
        var result = new List<Candidate>();
        var clubs = lexicon.Clubs;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        Span<char> key = stackalloc char[MaxKey];
        for (int i = 0; i < words.Count; i++)
        {
            var word = words.Key(i);
            if (word.Length * 2 > MaxKey || words.Words[i].NotProse) continue;
            int r = FirstReading(word, readings, key, k => clubs.ContainsKey(k), out int len);
            if (r < 0) continue;
            clubs.TryGetValue(key[..len], out var id);
            int stripped = readings[r].NameStart;
            int start = stripped == 0 ? words.Words[i].Start : words.SourceAfter(text, i, stripped);
            bool after = i > 0 && !words.Words[i].BreakBefore;
            bool headed = after && IsClubHead(words.Key(i - 1));
            bool coordinated = after && (readings[r].Proclitics & Proclitics.Wa) != 0;
            int named = headed && stripped == 0 ? ClubNounStart(text, words, i - 1) : -1;
            result.Add(new Candidate(i, start, words.Words[i].End, id!, key[..len].ToString(), readings[r].Proclitics, headed, coordinated, named));
        }
        return result;
    }

    private delegate bool KeyTest(ReadOnlySpan<char> key);

    /// <summary>The first reading of a word whose name (the word without its proclitics, written to key) passes the
    /// test, with the name's length; -1 when none does.</summary>
    private static int FirstReading(ReadOnlySpan<char> word, Span<ProcliticReading> readings, Span<char> key, KeyTest test, out int length)
    {
        int n = ProcliticReader.NameReadings(word, readings);
        for (int r = 0; r < n; r++)
        {
            length = ProcliticReader.WriteName(word, readings[r], key);
            if (test(key[..length])) return r;
        }
        length = 0;
        return -1;
    }

    /// <summary>Where the noun نادي (or النادي) of word i starts after a conjunction or ب («ونادي», «بالنادي»), or -1 for
    /// another word. After ل or ك the noun is a complement and the mention is the club's name alone («لنادي برشلونة»).</summary>
    private static int ClubNounStart(string text, WordTable words, int i)
    {
        var word = words.Key(i);
        if (word.Length >= MaxKey) return -1;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        Span<char> key = stackalloc char[MaxKey];
        int r = FirstReading(word, readings, key, static k => k is "نادي" or "النادي", out _);
        if (r < 0 || (readings[r].Proclitics & (Proclitics.Li | Proclitics.Ka)) != 0) return -1;
        return readings[r].NameStart == 0 ? words.Words[i].Start : words.SourceAfter(text, i, readings[r].NameStart);
    }

    /// <summary>A club noun, with or without proclitics («نادي», «بالنادي», «ولاعب»), as the proclitic reader reads names.</summary>
    private static bool IsClubHead(ReadOnlySpan<char> word)
    {
        if (word.Length >= MaxKey) return false;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        Span<char> key = stackalloc char[MaxKey];
        return FirstReading(word, readings, key, static k => ClubHeads.Contains(k), out _) >= 0;
    }

    /// <summary>A place after a preposition of place, a place word or ب: «في برشلونة», «مدينة برشلونة», «ببرشلونة».</summary>
    private static bool AtPlace(WordTable words, Candidate x)
    {
        if ((x.Proclitics & Proclitics.Bi) != 0) return true;
        if (x.Word == 0 || words.Words[x.Word].BreakBefore) return false;
        var before = words.Key(x.Word - 1);
        return PlacePrepositions.Contains(before) || PlaceWords.Contains(before)
               || before.Length > 2 && before[0] is 'و' or 'ب' && PlaceWords.Contains(before[1..]);
    }
}
