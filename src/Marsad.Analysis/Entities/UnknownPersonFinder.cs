using Marsad.Knowledge.Kb;
using Marsad.Knowledge.Names;
using Marsad.Text;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Entities;

/// <summary>
/// People the knowledge base and the tagger both missed, found where news names people: after a listed given
/// name (قال المتحدث باسم الحركة محمد خرساني في بيان → محمد خرساني), right after a speech verb (وقال يوري
/// بويتشينكو بعد مؤتمر → يوري بويتشينكو) or a person's title (وقال النائب إد رويس), as two to four words that
/// are not common words. Unknown people named in full are the usual speakers of news quotes, so this recall is
/// what lets a quote point at its speaker. One word alone is never taken: سعيد، كريم are given names and common
/// words, and «قال مسؤول» names nobody. Where only the given name says a person is named, the tagger's names (any
/// confidence) must read a person there: given names are words too (رمضان، حسن، أسماء، طالب), and «رمضان يعلمنا»,
/// «حسن نواياها», «أسماء الفائزين» name no one, and the tagger reads no person there.
/// </summary>
internal static class UnknownPersonFinder
{
    private const int MaxFollowing = 3;
    private const int MaxWords = 7;
    private const int MaxWordLength = 128;
    private const int MaxRoleWords = 4;

    // Roles and occupations news puts before a person's full name (الطالب، خبير، المتحدث): context, never a name's word.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup = RoleNouns.Set("role-nouns").GetAlternateLookup<ReadOnlySpan<char>>();

    // Words inside Arab names that are common words elsewhere (عز الدين، خليل الله، ولد الشيخ).
    private static readonly HashSet<string> Linking = NameWords.Linking();

    // Words that end a name whatever the tagger learned: particles, prepositions and time words.
    private static readonly HashSet<string> Stop = NameWords.Set("name-stops");

    // Titles that only people carry and that are not also common words (أمام/إمام، شيخ "old man", رئيس حزب are not
    // here): the words after them name the person.
    private static readonly HashSet<string> PersonTitles = NameWords.Set("person-titles");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>();

    // Linking words that need a name after them (بن، أبو), so never end one.
    private static readonly HashSet<string> NeedFollower = NameWords.NeedFollower();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeedFollowerLookup = NeedFollower.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkingLookup = Linking.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = Stop.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Add(string text, WordTable words, List<FoundName> found, EntityLexicon lexicon, INameTagger? tagger, IReadOnlyList<TaggedName> tagged)
    {
        var taggedPersons = tagger is null ? null : new TextCoverage(text.Length, tagged.Where(t => t.Type == EntityType.PER).Select(t => t.Span));
        var covered = new bool[words.Count];
        foreach (var f in found) for (int k = 0; k < f.WordCount; k++) covered[f.FirstWord + k] = true;
        for (int i = 0; i + 1 < words.Count; i++)
        {
            var w = words.Words[i];
            if (covered[i] || w.NotProse || w.FoldLength > MaxWordLength) continue;
            if (i > 0 && covered[i - 1] && !w.BreakBefore) continue; // a longer name the others found ends here
            int stripped = IsPrepositionAla(text, w, words.Key(i)) ? -1 : GivenNameReading(words.Key(i));
            if (stripped < 0 && !((AfterSpeechVerb(words, i) || AfterPersonTitle(words, i)) && Continues(words.Key(i), lexicon, tagger))
                && !RoleThenFamilyName(text, words, i, lexicon, tagger)) continue;
            bool givenName = stripped >= 0;
            stripped = Math.Max(stripped, 0);
            int last = i, content = 0;
            bool linked = false;
            for (int j = i + 1; j <= i + MaxWords && j < words.Count; j++)
            {
                // the links of a chain (بن، آل، عبد) do not count: «صالح بن عبدالرحمن صالح القشعمي» is one name
                // (and a chain with links may carry one more: «أحمد فايع أحمد آل طالع العسيري»)
                if (LinkingLookup.Contains(words.Key(j))) linked = true;
                else if (++content > MaxFollowing + (linked ? 1 : 0)) break;
                var next = words.Words[j];
                if (j == i + 1 && givenName && !covered[j] && !next.BreakBefore && IsNisbaAfterRole(words, i, lexicon))
                {
                    last = j;
                    break;
                }
                if (covered[j] || next.BreakBefore || next.NotProse || IsPrepositionAla(text, next, words.Key(j))
                    || !Continues(words.Key(j), lexicon, tagger) && !ClosesChain(words, i, j, lexicon)
                    || !LooksLikeNameWord(words.Key(j), text.AsSpan(next.Start, next.End - next.Start))) break;
                // the family name after آل closes the chain but for a nisba (آل طالع العسيري); a given name after it
                // begins the next phrase («حمد آل الشيخ أسماء الفائزين»)
                if (j >= i + 2 && words.Key(j - 2) is "ال" && !words.Key(j).StartsWith(ArabicLetters.Article)) break;
                last = j;
            }
            while (last > i && NeedFollowerLookup.Contains(words.Key(last))) last--;
            if (last == i) continue;
            // a given name with no speech verb, title or role before it is often a word (رمضان يعلمنا، حسن نواياها،
            // أسماء الفائزين): where the tagger runs, it must read a person over the name too
            if (givenName && taggedPersons is not null && !AfterSpeechVerb(words, i) && !AfterPersonTitle(words, i) && !AfterRole(words, i)
                && !taggedPersons.Overlaps(TextSpan.FromBounds(w.Start, words.Words[last].End))) continue;
            int start = stripped == 0 ? w.Start : words.SourceAfter(text, i, stripped);
            int end = words.Words[last].End;
            var key = NameKey.Of(text.AsSpan(start, end - start).ToString());
            string? id = null;
            var type = EntityType.PER;
            if (lexicon.Names.TryGetValue(key, out var hit)) { id = hit.Id; type = hit.Type; }
            found.Add(new FoundName(start, end, i, last - i + 1, id, type));
            for (int k = i; k <= last; k++) covered[k] = true;
            i = last;
        }
    }

    /// <summary>
    /// Whether word j can be a word of a person's name after its first: not a common word, stop word, title or
    /// adjective, and not of a shape names rarely have (a preposition before a noun, a conjunction, tanween). The
    /// tagger's person spans are trimmed with it («أحمد الصفحي فبيّن» is Ahmed al-Safhi; «نواف بن فيصل لأمير» ends at فيصل).
    /// </summary>
    public static bool CanContinueName(string text, WordTable words, int j, EntityLexicon lexicon, INameTagger? tagger)
    {
        var w = words.Words[j];
        var key = words.Key(j);
        return key.Length <= MaxWordLength && !IsPrepositionAla(text, w, key) && Continues(key, lexicon, tagger)
               && LooksLikeNameWord(key, text.AsSpan(w.Start, w.End - w.Start));
    }

    /// <summary>
    /// Whether word j can end a name the tagger is sure of over all its words: as <see cref="CanContinueName"/>, but a
    /// word the tagger learned as a common word stays, since the tagger read this one inside the name (الحربي "military"
    /// is the family name of «وائل الحربي», and «بلان» is not ب + لان). Stop words, titles, nationality adjectives and
    /// the shapes names do not have still end it.
    /// </summary>
    public static bool CanContinueSureName(string text, WordTable words, int j, EntityLexicon lexicon)
    {
        var w = words.Words[j];
        var key = words.Key(j);
        return key.Length <= MaxWordLength && !IsPrepositionAla(text, w, key) && Continues(key, lexicon, tagger: null)
               && LooksLikeNameWord(key, text.AsSpan(w.Start, w.End - w.Start));
    }

    /// <summary>Whether a folded word is a linking word that needs a name after it (بن، أبو, عبد), so never ends a name.</summary>
    public static bool NeedsFollower(ReadOnlySpan<char> key) => NeedFollowerLookup.Contains(key);

    /// <summary>Folding reads the preposition على as the name علي; the written alef maqsura tells them apart.</summary>
    private static bool IsPrepositionAla(string text, Word word, ReadOnlySpan<char> key) =>
        text[word.End - 1] == ArabicLetters.AlefMaksura && key.EndsWith("علي");

    /// <summary>How many leading letters (a conjunction و or ف) precede a given name in this word; -1 when it is none.</summary>
    private static int GivenNameReading(ReadOnlySpan<char> key)
    {
        if (GivenNames.Contains(key)) return 0;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int count = ProcliticReader.Read(key, readings, 3, Proclitics.Wa | Proclitics.Fa);
        for (int r = 1; r < count; r++)
            if (GivenNames.Contains(key[readings[r].Start..])) return readings[r].Start;
        return -1;
    }

    /// <summary>Whether the word is a given name, alone or after a conjunction (محمد، وأحمد).</summary>
    public static bool IsGivenName(ReadOnlySpan<char> key) => GivenNameReading(key) >= 0;

    /// <summary>Word i directly follows a speech verb (قال، أضاف، أكدت) or an attribution (بحسب، وفق), not a participle
    /// (مجدداً لإتاحة الفرص), and does not begin with the article.</summary>
    private static bool AfterSpeechVerb(WordTable words, int i) =>
        i > 0 && !words.Words[i].BreakBefore && !words.Key(i).StartsWith(ArabicLetters.Article) && words.Key(i - 1) is var cue
        && Quotes.SpeechCues.Classify(cue) is Quotes.CueForm.Verb or Quotes.CueForm.Attribution && !Quotes.SpeechCues.IsMasdar(cue);

    /// <summary>Word i directly follows a title that only people carry (النائب، السفير، العميد، اللاعب) and does not
    /// begin with the article: «وقال النائب إد رويس».</summary>
    private static bool AfterPersonTitle(WordTable words, int i) =>
        i > 0 && !words.Words[i].BreakBefore && !words.Key(i).StartsWith(ArabicLetters.Article) && TitleLookup.Contains(words.Key(i - 1));

    /// <summary>Word i directly follows a role noun or title, or a description that one heads and definite words or
    /// constructs complete: «الطالب مقبول», «خبير الطب النفسي نعيم», «خبير علم الاجتماع نعيم».</summary>
    private static bool AfterRole(WordTable words, int i)
    {
        if (i == 0 || words.Key(i).StartsWith(ArabicLetters.Article)) return false;
        for (int k = i - 1; k >= 0 && k >= i - MaxRoleWords; k--)
        {
            if (words.Words[k + 1].BreakBefore || words.Words[k].NotProse) return false;
            var key = words.Key(k);
            if (RoleLookup.Contains(key) || TitleLookup.Contains(key)) return true;
            // definite words complete the description, and an indefinite word heads a construct with the one after it
            // (خبير علم الاجتماع)
            bool completes = key.StartsWith(ArabicLetters.Article) || k + 1 < i && words.Key(k + 1).StartsWith(ArabicLetters.Article);
            if (!completes || StopLookup.Contains(key)) return false;
        }
        return false;
    }

    /// <summary>
    /// A given name whose family name is a nisba that is also a nationality adjective («نعيم العراقي», «سعد
    /// المصري»), read as a name only where a role, title or speech verb says a person is named next: elsewhere the
    /// adjective describes the word before it.
    /// </summary>
    private static bool IsNisbaAfterRole(WordTable words, int i, EntityLexicon lexicon)
    {
        var key = words.Key(i + 1);
        return key.StartsWith(ArabicLetters.Article) && key.Length >= 5 && key[^1] == 'ي' && lexicon.Adjectives.ContainsKey(key)
               && !words.Words[i + 1].NotProse && (AfterRole(words, i) || AfterPersonTitle(words, i) || AfterSpeechVerb(words, i));
    }

    /// <summary>
    /// After a role noun or title, an indefinite word followed by a definite word that is no common word, title or
    /// adjective is a given name the list lacks and a family name («الطالب مقبول العلياني»): the family name
    /// vouches for the given name, which may be a common word elsewhere (مقبول "accepted").
    /// </summary>
    private static bool RoleThenFamilyName(string text, WordTable words, int i, EntityLexicon lexicon, INameTagger? tagger)
    {
        if (tagger is null || i + 1 >= words.Count || !AfterRole(words, i)) return false;
        var first = words.Key(i);
        var w = words.Words[i];
        if (first.Length < 3 || !ArabicLetters.IsLetter(first[0]) || Possessed(first) || StopLookup.Contains(first) || Titles.Lookup.ContainsKey(first)
            || lexicon.Adjectives.ContainsKey(first) || LinkingLookup.Contains(first) || RoleLookup.Contains(first) || TitleLookup.Contains(first)
            || !LooksLikeNameWord(first, text.AsSpan(w.Start, w.End - w.Start))) return false;
        var next = words.Words[i + 1];
        var family = words.Key(i + 1);
        return !next.BreakBefore && !next.NotProse && family.StartsWith(ArabicLetters.Article) && family.Length >= 5
               && !RoleLookup.Contains(family) && !TitleLookup.Contains(family) && Continues(family, lexicon, tagger)
               && LooksLikeNameWord(family, text.AsSpan(next.Start, next.End - next.Start));
    }

    /// <summary>
    /// Shapes that names after the first word rarely have: a conjunction (وأسامة starts the next name), a
    /// preposition before the article or a noun (بمحافظة، بمصاحبة، للمنتخب), an adverbial tanween (تحديداً) or a
    /// dual or plural pronoun (برامجهما).
    /// </summary>
    private static bool LooksLikeNameWord(ReadOnlySpan<char> key, ReadOnlySpan<char> surface)
    {
        if (LinkingLookup.Contains(key)) return true;
        if (key.Length > 3 && key[0] == 'و') return false;
        if (key.StartsWith("بال") || key.StartsWith("لل") || key.StartsWith("كال") || key.Length > 4 && key[0] == 'ب' && key[1] == 'م') return false;
        if (surface.Contains('\u064B') || key.EndsWith("هما") || key.EndsWith("كما")) return false;
        return true;
    }

    private static bool Continues(ReadOnlySpan<char> key, EntityLexicon lexicon, INameTagger? tagger)
    {
        if (key.Length < 2 || !ArabicLetters.IsLetter(key[0])) return false;
        // A given name inside a name is a father's or grandfather's name (محمد علي، أحمد حسن), common word or not.
        if (LinkingLookup.Contains(key) || GivenNames.Contains(key)) return true;
        if (StopLookup.Contains(key) || Titles.Lookup.ContainsKey(key) || lexicon.Adjectives.ContainsKey(key)) return false;
        return tagger is null || !IsCommonWord(key, tagger);
    }

    /// <summary>
    /// Whether a folded word is a common word the tagger learned, alone or behind proclitics the segmenter reads
    /// (ليتم = ل + يتم، والالتزام = و + الالتزام، بقواعد = ب + قواعد): a clitic does not make a common word a name.
    /// </summary>
    public static bool IsCommonWord(ReadOnlySpan<char> key, INameTagger tagger)
    {
        if (tagger.IsCommonWord(key)) return true;
        if (tagger.IsNameWord(key)) return false;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(key, readings, 3);
        for (int r = 1; r < n; r++)
            if (tagger.IsCommonWord(key[readings[r].Start..]) || readings[r].IsDefinite && tagger.IsCommonWord(key[readings[r].NameStart..]))
                return true;
        return false;
    }

    /// <summary>Whether word i can begin a person's name: a given name, or a word that is no common word, stop word,
    /// title or adjective (the tagger's «رئاسة الدكتور بريكان الشلوي» begins at بريكان).</summary>
    public static bool CanStartName(WordTable words, int i, EntityLexicon lexicon, INameTagger? tagger) =>
        words.Key(i) is var key && key.Length <= MaxWordLength && !Possessed(key)
        && (GivenNameReading(key) >= 0 || !LinkingLookup.Contains(key) && (Continues(key, lexicon, tagger) || BeforeFiliation(words, i)));

    /// <summary>A noun with a possessive pronoun of the third person plural or feminine («نطاقها», «رئيسهم») begins no name.</summary>
    private static bool Possessed(ReadOnlySpan<char> key) => key.Length >= 5 && (key.EndsWith("ها") || key.EndsWith("هم") || key.EndsWith("هما"));

    /// <summary>
    /// An Arab name's chain ends on the family name, whatever else the word spells («محمد بن عيسى الدباغ», «عبدالرحمن بن
    /// سعيد بن محمد الجمعة», «محمد عبدالعزيز محمد القصير», «أحمد بن علي آل مريع»): the word after آل, or a definite word
    /// right after a given name of a chain that has بن/بنت or three given names. Stop words, titles and nationality
    /// adjectives still end the name.
    /// </summary>
    public static bool ClosesChain(WordTable words, int first, int j, EntityLexicon lexicon)
    {
        if (j <= first || j >= words.Count || words.Words[j].BreakBefore || words.Words[j].NotProse) return false;
        var key = words.Key(j);
        if (key.Length is < 3 or > MaxWordLength || !ArabicLetters.IsLetter(key[0])) return false;
        if (StopLookup.Contains(key) || Titles.Lookup.ContainsKey(key) || lexicon.Adjectives.ContainsKey(key) || TitleLookup.Contains(key)) return false;
        var before = words.Key(j - 1);
        if (before is "ال") return !NeedFollowerLookup.Contains(key);
        if (!key.StartsWith(ArabicLetters.Article) || key.Length < 5 || !GivenNames.Contains(before)) return false;
        int given = 0;
        for (int k = first; k < j; k++)
        {
            var w = words.Key(k);
            if (Filiation.Contains(w)) return true;
            if (GivenNames.Contains(w)) given++;
        }
        return given >= 3;
    }

    /// <summary>A word right before بن/بنت is a name by the chain's structure (لبيد بن ربيعة), whatever else it spells.</summary>
    private static bool BeforeFiliation(WordTable words, int i) =>
        i + 1 < words.Count && !words.Words[i + 1].BreakBefore && Filiation.Contains(words.Key(i + 1));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Filiation = NameWords.Set("filiation").GetAlternateLookup<ReadOnlySpan<char>>();
}
