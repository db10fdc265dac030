namespace Marsad.Analysis.Entities;

/// <summary>
/// A role phrase a person was introduced with, written again later without the name, is that person: after «سفير
/// خادم الحرمين الشريفين في القاهرة أحمد قطان», «وأكد سفير خادم الحرمين الشريفين» is Qattan; after «نائب خادم الحرمين
/// الشريفين الأمير محمد بن نايف», «نائب خادم الحرمين» is Mohammed bin Nayef. The later phrase repeats, as written (folded),
/// the whole phrase or at least its first three words; of the people introduced before it with the phrase that it
/// repeats furthest, exactly one must remain (two ministers introduced as «وزير الدولة …» leave a later «وزير الدولة»
/// alone), and a phrase with a name right after it is that name's apposition, not a repetition.
/// </summary>
internal static class RepeatedRolePhrases
{
    /// <summary>A role phrase (words <paramref name="First"/>..<paramref name="Last"/>) that introduced a person.</summary>
    internal readonly record struct Phrase(int First, int Last, string Person);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles =
        NameWords.Set("person-titles").Concat(NameWords.Set("royal-titles")).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MinWords = 2;
    private const int MinPart = 3;

    public static void Resolve(WordTable words, List<Phrase> introduced, bool[] named, bool[] used, EntityGatherer entities)
    {
        if (introduced.Count == 0) return;
        for (int i = 0; i < words.Count; i++)
        {
            if (used[i] || named[i] || words.Words[i].NotProse || !RoleAppositions.IsHead(words.Key(i))) continue;
            int best = 0;
            string? person = null;
            foreach (var p in introduced)
            {
                if (p.First >= i) continue;
                int m = Repeated(words, p, i, named);
                // two words repeat the whole phrase or nothing: «رئيس مجلس» of a board is no «رئيس مجلس الوزراء»
                if (m < MinWords || m < MinPart && m < p.Last - p.First + 1) continue;
                if (m > best) { best = m; person = p.Person; }
                else if (m == best && m > 0 && person != p.Person) person = null;
            }
            if (person is null || best < MinWords) continue;
            int last = i + best - 1;
            // nor end inside a title it holds («سفير خادم الحرمين» runs on over «الشريفين» of the king's title)
            while (used[last] && last + 1 < words.Count && used[last + 1] && !words.Words[last + 1].BreakBefore && !named[last + 1]) last++;
            // a name right after the phrase is what the phrase introduces this time, and a role noun or title after
            // it continues a longer phrase before a name («وزير الدولة عضو مجلس الوزراء رئيس الديوان الملكي خالد العيسى»)
            if (last + 1 < words.Count && !words.Words[last + 1].BreakBefore
                && (named[last + 1] || RoleAppositions.IsHead(words.Key(last + 1)) || Titles.Contains(words.Key(last + 1)))) continue;
            entities.AddReference(person, new(words.Words[i].Start, words.Words[last].End - words.Words[i].Start));
            for (int k = i; k <= last; k++) used[k] = true;
            i = last;
        }
    }

    /// <summary>How many words of the phrase are written again from word <paramref name="i"/> on, within one stretch.</summary>
    private static int Repeated(WordTable words, Phrase p, int i, bool[] named)
    {
        int m = 0;
        for (int k = p.First; k <= p.Last; k++)
        {
            int j = i + m;
            if (j >= words.Count || m > 0 && words.Words[j].BreakBefore || named[j] && m == 0) break;
            if (!words.Key(j).SequenceEqual(words.Key(k))) break;
            m++;
        }
        return m;
    }
}
