using Marsad.Knowledge.Kb;
using Marsad.Text;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Definite descriptions that point back at an entity by the head noun it was named with: after «حزب الله», «الحزب»
/// is Hezbollah; after «شركة الطائف سما», «الشركة» is that company; after «داعش», whose knowledge-base names include
/// «تنظيم الدولة الإسلامية», «التنظيم» is ISIS. The head nouns are read from the names themselves (the article's
/// spelling and the knowledge base's Arabic names), from the class noun the article writes before a name (an
/// institution head or place word: «شركة موبايلي» → «الشركة», «مدينة تعز» → «المدينة»; a person's title: «اللاعب
/// فيتفاتزيديس» → «اللاعب»), and from what a known place is (a state is «البلاد»، «الدولة»، «هذا البلد», a city
/// «المدينة»، «البلدة»); the description is the entity of that head named last before it. A description followed by
/// a nationality adjective («الحزب الأمريكي») describes another body, one followed by a name is that name's title,
/// and one in construct after a noun («وزير الدولة», «رجل الدولة») is no reference of its own.
/// </summary>
internal static class DefiniteDescriptions
{
    private const int MaxKeyLength = 64;

    public static void Resolve(string text, WordTable words, List<FoundName> found, EntityGatherer entities, EntityLexicon lexicon)
    {
        var covered = new bool[words.Count];
        foreach (var f in found) for (int k = 0; k < f.WordCount && f.FirstWord + k < words.Count; k++) covered[f.FirstWord + k] = true;
        var ordered = found.OrderBy(f => f.FirstWord).ToList();
        var startsName = new bool[words.Count];
        // a name behind و is coordinated with the description («وأكدت الوزارة وهيئة الأركان»), not named by it
        foreach (var f in found) if (f.FirstWord < words.Count && f.Start == words.Words[f.FirstWord].Start) startsName[f.FirstWord] = true;
        var person = new bool[words.Count];
        foreach (var f in found)
            if (f.Type == EntityType.PER) for (int k = 0; k < f.WordCount && f.FirstWord + k < words.Count; k++) person[f.FirstWord + k] = true;
        Func<int, bool> isPerson = j => person[j];
        var referenced = new HashSet<int>(entities.References.Select(r => r.Start));
        var lastByHead = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = lastByHead.GetAlternateLookup<ReadOnlySpan<char>>();
        // heads learned from the role noun a person was introduced with («شهيد الواجب العريف …»)
        var roleNouns = new HashSet<string>(StringComparer.Ordinal);
        var roleLookup = roleNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        int next = 0;
        for (int i = 0; i < words.Count; i++)
        {
            while (next < ordered.Count && ordered[next].FirstWord < i) Note(ordered[next++], text, words, entities, lexicon, lastByHead, roleNouns, isPerson);
            if (covered[i] || words.Words[i].NotProse || lastByHead.Count == 0 || referenced.Contains(words.Words[i].Start)) continue;
            var key = words.Key(i);
            if (key.Length > MaxKeyLength) continue;
            int stripped = DefiniteNounStart(key);
            if (stripped < 0 || !lookup.TryGetValue(key[(stripped + 2)..], out var target)) continue;
            if (i + 1 < words.Count && !words.Words[i + 1].BreakBefore && (lexicon.Adjectives.ContainsKey(words.Key(i + 1)) || startsName[i + 1])) continue;
            if (stripped == 0 && InConstruct(words, i)) continue;
            // a state or city described by an adjective after it is another one («الدولة العثمانية», «البلاد العربية»,
            // «الدولة المضيفة», «المدينة المجاورة»); a noun after it is its object («لتجنيب البلاد الإفلاس»)
            if (KindHeads.Contains(key[(stripped + 2)..]) && i + 1 < words.Count && !words.Words[i + 1].BreakBefore
                && IsAdjectiveShape(words.Key(i + 1))) continue;
            // a role noun that introduced one person is that person in construct too («أسرة الشهيد», «مكتب السفير»)
            if (entities.TypeOf(target) == EntityType.PER && !StartsClause(words, i, stripped) && !roleLookup.Contains(key[(stripped + 2)..])) continue;
            int start = stripped == 0 ? words.Words[i].Start : words.SourceAfter(text, i, stripped);
            // a feminine relative adjective after it belongs to the description («القوات الحكومية»)
            int last = i + 1 < words.Count && !words.Words[i + 1].BreakBefore && !covered[i + 1] && IsRelativeAdjective(words.Key(i + 1)) ? i + 1 : i;
            entities.AddReference(target, TextSpan.FromBounds(start, words.Words[last].End));
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

    /// <summary>Records the head nouns an entity was named with as pointing at it.</summary>
    private static void Note(FoundName f, string text, WordTable words, EntityGatherer entities, EntityLexicon lexicon,
        Dictionary<string, string> lastByHead, HashSet<string> roleNouns, Func<int, bool> isPerson)
    {
        if (entities.KeyAt(f.Start) is not { } key) return;
        NoteWrittenHead(f, words, key, lastByHead, roleNouns, isPerson);
        if (f.Type is EntityType.GPE && f.KbId is { } placeId && lexicon.Kb.Get(placeId) is { } place) NoteKind(place, lexicon, key, lastByHead);
        if (f.Type is not (EntityType.ORG or EntityType.FAC or EntityType.MISC)) return;
        // a club named without نادي («الهلال») is «النادي» and «الفريق» later too
        if (f.KbId is { } club && EntityLexicon.Kind(club) == "club") NoteHead(ClubHead, key, lastByHead);
        // a name the structure found (الهيئة السعودية للمهندسين، الجيش السوري) starts with its head even when definite
        if (f.WordCount > 1) AddHead(NameKey.Of(text.Substring(f.Start, f.End - f.Start)), key, lastByHead, definiteHead: f.KbId is null);
        if (f.KbId is { } id && lexicon.Kb.Get(id) is { } e)
            foreach (var name in e.NamesAr) AddHead(NameKey.Of(name), key, lastByHead, definiteHead: false);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceWords = NameWords.Set("place-words").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonTitles = NameWords.Set("person-titles").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleHeads = NameWords.Set("role-heads").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] StateHeads = [.. NameWords.Set("state-heads")];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KindHeads =
        new HashSet<string>(NameWords.Set("state-heads").Concat(NameWords.Set("city-heads")), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] CityHeads = [.. NameWords.Set("city-heads")];

    /// <summary>
    /// The class noun written right before a name: an indefinite institution head or place word (شركة موبايلي،
    /// بمدينة تعز) for a body or place, a person's title (اللاعب، المحامي) for a person.
    /// </summary>
    private static void NoteWrittenHead(FoundName f, WordTable words, string key, Dictionary<string, string> lastByHead, HashSet<string> roleNouns, Func<int, bool> isPerson)
    {
        int i = f.FirstWord;
        if (i == 0 || i >= words.Count || words.Words[i].BreakBefore || f.Start != words.Words[i].Start) return;
        var before = words.Key(i - 1);
        if (f.Type == EntityType.PER)
        {
            if (PersonTitles.Contains(before))
            {
                lastByHead[before[2..].ToString()] = key;
                roleNouns.Remove(before[2..].ToString());
            }
            // the role noun of a phrase before the name («سفير المملكة في القاهرة أحمد قطان») makes its
            // definite form point back at the person («السفير»), as a title right before the name does
            else if (RoleAppositions.RoleNounBefore(words, i, isPerson) is { } role)
            {
                var noun = words.Key(role);
                if (noun.StartsWith(ArabicLetters.Article)) noun = noun[2..];
                if (noun.Length >= 3)
                {
                    lastByHead[noun.ToString()] = key;
                    roleNouns.Add(noun.ToString());
                }
            }
            return;
        }
        // one proclitic (و، ب، ل، ف) may stand before the head: «وشركة موبايلي»، «بمدينة تعز»
        for (int p = 0; p <= 1 && p + 3 <= before.Length; p++)
        {
            if (p == 1 && before[0] is not ('و' or 'ف' or 'ب' or 'ل')) break;
            var head = before[p..];
            // «المنطقة» is too general to point back («في المنطقة» is the region the news is about)
            if (InstitutionFinder.IsHead(head) || PlaceWords.Contains(head) && !head.SequenceEqual("منطقه")) { NoteHead(head.ToString(), key, lastByHead); return; }
        }
    }

    /// <summary>A known state is «البلاد» and «الدولة»; a known city (not a province or region) «المدينة» and «البلدة».</summary>
    private static void NoteKind(KbEntity place, EntityLexicon lexicon, string key, Dictionary<string, string> lastByHead)
    {
        if (KbStatistics.IsState(place)) { foreach (var h in StateHeads) lastByHead[h] = key; return; }
        var kind = EntityLexicon.Kind(place.Id);
        bool city = kind == "city" || lexicon.Capitals.Contains(place.Id)
            || kind is "loc" or "place" && !RegionName.IsMatch(place.Name);
        if (city) foreach (var h in CityHeads) lastByHead[h] = key;
    }

    private static readonly System.Text.RegularExpressions.Regex RegionName =
        new(@"\b(Province|Region|Governorate|State|District|Territory|County)\b|^(Middle East|Gulf|Europe|Asia|Africa)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A bare definite noun right after a noun without the article is the second term of a construct («وزير الدولة»,
    /// «رجل الدولة» after a role noun): it names an office or a person, not the state itself.
    /// </summary>
    private static bool InConstruct(WordTable words, int i)
    {
        if (i == 0 || words.Words[i].BreakBefore) return false;
        var before = words.Key(i - 1);
        if (before.Length > 3 && before[0] is 'و' or 'ف' && RoleHeads.Contains(before[1..])) return true;
        return RoleHeads.Contains(before) && !before.StartsWith(ArabicLetters.Article);
    }

    /// <summary>
    /// A person's title alone points back at the person only where it is the subject or object of a clause: at the
    /// start of a sentence or clause, after a verb («ولمح المحامي»), a particle or a definite word; in construct after
    /// a noun or behind a preposition it is the profession in general («ميثاق المهندس»، «سجل مهني للمهندس»).
    /// </summary>
    private static bool StartsClause(WordTable words, int i, int stripped)
    {
        if (stripped > 0 && words.Key(i)[stripped - 1] is 'ل' or 'ب') return false;
        if (i == 0 || words.Words[i].BreakBefore) return true;
        var before = words.Key(i - 1);
        if (before.StartsWith(ArabicLetters.Article) || ClauseWords.Contains(before)) return true;
        var verb = before.Length > 3 && before[0] is 'و' or 'ف' ? before[1..] : before;
        return Quotes.SpeechCues.Classify(before) is not null || EntityStep.IsVerbLike(verb) || verb.Length == 3;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWords = NameWords.Set("name-stops").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A definite relative adjective or participle (العثمانية، العربية، المضيفة، المجاورة).</summary>
    private static bool IsAdjectiveShape(ReadOnlySpan<char> key) =>
        key.StartsWith(ArabicLetters.Article) && key.Length > 5 && (key.EndsWith("ي") || key.EndsWith("يه") || key[2] == 'م');

    /// <summary>
    /// A definite feminine relative adjective that is no nationality (الحكومية، الإرهابية); a masculine one is left out,
    /// as it is often a name of its own (النادي الإسماعيلي) and folding makes elatives look like it (الأقوى).
    /// </summary>
    private static bool IsRelativeAdjective(ReadOnlySpan<char> key) =>
        key.StartsWith(ArabicLetters.Article) && key.Length > 5 && key.EndsWith("يه");

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
        if (head.Length >= 3) NoteHead(head, key, lastByHead);
    }

    /// <summary>A body named with a head noun answers to it; a club («نادي الاتحاد») also to «الفريق».</summary>
    private static void NoteHead(string head, string key, Dictionary<string, string> lastByHead)
    {
        lastByHead[head] = key;
        if (head == ClubHead) foreach (var h in TeamHeads) lastByHead[h] = key;
    }

    private const string ClubHead = "نادي";
    private static readonly string[] TeamHeads = [.. NameWords.Set("team-heads")];
}
