using Marsad.Analysis.Quotes;
using Marsad.Knowledge.Kb;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Role phrases in apposition to a person are references to that person: before the name, from a role noun up to it
/// («رئيس شعبة المصالح الأميركية في هافانا جيفري دولورنتيس», «خادم الحرمين الشريفين الملك سلمان»), or after it up to
/// the next punctuation («بيتر مورار رئيس اللجنة الدولية للصليب الأحمر»). A phrase is at least the role noun and one
/// more word, within one stretch of words without punctuation, and never crosses another person's name, a speech
/// verb or a particle that starts a clause; a phrase already resolved (an office, نظيره) is left as it is.
/// </summary>
internal static class RoleAppositions
{
    private const int MaxPhrase = 8;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Heads = NameWords.Set("role-heads").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleTitles = NameWords.Set("role-titles").GetAlternateLookup<ReadOnlySpan<char>>();

    // Particles and time words end a role phrase; «في» does not («رئيس شعبة المصالح في هافانا»).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Stops =
        NameWords.Set("name-stops").Where(w => w != "في").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Resolve(WordTable words, List<FoundName> found, EntityGatherer entities, IEnumerable<int> resolvedWords)
    {
        var person = new string?[words.Count];
        var named = new bool[words.Count];
        foreach (var f in found)
        {
            string? key = f.Type == EntityType.PER ? entities.KeyAt(f.Start) : null;
            for (int k = 0; k < f.WordCount && f.FirstWord + k < words.Count; k++)
            {
                named[f.FirstWord + k] = true;
                person[f.FirstWord + k] = key;
            }
        }
        var used = new bool[words.Count];
        foreach (int w in resolvedWords) if (w < words.Count) used[w] = true;
        var introduced = new List<RepeatedRolePhrases.Phrase>();
        foreach (var f in found.Where(f => f.Type == EntityType.PER).OrderBy(f => f.FirstWord))
        {
            if (entities.KeyAt(f.Start) is not { } key) continue;
            if (Before(words, f.FirstWord, person, used) is { } head && head < f.FirstWord - 1)
            {
                entities.AddReference(key, new(words.Words[head].Start, words.Words[f.FirstWord - 1].End - words.Words[head].Start));
                for (int k = head; k < f.FirstWord; k++) used[k] = true;
                introduced.Add(new(head, f.FirstWord - 1, key));
                continue;
            }
            // one title that says what the person does, right before the name («السفير قطان», «المحامي كورتوا»), is
            // a role phrase too; an honorific or a rank (الدكتور، الأمير، العقيد) is not
            int t = f.FirstWord - 1;
            if (t >= 0 && !used[t] && !words.Words[f.FirstWord].BreakBefore && !words.Words[t].NotProse && person[t] is null
                && f.Start == words.Words[f.FirstWord].Start && RoleTitles.Contains(words.Key(t)))
            {
                entities.AddReference(key, new(words.Words[t].Start, words.Words[t].End - words.Words[t].Start));
                used[t] = true;
                continue;
            }
            int after = f.FirstWord + f.WordCount;
            if (After(words, after, person, named, used) is { } end && end > after)
            {
                entities.AddReference(key, new(words.Words[after].Start, words.Words[end].End - words.Words[after].Start));
                for (int k = after; k <= end; k++) used[k] = true;
                introduced.Add(new(after, end, key));
            }
        }
        RepeatedRolePhrases.Resolve(words, introduced, named, used, entities);
    }

    /// <summary>Whether a folded word opens a role phrase (رئيس، وزير، سفير، شهيد…).</summary>
    internal static bool IsHead(ReadOnlySpan<char> key) => Heads.Contains(key);

    /// <summary>The role noun nearest before the name whose phrase runs up to it, or null.</summary>
    private static int? Before(WordTable words, int name, string?[] person, bool[] used) => RoleNounBefore(words, name, j => person[j] is not null);

    /// <summary>
    /// The role noun nearest before the name at word <paramref name="name"/> whose phrase runs up to it within one
    /// stretch, crossing no person (<paramref name="isPerson"/>), speech verb or clause particle; null when none.
    /// </summary>
    internal static int? RoleNounBefore(WordTable words, int name, Func<int, bool> isPerson)
    {
        for (int j = name - 1; j >= 0 && j >= name - MaxPhrase; j--)
        {
            // a title already resolved on the way (الملك in «خادم الحرمين الشريفين الملك سلمان») is part of the phrase
            if (words.Words[j + 1].BreakBefore || isPerson(j) || words.Words[j].NotProse || Ends(words.Key(j))) return null;
            if (!Heads.Contains(words.Key(j))) continue;
            // a role noun in construct before it heads the phrase: «نائب خادم الحرمين الشريفين», «سفير خادم الحرمين»
            // are the deputy and the ambassador, not the king
            while (j > 0 && j > name - MaxPhrase && !words.Words[j].BreakBefore && !isPerson(j - 1) && !words.Words[j - 1].NotProse
                && Heads.Contains(words.Key(j - 1)) && !words.Key(j - 1).StartsWith(Marsad.Text.ArabicLetters.Article))
                j--;
            return j;
        }
        return null;
    }

    /// <summary>The last word of a role phrase that starts right after a name, or null.</summary>
    private static int? After(WordTable words, int first, string?[] person, bool[] named, bool[] used)
    {
        if (first >= words.Count || used[first] || words.Words[first].NotProse || !Heads.Contains(words.Key(first))) return null;
        int last = first;
        for (int j = first + 1; j < words.Count && j < first + MaxPhrase; j++)
        {
            if (words.Words[j].BreakBefore || person[j] is not null || used[j] || Ends(words.Key(j))) break;
            // a phrase ends on a name or a definite word, not on a verb or an object («رئيس الوزراء يزور»)
            last = j;
        }
        while (last > first && !(named[last] || words.Key(last).StartsWith(Marsad.Text.ArabicLetters.Article) || words.Key(last).StartsWith("لل")))
            last--;
        return last;
    }

    private static bool Ends(ReadOnlySpan<char> key) => Stops.Contains(key) || SpeechCues.Classify(key) is CueForm.Verb;
}
