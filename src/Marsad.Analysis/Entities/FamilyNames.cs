using Marsad.Knowledge.Kb;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Entities;

/// <summary>
/// A family name is shared by the whole family, so it names one person only where the article says which one.
/// After a family noun («عائلة بن لادن», «أسرة الأسد», «آل سعود», «ذوو …») a surname names the family: it stays a
/// name, linked to no one (a full name there, «عائلة أسامة بن لادن», is still that person). A family-name alias
/// the knowledge base lists for a person (a «بن X» or «آل X» form that ends one of the person's full names, as
/// «بن لادن» ends «أسامة بن لادن») links to that person only when the article names the person in full, as
/// <see cref="SurnameFinder"/> requires of every other surname. Runs after all names are found and before they
/// are gathered into entities.
/// </summary>
internal static class FamilyNames
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FamilyNouns = NameWords.Set("family-nouns").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Filiation = NameWords.Set("filiation").GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(string text, WordTable words, List<FoundName> found, EntityLexicon lexicon)
    {
        for (int k = 0; k < found.Count; k++)
            if (AfterFamilyNoun(words, found[k]) && IsFamilyForm(words, found[k]))
                found[k] = found[k] with { KbId = null, Type = EntityType.PER };
        var namedInFull = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in found)
            if (f.Type == EntityType.PER && f.KbId is { } id && !IsFamilyAlias(text, f, lexicon)) namedInFull.Add(id);
        for (int k = 0; k < found.Count; k++)
            if (found[k] is { Type: EntityType.PER, KbId: { } id } f && !namedInFull.Contains(id) && IsFamilyAlias(text, f, lexicon))
                found[k] = f with { KbId = null };
    }

    /// <summary>The word before the name, after its proclitics (لعائلة، وآل), is a family noun within the same clause.</summary>
    private static bool AfterFamilyNoun(WordTable words, FoundName f)
    {
        int i = f.FirstWord;
        if (i == 0 || words.Words[i].BreakBefore || f.Start != words.Words[i].Start) return false;
        var before = words.Key(i - 1);
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(before, readings, minStem: 2, Proclitics.Wa | Proclitics.Fa | Proclitics.Bi | Proclitics.Li | Proclitics.Ka);
        for (int r = 0; r < n; r++)
            if (FamilyNouns.Contains(before[readings[r].Start..])) return true;
        return false;
    }

    /// <summary>A surname without a given name: one word, or a «بن X» / «آل X» pair.</summary>
    private static bool IsFamilyForm(WordTable words, FoundName f) =>
        f.WordCount == 1 || f.WordCount == 2 && IsFamilyMarker(words.Key(f.FirstWord));

    private static bool IsFamilyMarker(ReadOnlySpan<char> key) => Filiation.Contains(key) || key.SequenceEqual("ال");

    /// <summary>
    /// The name's own text is a «بن X» or «آل X» form that the person's knowledge-base entry also writes at the end of
    /// a longer name: an alias that is the family name, not the person's own.
    /// </summary>
    private static bool IsFamilyAlias(string text, FoundName f, EntityLexicon lexicon)
    {
        var key = NameKey.Of(text[f.Start..f.End]);
        int space = key.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || key.IndexOf(' ', space + 1) >= 0 || !IsFamilyMarker(key.AsSpan(0, space))) return false;
        if (f.KbId is not { } id || lexicon.Kb.Get(id) is not { } entity) return false;
        foreach (var name in entity.NamesAr)
        {
            var full = NameKey.Of(name);
            if (full.Length > key.Length && full.EndsWith(" " + key, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
