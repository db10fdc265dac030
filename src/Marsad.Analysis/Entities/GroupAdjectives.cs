using Marsad.Knowledge.Kb;
using Marsad.Text;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Entities;

/// <summary>
/// A group noun with a relative adjective made from a group's name is that group: «المليشيات الحوثية»، «ميليشيات
/// الحوثية» are the Houthis, whose names include «الحوثي». The group nouns are the `group-heads` of
/// `Data/name-words.tsv` (ميليشيات، جماعة، عناصر…); the adjective's stem (الحوثية → حوث) must be the stem of a
/// relative name (الحوثي، الحوثيين) of an organisation the article names, else of one organisation of the knowledge
/// base. Nationality adjectives are states and stay with the titles' rules (السلطات النيجيرية). A team noun
/// (`team-heads`: الفريق) with an adjective is a club: the one club of that country the article names («الفريق
/// الإنجليزي» after «مانشستر سيتي», none when it names two), or the club whose name the adjective is made from
/// («الفريق الاتفاقي» is Ettifaq).
/// </summary>
internal static class GroupAdjectives
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Heads = NameWords.Set("group-heads").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TeamHeads = NameWords.Set("team-heads").GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Resolve(string text, WordTable words, List<FoundName> found, EntityGatherer entities, EntityLexicon lexicon)
    {
        var covered = new bool[words.Count];
        foreach (var f in found) for (int k = 0; k < f.WordCount && f.FirstWord + k < words.Count; k++) covered[f.FirstWord + k] = true;
        var referenced = new HashSet<int>(entities.References.Select(r => r.Start));
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (covered[i] || covered[i + 1] || words.Words[i].NotProse || words.Words[i + 1].BreakBefore) continue;
            var adjective = words.Key(i + 1);
            if (Stem(adjective) is not { Length: >= 3 } stem) continue;
            bool nationality = lexicon.Adjectives.TryGetValue(adjective, out var state);
            var noun = words.Key(i);
            int start = -1;
            bool team = false;
            int count = ProcliticReader.Read(noun, readings, minStem: 4, Proclitics.Wa | Proclitics.Fa | Proclitics.Bi | Proclitics.Li | Proclitics.Al);
            for (int r = 0; r < count && start < 0; r++)
            {
                // the span keeps the noun's article («المليشيات الحوثية») and starts after و، ب، ل
                int from = readings[r].IsDefinite && !readings[r].RestoresAlef ? readings[r].Start - 2 : readings[r].Start;
                team = TeamHeads.Contains(noun[readings[r].Start..]);
                if (team || !nationality && Heads.Contains(noun[readings[r].Start..])) start = words.SourceAfter(text, i, from);
            }
            if (start < 0 || referenced.Contains(start)) continue;
            string? key = !team ? Group(stem, entities, lexicon) : nationality ? ClubOf(state!, entities, lexicon) : ClubNamed(stem, lexicon, entities);
            if (key is null) continue;
            entities.AddReference(key, TextSpan.FromBounds(start, words.Words[i + 1].End));
            i++;
        }
    }

    /// <summary>The stem of a definite relative adjective (الحوثية، الحوثيين، الحوثي → حوث), or null.</summary>
    internal static string? Stem(ReadOnlySpan<char> key)
    {
        if (!key.StartsWith(ArabicLetters.Article) || key.Length < 6) return null;
        var s = key[2..];
        foreach (var ending in (ReadOnlySpan<string>)["يين", "يون", "يه", "ي"])
            if (s.EndsWith(ending)) return s[..^ending.Length].ToString();
        return null;
    }

    /// <summary>The organisation whose relative name has this stem: one the article names, else the only one the knowledge base has.</summary>
    private static string? Group(string stem, EntityGatherer entities, EntityLexicon lexicon)
    {
        foreach (var (key, type, nameAr, count) in entities.Entities)
            if (type == EntityType.ORG && count > 0 && HasRelativeName(key, nameAr, stem, entities, lexicon)) return key;
        string? only = null;
        foreach (var form in (ReadOnlySpan<string>)["ي", "يين", "يون"])
            foreach (var id in lexicon.Kb.Find("ال" + stem + form))
            {
                if (lexicon.Kb.Get(id) is not { Type: KbType.ORG }) continue;
                if (only is not null && only != id) return null;
                only = id;
            }
        return only is null ? null : entities.EnsureKey(only);
    }

    /// <summary>The one club of this country the article names, or null.</summary>
    private static string? ClubOf(string state, EntityGatherer entities, EntityLexicon lexicon)
    {
        // an adjective of a nation inside a state (الإنجليزي: England) names the state's clubs
        string country = EntityLexicon.Kind(state) == "state" ? state : lexicon.Kb.Get(state)?.Country ?? state;
        string? only = null;
        foreach (var (key, _, _, count) in entities.Entities)
        {
            if (count == 0 || entities.KbIdOf(key) is not { } id || EntityLexicon.Kind(id) != "club" || lexicon.Kb.Get(id)?.Country != country) continue;
            if (only is not null) return null;
            only = key;
        }
        return only;
    }

    /// <summary>The club whose one name is the adjective's stem with the article (الاتفاقي → الاتفاق), or null.</summary>
    private static string? ClubNamed(string stem, EntityLexicon lexicon, EntityGatherer entities)
    {
        var clubs = lexicon.Kb.Find("ال" + stem).Where(id => EntityLexicon.Kind(id) == "club").ToList();
        return clubs.Count == 1 ? entities.EnsureKey(clubs[0]) : null;
    }

    private static bool HasRelativeName(string key, string nameAr, string stem, EntityGatherer entities, EntityLexicon lexicon)
    {
        if (Stem(NameKey.Of(nameAr)) == stem) return true;
        return entities.KbIdOf(key) is { } id && lexicon.Kb.Get(id) is { } e && e.NamesAr.Any(n => Stem(NameKey.Of(n)) == stem);
    }
}
