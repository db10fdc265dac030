using Marsad.Knowledge.Kb;

namespace Marsad.Analysis.Entities;

/// <summary>
/// A known surname right after the name of a person the knowledge base does not know belongs to that person:
/// «أكدت نهلة بنت أحمد الجبير» is Nahla al-Jubeir, not Adel al-Jubeir, whose surname alone the knowledge base
/// lists. The same surname alone elsewhere in the article is then hers too: those matches are dropped here so
/// that <see cref="SurnameFinder"/> gives them to the person named in full. Runs after all names are found and
/// before they are gathered into entities.
/// </summary>
internal static class SurnameAttacher
{
    public static void Attach(string text, WordTable words, List<FoundName> found, EntityLexicon lexicon)
    {
        // surname KB id → the surname words taken by unknown people; the names are copied once into a new list
        // (removing each surname from the list in place would shift the rest of the article every time)
        var taken = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var joined = new List<FoundName>(found.Count);
        int k = 0;
        for (; k + 1 < found.Count; k++)
        {
            var person = found[k];
            var surname = found[k + 1];
            joined.Add(person);
            if (person.Type != EntityType.PER || person.KbId is not null) continue;
            if (surname.Type != EntityType.PER || surname.KbId is null || surname.WordCount != 1) continue;
            int next = person.FirstWord + person.WordCount;
            if (surname.FirstWord != next || words.Words[next].BreakBefore || surname.Start != words.Words[next].Start) continue;
            var key = NameKey.Of(text[person.Start..surname.End]);
            string? id = lexicon.Names.TryGetValue(key, out var hit) && hit.Type == EntityType.PER ? hit.Id : null;
            joined[^1] = new FoundName(person.Start, surname.End, person.FirstWord, person.WordCount + 1, id, EntityType.PER);
            k++; // the surname is part of the person now
            if (!taken.TryGetValue(surname.KbId, out var surnames)) taken[surname.KbId] = surnames = new(StringComparer.Ordinal);
            surnames.Add(words.Key(next).ToString());
        }
        if (taken.Count == 0) return;
        for (; k < found.Count; k++) joined.Add(found[k]);
        found.Clear();
        found.AddRange(joined);
        found.RemoveAll(f => f.WordCount == 1 && f.KbId is not null && taken.TryGetValue(f.KbId, out var surnames)
                             && surnames.Any(w => words.Key(f.FirstWord).EndsWith(w, StringComparison.Ordinal)));
    }
}
