using Marsad.Knowledge.Kb;
using Marsad.Text;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Definite descriptions that point back at an organisation, facility or named event by the head noun of its name:
/// after «حزب الله», «الحزب» is Hezbollah; after «شركة الطائف سما», «الشركة» is that company; after «داعش», whose
/// knowledge-base names include «تنظيم الدولة الإسلامية», «التنظيم» is ISIS. The head nouns are read from the names
/// themselves (the article's spelling and the knowledge base's Arabic names), not from a list, and the description
/// is the entity of that head named last before it. A description followed by a nationality adjective («الحزب
/// الأمريكي») describes another body and is left alone.
/// </summary>
internal static class DefiniteDescriptions
{
    private const int MaxKeyLength = 64;

    public static void Resolve(string text, WordTable words, List<FoundName> found, EntityGatherer entities, EntityLexicon lexicon)
    {
        var covered = new bool[words.Count];
        foreach (var f in found) for (int k = 0; k < f.WordCount && f.FirstWord + k < words.Count; k++) covered[f.FirstWord + k] = true;
        var ordered = found.OrderBy(f => f.FirstWord).ToList();
        var lastByHead = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = lastByHead.GetAlternateLookup<ReadOnlySpan<char>>();
        int next = 0;
        for (int i = 0; i < words.Count; i++)
        {
            while (next < ordered.Count && ordered[next].FirstWord < i) Note(ordered[next++], text, entities, lexicon, lastByHead);
            if (covered[i] || words.Words[i].NotProse || lastByHead.Count == 0) continue;
            var key = words.Key(i);
            if (key.Length > MaxKeyLength) continue;
            int stripped = DefiniteNounStart(key);
            if (stripped < 0 || !lookup.TryGetValue(key[(stripped + 2)..], out var target)) continue;
            if (i + 1 < words.Count && !words.Words[i + 1].BreakBefore && lexicon.Adjectives.ContainsKey(words.Key(i + 1))) continue;
            int start = stripped == 0 ? words.Words[i].Start : words.SourceAfter(text, i, stripped);
            entities.AddReference(target, TextSpan.FromBounds(start, words.Words[i].End));
        }
    }

    /// <summary>Where the article ال starts in a word (after و، ف، ب، ل, and لل for ل + ال); -1 when it has none.</summary>
    private static int DefiniteNounStart(ReadOnlySpan<char> key)
    {
        for (int p = 0; p <= 2 && p + 4 < key.Length; p++)
        {
            if (p > 0 && key[p - 1] is not ('و' or 'ف' or 'ب' or 'ل')) return -1;
            // ال, or لل for ل + ال (للشركة): either way the noun starts two letters on
            if (key[p..].StartsWith(ArabicLetters.Article) || key[p] == 'ل' && key[p + 1] == 'ل') return p;
        }
        return -1;
    }

    /// <summary>Records the head nouns of a name of several words as pointing at its entity.</summary>
    private static void Note(FoundName f, string text, EntityGatherer entities, EntityLexicon lexicon, Dictionary<string, string> lastByHead)
    {
        if (f.Type is not (EntityType.ORG or EntityType.FAC or EntityType.MISC)) return;
        if (entities.KeyAt(f.Start) is not { } key) return;
        // a name the structure found (الهيئة السعودية للمهندسين، الجيش السوري) starts with its head even when definite
        if (f.WordCount > 1) AddHead(NameKey.Of(text.Substring(f.Start, f.End - f.Start)), key, lastByHead, definiteHead: f.KbId is null);
        if (f.KbId is { } id && lexicon.Kb.Get(id) is { } e)
            foreach (var name in e.NamesAr) AddHead(NameKey.Of(name), key, lastByHead, definiteHead: false);
    }

    private static void AddHead(string nameKey, string key, Dictionary<string, string> lastByHead, bool definiteHead)
    {
        int space = nameKey.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0) return;
        var head = nameKey[..space];
        // a listed name's head counts in construct only (حزب الله، شركة الطائف سما); its definite first word is part
        // of the name itself («الأمم المتحدة» does not make every «الأمم» the United Nations)
        if (head.StartsWith(ArabicLetters.Article, StringComparison.Ordinal))
        {
            if (!definiteHead) return;
            head = head[2..];
        }
        if (head.Length >= 3) lastByHead[head] = key;
    }
}
