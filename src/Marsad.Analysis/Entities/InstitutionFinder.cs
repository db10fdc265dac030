using Marsad.Knowledge.Kb;
using Marsad.Text;
using Marsad.Text.Clitics;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Organisations named by their structure rather than a list: an institution head noun (وزارة، هيئة، جامعة، مجلس…,
/// `Data/institution-heads.tsv`) followed by its chain of definite genitives and adjectives is one organisation name,
/// «وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد», «هيئة المساحة الجيولوجية السعودية», «جامعة الطائف». A few heads
/// also start a name when definite with an adjective after them («الجيش السوري», «الديوان الملكي»). Names found inside
/// such a span (الطائف in جامعة الطائف) are the institution's words, not mentions of their own.
/// </summary>
internal static class InstitutionFinder
{
    private const int MaxChain = 8;

    private sealed record Head(EntityType Type, bool DefiniteWithAdjective, bool Descriptive);

    private static readonly Dictionary<string, Head> Heads = Load();
    private static readonly Dictionary<string, Head>.AlternateLookup<ReadOnlySpan<char>> HeadsBySpan = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that end a chain even when definite: the name has ended and the sentence goes on.
    private static readonly HashSet<string> Titles = NameWords.Set("royal-titles");
    private static bool IsTitle(ReadOnlySpan<char> key) => Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    private static readonly HashSet<string> Stops = NameWords.Set("chain-stops");

    // Titles only people carry (الدكتور، الأستاذ): a chain ends before them.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonTitles = NameWords.Set("person-titles").GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that join a royal name after a title: «جامعة الأمير سلطان بن عبدالعزيز».
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleNameJoiners = NameWords.Set("title-name-joiners").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="tagged">The tagger's names (empty without a tagger).</param>
    public static void Add(string text, WordTable words, List<FoundName> found, INameTagger? tagger, IReadOnlyList<TaggedName> tagged)
    {
        var organisations = tagged.Where(t => t.Type == EntityType.ORG).Select(t => t.Span).ToArray();
        var index = new FoundNameIndex(found, text.Length);
        for (int i = 0; i + 1 < words.Count; i++)
        {
            var w = words.Words[i];
            if (w.NotProse) continue;
            if (HeadAt(words.Key(i), out var head, out int stripped, out bool definite) is false) continue;
            // any definite head starts an official name when a relative adjective (or العامة) and a لل complement follow it
            // («الهيئة السعودية للمهندسين», «المؤسسة العامة للتدريب التقني والمهني»)
            if (definite && !head.DefiniteWithAdjective && !OfficialName(words, i)) continue;
            // a head before another body's head is that body's organ («إدارة نادي الزمالك», «إدارة المستشفيات»): the body is the name
            if (!words.Words[i + 1].BreakBefore && HeadAt(words.Key(i + 1), out _, out _, out _)) continue;
            // so is a head before an organisation the knowledge base knows and the tagger reads as one, from the next
            // word on: «نادي ريال مدريد», «مجلس الزمالك» speak of the club, which is the name (a word the tagger alone
            // reads so may be the body's own, «مجلس الشورى»)
            if (!words.Words[i + 1].BreakBefore && StartsOrganisation(organisations, words.Words[i + 1])
                && index.AnyOverlapping(words.Words[i + 1].Start, words.Words[i + 1].End,
                                        f => f.FirstWord == i + 1 && f.KbId is not null && f.Type == EntityType.ORG)) continue;
            // a sports club read after its head noun is that club whatever the tagger reads («نادي العروبة»)
            if (!words.Words[i + 1].BreakBefore && index.AnyOverlapping(words.Words[i + 1].Start, words.Words[i + 1].End,
                    f => f.FirstWord == i + 1 && f.KbId is { } club && EntityLexicon.Kind(club) == "club")) continue;
            int last = i;
            bool afterTitle = false;
            for (int j = i + 1; j < words.Count && j - i <= MaxChain; j++)
            {
                var next = words.Words[j];
                var key = words.Key(j);
                // a person's name inside the institution's: «مستشفى الملك فيصل», «جامعة الأمير سلطان بن عبدالعزيز»
                bool personWord = afterTitle && (Marsad.Knowledge.Names.GivenNames.Contains(key) || TitleNameJoiners.Contains(key));
                if (next.BreakBefore || next.NotProse || !personWord && !ChainWord(key, j == i + 1, index, next)) break;
                // after a complete name, a لل word can open a purpose phrase: «وزارة الخارجية للقاء الوفود» ends at الخارجية
                if (j > i + 1 && OpensPurposePhrase(words, j, (start, end) => index.AnyCovering(start, end))) break;
                // a person's title, or a person named after the body's definite name, is the person who heads it or speaks
                // for it, not part of its name («رئاسة الدكتور بريكان الشلوي», «الديوان الملكي أحمد الخطيب»); a name right
                // after the head or a royal title is (مسجد الحسين بن علي، مستشفى الملك فيصل)
                if (PersonTitles.Contains(key)) break;
                if (!afterTitle && j > i + 1 && words.Key(j - 1).StartsWith(ArabicLetters.Article)
                    && index.AnyOverlapping(next.Start, next.End, f => f.Type == EntityType.PER && f.Start >= next.Start && f.Start < next.End)) break;
                // so is a given name after a place the body is named by («أمانة جازان طارق الرفاعي»: the body and its mayor)
                if (!afterTitle && j > i + 1 && Marsad.Knowledge.Names.GivenNames.Contains(key)
                    && index.AnyOverlapping(words.Words[j - 1].Start, words.Words[j - 1].End, f => f.KbId is not null && f.Type is EntityType.GPE or EntityType.LOC && f.End == words.Words[j - 1].End)) break;
                afterTitle = IsTitle(key) || personWord;
                last = j;
            }
            if (last == i) continue;
            if (head.Type == EntityType.ORG && OwnPlace(words, last + 1, index) is int placeLast) last = placeLast;
            if (definite && !IsAdjective(words.Key(i + 1)) && !OfficialName(words, i)) continue;
            // after some heads one word of the language describes rather than names: «قوات الجانبين», «قوات الأمن»
            if (head.Descriptive && last == i + 1 && !IsAdjective(words.Key(last)) && tagger?.IsCommonWord(words.Key(last)) == true) continue;
            int start = stripped == 0 ? w.Start : words.SourceAfter(text, i, stripped);
            int end = words.Words[last].End;
            // A knowledge-base name that starts at the head or reaches outside the span is the better reading.
            if (index.AnyOverlapping(start, end, f => f.Start < start || f.End > end || f.KbId is not null && f.Start == start && f.WordCount > 1)) continue;
            index.RemoveInside(start, end);
            index.Add(new FoundName(start, end, i, last - i + 1, null, head.Type));
            i = last;
        }
        index.Compact();
    }

    /// <summary>Whether one of the tagger's organisation spans begins inside this word (after its proclitics).</summary>
    private static bool StartsOrganisation(TextSpan[] organisations, Word word)
    {
        foreach (var o in organisations)
            if (o.Start >= word.Start && o.Start < word.End) return true;
        return false;
    }

    /// <summary>
    /// An organisation's own name keeps the town or province of its branch, written with ب right after its chain
    /// (annotation guide): «المديرية العامة للشؤون الصحية بمنطقة مكة المكرمة», «مكتب رعاية الشباب بالطائف». A
    /// facility's does not (مستشفى الملك فيصل بمكة: the city is a mention of its own), nor does a state or a place
    /// after في, which say where the body is or acts («وزارة الخارجية في واشنطن»). Returns the place's last word, or null.
    /// </summary>
    private static int? OwnPlace(WordTable words, int j, FoundNameIndex index)
    {
        if (j >= words.Count) return null;
        var w = words.Words[j];
        if (w.BreakBefore || w.NotProse || words.Key(j) is not { Length: > 3 } key || key[0] != 'ب') return null;
        return index.TryStartingIn(w.Start + 1, w.End - 1, f => f.FirstWord == j && f.KbId is { } id && EntityLexicon.Kind(id) != "state"
                                                                  && f.Type is EntityType.GPE or EntityType.LOC, out var place)
            ? place.FirstWord + place.WordCount - 1
            : null;
    }

    /// <summary>Whether a folded word, as written (no proclitic, no article), is an institution's head noun (شركه، وزاره).</summary>
    public static bool IsHead(ReadOnlySpan<char> key) => HeadsBySpan.ContainsKey(key);

    /// <summary>The head noun of word i, without a proclitic (و ف ب ل) and with ال noted (للجيش is ل + الجيش).</summary>
    private static bool HeadAt(ReadOnlySpan<char> key, out Head head, out int stripped, out bool definite)
    {
        head = null!;
        for (stripped = 0; stripped <= 2 && stripped < key.Length - 2; stripped++)
        {
            if (stripped > 0 && key[stripped - 1] is not ('و' or 'ف' or 'ب' or 'ل')) break;
            var rest = key[stripped..];
            definite = rest.StartsWith(ArabicLetters.Article);
            if (HeadsBySpan.TryGetValue(definite ? rest[2..] : rest, out head!)) return true;
            // ل + ال is written لل: للجيش
            if (stripped == 1 && key[0] == 'ل' && rest.Length > 2 && rest[0] == 'ل' && HeadsBySpan.TryGetValue(rest[1..], out head!)) { definite = true; stripped = 2; return true; }
        }
        definite = false;
        return false;
    }

    /// <summary>
    /// A word of the name's chain: first a definite genitive (الشؤون، الوزراء); then adjectives (الإسلامية), definites
    /// after و or لل (والأوقاف، للإغاثة) or names found there. A second plain definite noun is where the sentence goes on
    /// («قرر مجلس الوزراء الموافقة على…»).
    /// </summary>
    private static bool ChainWord(ReadOnlySpan<char> key, bool first, FoundNameIndex found, Word word)
    {
        if (key.Length < 2 || Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key)) return false;
        if (key.StartsWith(ArabicLetters.Article) && key.Length > 3 && (first || IsAdjective(key))) return true;
        // a coordinated head begins the next body: «جامعة الطائف والإدارة العامة للتعليم» is two
        if (!first && key.StartsWith("وال") && HeadsBySpan.ContainsKey(key[3..])) return false;
        if (!first && (key.StartsWith("وال") || key.StartsWith("لل")) && key.Length > 4) return true;
        // a name inside the institution's name: «جامعة الملك عبدالعزيز», «مستشفى الملك فيصل»
        return found.AnyCovering(word.Start, word.End);
    }

    /// <summary>
    /// Word j, written with لل after a complete institution name, opens a purpose phrase rather than the name's
    /// complement. A definite complement (للتدريب، للإغاثة) takes no genitive after it, so a plain definite noun right
    /// after the word (not an adjective, not a name) makes it ل + an indefinite noun in construct with its object:
    /// «للقاء الوفود». A masdar of the derived forms in ت (تفعّل، تفاعل، تفعيل: التصدي، التعاون) with a prepositional
    /// complement of its own after it is an action the body takes: «للتصدي للأزمة». A feminine definite word after
    /// the لل word may be an adjective (للأمم المتحدة، للقوات المسلحة), so it decides nothing.
    /// </summary>
    /// <param name="isName">Whether a name already found covers the given span.</param>
    internal static bool OpensPurposePhrase(WordTable words, int j, Func<int, int, bool> isName)
    {
        var key = words.Key(j);
        if (j + 1 >= words.Count || words.Words[j + 1].BreakBefore || words.Words[j + 1].NotProse) return false;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(key, readings, minStem: 3, Proclitics.Li | Proclitics.Al);
        int stem = -1;
        // ل + ال, or ل before a noun that itself begins with ل (the segmenter keeps لقاء whole in «للقاء»)
        for (int r = 0; r < n; r++)
            if (readings[r].Proclitics == (Proclitics.Li | Proclitics.Al) || readings[r].Proclitics == Proclitics.Li && key[readings[r].Start] == 'ل')
                stem = readings[r].Start;
        if (stem < 0) return false;
        var after = words.Key(j + 1);
        var next = words.Words[j + 1];
        if (isName(next.Start, next.End)) return false;
        if (after.StartsWith(ArabicLetters.Article) && after.Length > 3 && !IsAdjective(after) && !after.EndsWith("ه")) return true;
        var masdar = key[stem..];
        bool derivedMasdar = masdar.Length is 4 or 5 && masdar[0] == 'ت' && !masdar.EndsWith("ات");
        return derivedMasdar && after.Length > 3 && after[0] == 'ل';
    }

    /// <summary>Word i (a definite head) is followed by a definite adjective and a complement in لل, all without punctuation.</summary>
    private static bool OfficialName(WordTable words, int i)
    {
        if (i + 2 >= words.Count || words.Words[i + 1].BreakBefore || words.Words[i + 2].BreakBefore) return false;
        var adjective = words.Key(i + 1);
        var complement = words.Key(i + 2);
        // the word after the head is a relative adjective (السعودية) or «العامة», not a participle (الغرفة المخصصة للكشف)
        return IsAdjective(adjective) && complement.StartsWith("لل") && complement.Length > 4;
    }

    /// <summary>A definite relative adjective (السوري، الملكي، الشعبية، الأمريكية).</summary>
    private static bool IsAdjective(ReadOnlySpan<char> key) =>
        key.StartsWith(ArabicLetters.Article) && (key.Length > 4 && (key.EndsWith("ي") || key.EndsWith("يه")) || ChainAdjectives.Contains(key));

    // Adjectives of official names that are not relative adjectives: «هيئة التحقيق والادعاء العام», «قوات الطوارئ الخاصة».
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChainAdjectives = NameWords.Set("chain-adjectives").GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, Head> Load()
    {
        var heads = new Dictionary<string, Head>(StringComparer.Ordinal);
        foreach (var row in LexiconReader.ResourceRows(typeof(InstitutionFinder).Assembly, "Marsad.Analysis.Entities.institution-heads.tsv", 3, 3))
        {
            if (!Enum.TryParse<EntityType>(row[1], out var type) || row[2] is not ("adj" or "desc" or "-"))
                throw row.Error("expected head, type (ORG or FAC) and a flag (adj, desc or -)");
            heads[ArabicFolder.Fold(row[0])] = new Head(type, row[2] == "adj", row[2] == "desc");
        }
        return heads;
    }
}
