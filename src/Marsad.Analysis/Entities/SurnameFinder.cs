using Marsad.Knowledge.Matching;
using Marsad.Text;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Entities;

/// <summary>
/// After the full names: a person's last name alone (لافروف after سيرغي لافروف), in the same spelling or a
/// variant (بايراموف after جيهون بيراموف), is a mention of that person, and so is a full name without its given
/// name (ولد الشيخ أحمد after إسماعيل ولد الشيخ أحمد). Only surnames of people the article has named in full
/// count, so common words are not taken for names elsewhere.
/// </summary>
internal static class SurnameFinder
{
    private static readonly HashSet<string> NotSurnames = NameWords.NotSurnames();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Filiation = NameWords.Set("filiation").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="tagger">Knows the words it learned to read outside names: a spelling variant of a surname that
    /// is such a word (الكبير "the big" for الجبير, كبار for جبار) is the word, not the person.</param>
    public static void Add(string text, WordTable words, List<FoundName> found, EntityGatherer entities, INameTagger? tagger = null)
    {
        AddFamilyNames(words, found, entities);
        var bySkeleton = new Dictionary<string, (string Key, string Surname)>(StringComparer.Ordinal);
        // Surnames whose skeleton is too short to compare variants (بحاح → بح) are matched as written.
        var exact = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in found)
        {
            if (f.Type != EntityType.PER || f.WordCount < 2) continue;
            var last = words.Key(f.FirstWord + f.WordCount - 1).ToString();
            if (last.Length < 4 || NotSurnames.Contains(last) || entities.KeyAt(f.Start) is not { } key) continue;
            // «سلمان بن عبدالعزيز»: after بن the last word is the father's given name, shared by thousands.
            if (Marsad.Knowledge.Names.GivenNames.Contains(last)
                || f.WordCount >= 3 && words.Key(f.FirstWord + f.WordCount - 2) is var before && NotSurnames.Contains(before.ToString())) continue;
            var sk = NameSkeleton.Of(last);
            if (sk.Length >= 3) bySkeleton.TryAdd(sk, (key, last));
            else exact.TryAdd(last, key);
        }
        if (bySkeleton.Count == 0 && exact.Count == 0) return;
        var lookup = bySkeleton.GetAlternateLookup<ReadOnlySpan<char>>();
        var exactLookup = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        var covered = new bool[words.Count];
        foreach (var f in found) for (int k = 0; k < f.WordCount; k++) covered[f.FirstWord + k] = true;
        Span<char> reading = stackalloc char[256];
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        Span<char> skeleton = stackalloc char[256];
        int added = 0;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words.Words[i];
            if (covered[i] || w.NotProse || w.FoldLength > 120) continue;
            int readingCount = ProcliticReader.NameReadings(words.Key(i), readings);
            for (int r = 0; r < readingCount; r++)
            {
                if (readings[r].RestoresAlef) continue; // a surname takes no article
                int len = ProcliticReader.WriteName(words.Key(i), readings[r], reading);
                int stripped = readings[r].NameStart;
                if (len < 4) continue;
                int sl = NameSkeleton.Write(reading[..len], skeleton);
                string? key = null;
                if (sl >= 3 && lookup.TryGetValue(skeleton[..sl], out var variant))
                {
                    // A variant shares the skeleton and is spelled within an edit or two (بايراموف، بيراموف); a short
                    // skeleton alone is shared by unrelated words (أبيئام and اوباما both read ابم).
                    bool sameSpelling = reading[..len].SequenceEqual(variant.Surname);
                    int edits = variant.Surname.Length >= 7 ? 2 : 1; // ظريف/ظروفا are two edits apart, نتنياهو/نتانياهو one
                    bool variantSpelling = !sameSpelling && NameMatcher.EditDistance(reading[..len], variant.Surname, edits) <= edits
                                           && !IsOtherName(reading[..len], variant.Surname)
                                           && tagger?.IsCommonWord(reading[..len]) != true;
                    if (sameSpelling || variantSpelling) key = variant.Key;
                }
                else if (exactLookup.TryGetValue(reading[..len], out var written)) key = written;
                if (key is null) continue;
                int start = stripped == 0 ? w.Start : words.SourceAfter(text, i, stripped);
                entities.AddMention(key, TextSpan.FromBounds(start, w.End), start);
                found.Add(new FoundName(start, w.End, i, 1, entities.KbIdOf(key), EntityType.PER));
                added++;
                break;
            }
        }
        if (added > 0) found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// Spellings one letter away from a surname that are words of their own: a listed given name (سليمان is not
    /// سلمان), the surname's nisba (الأسدي is another family than الأسد) or an adjective's accusative (ظريفاً).
    /// </summary>
    private static bool IsOtherName(ReadOnlySpan<char> word, string surname) =>
        Marsad.Knowledge.Names.GivenNames.Contains(word)
        || word.Length == surname.Length + 1 && (word.EndsWith("ي") || word.EndsWith("ا")) && word.StartsWith(surname);

    /// <summary>
    /// «ولد الشيخ أحمد», «أمير عبد اللهيان»: the words after the given name of a person named in three words or more,
    /// written again in the same spelling.
    /// </summary>
    private static void AddFamilyNames(WordTable words, List<FoundName> found, EntityGatherer entities)
    {
        var covered = new bool[words.Count];
        foreach (var f in found) for (int k = 0; k < f.WordCount; k++) covered[f.FirstWord + k] = true;
        // «سلمان بن عبدالعزيز»: a part that starts with بن is a father's name that many people share.
        var people = found.Where(f => f.Type == EntityType.PER && f.WordCount >= 3
                                      && !Filiation.Contains(words.Key(f.FirstWord + 1))).ToList();
        int added = 0;
        // A name's words are looked for only where its first word stands, and once per spelling: a second search for
        // the same words finds every place the first one left uncovered already covered or not matching.
        Dictionary<string, List<int>>? byKey = null;
        var searched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (entities.KeyAt(person.Start) is not { } key) continue;
            int from = person.FirstWord + 1, length = person.WordCount - 1;
            var family = new System.Text.StringBuilder();
            for (int k = 0; k < length; k++) family.Append(words.Key(from + k)).Append('\u0001');
            if (!searched.Add(family.ToString())) continue;
            byKey ??= PositionsByKey(words);
            if (!byKey.TryGetValue(words.Key(from).ToString(), out var positions)) continue;
            foreach (int i in positions)
            {
                if (i + length > words.Count) break;
                if (covered[i] || words.Words[i].NotProse) continue;
                int k = 0;
                while (k < length && !covered[i + k] && (k == 0 || !words.Words[i + k].BreakBefore)
                       && words.Key(i + k).SequenceEqual(words.Key(from + k))) k++;
                if (k < length) continue;
                var span = TextSpan.FromBounds(words.Words[i].Start, words.Words[i + length - 1].End);
                entities.AddMention(key, span, span.Start);
                found.Add(new FoundName(span.Start, span.End, i, length, entities.KbIdOf(key), EntityType.PER));
                for (k = 0; k < length; k++) covered[i + k] = true;
                added++;
            }
        }
        if (added > 0) found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Each folded word → the indexes of the words that fold to it, ascending.</summary>
    private static Dictionary<string, List<int>> PositionsByKey(WordTable words)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < words.Count; i++)
        {
            if (!lookup.TryGetValue(words.Key(i), out var list)) lookup[words.Key(i)] = list = [];
            list.Add(i);
        }
        return byKey;
    }
}
