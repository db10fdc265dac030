using Marsad.Analysis.Pipeline;
using Marsad.Knowledge.Kb;
using Marsad.Text;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Names, entities and nominal references: knowledge-base names over word n-grams (with proclitics), names the
/// optional statistical tagger finds that the KB does not know, surnames and spelling variants of names already
/// found, the credit line's outlets; then titles and roles tied to the entities they point at.
/// </summary>
public sealed class EntityStep : IAnalysisStep
{
    private readonly EntityLexicon _lexicon;
    private readonly INameTagger? _tagger;
    private readonly NameFinder _finder;
    private readonly CommonWordTable _common;

    public EntityStep(INameTagger? tagger = null) : this(null, tagger) { }

    internal EntityStep(EntityLexicon? lexicon, INameTagger? tagger = null)
    {
        _lexicon = lexicon ?? EntityLexicon.Default;
        _tagger = tagger;
        _finder = new NameFinder(_lexicon);
        _common = CommonWordTable.Default;
    }

    public string Name => "entities";
    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence), typeof(ArticleWords), typeof(Paragraph), typeof(Section), typeof(CreditLine)];
    public IReadOnlyList<Type> Optional => [typeof(Quantity), typeof(TimeExpression), typeof(SourceChain), typeof(Boilerplate)];
    public IReadOnlyList<Type> Produces => [typeof(Mention), typeof(Entity)];

    public void Run(Document document)
    {
        string text = document.Text;
        var tokens = document.Layer<Token>();
        var words = new WordTable(text, tokens, ArticleWords.Of(document), document.Layer<CreditLine>(), document.Layer<Boilerplate>());
        var found = _finder.Find(text, words);
        // Outlet furniture («رابط الخبر بصحيفة الوئام:») is not analysed; the outlet it names is the article's, as in a credit line.
        // A credit line's dateline place («سبق- الرياض:») is a place the article names.
        found.RemoveAll(f => words.Words[f.FirstWord].NotProse && (f.KbId is null || EntityLexicon.Kind(f.KbId) != "outlet")
                             && !(words.Words[f.FirstWord].InCredit && f.Type is EntityType.GPE or EntityType.LOC));
        NameConstructs(text, words, found);
        QuotedOutlets(text, found);
        PeopleAfterNationality(words, found);
        var tagged = _tagger?.Tag(text, tokens, document.Layer<Sentence>()) ?? [];
        if (_tagger is not null)
        {
            KeepSupported(text, words, found, tagged);
            InsideLongerPersons(text, words, found, tagged);
        }
        SportsClubs.Add(text, words, found, _lexicon, _tagger, _common);
        OwnNameQuoted(document, words, found);
        if (_tagger is not null) AddTagged(text, words, found, tagged, FiguresAndTimes(document), weak: false);
        InstitutionFinder.Add(text, words, found, _tagger, tagged);
        PlaceCompanies.Apply(words, found, _lexicon);
        UnknownPersonFinder.Add(text, words, found, _lexicon, _tagger, tagged);
        UnknownPlaceFinder.Add(text, words, found, _tagger, _common);
        QuotedOutletNames.Add(text, words, found, _lexicon);
        // the tagger's less sure names fill only the gaps the knowledge base and the finders' rules leave
        if (_tagger is not null) AddTagged(text, words, found, tagged, FiguresAndTimes(document), weak: true);
        GivenNamesBeforeChains(words, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        SurnameAttacher.Attach(text, words, found, _lexicon);
        FamilyNames.Apply(text, words, found, _lexicon);
        var entities = new EntityGatherer(_lexicon.Kb, text);
        foreach (var f in found) entities.Add(f);
        SurnameFinder.Add(text, words, found, entities, _tagger);
        Nicknames.Add(text, words, found, entities, _tagger);
        AddOutlets(document, entities);
        var date = document.Metadata.Published?.Date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        new Coreference(_lexicon, text, words, found, entities, date, document.Metadata.Publisher).Resolve();
        DefiniteDescriptions.Resolve(text, words, found, entities, _lexicon);
        GroupAdjectives.Resolve(text, words, found, entities, _lexicon);
        RoleAppositions.Resolve(words, found, entities, WordsOf(words, entities.References));
        var result = entities.Build();
        var mentions = new List<Mention>();
        foreach (var e in result)
            foreach (var m in e.Mentions) mentions.Add(new Mention(m, e.Type, e.KbId));
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        document.SetLayer(mentions);
        document.SetLayer(result);
    }

    /// <summary>Tagger names the KB did not find (no overlap with a KB name), linked to the KB when their text names a KB entity.</summary>
    /// <param name="weak">False: the names the tagger is sure of; true: the less sure ones <see cref="Weak"/> admits.</param>
    private void AddTagged(string text, WordTable words, List<FoundName> found, IReadOnlyList<TaggedName> tagged, IEnumerable<TextSpan> notNames, bool weak)
    {
        // A word inside a figure or a date («4 مليارات دولار», «شباط/فبراير») is a unit or a month, not a name.
        var taken = new TextCoverage(text.Length, found.Select(f => TextSpan.FromBounds(f.Start, f.End)).Concat(notNames));
        foreach (var t in tagged)
        {
            if (taken.Overlaps(t.Span)) continue;
            int first = FirstEndingAfter(words.Words, t.Span.Start);
            int last = FirstStartingAtOrAfter(words.Words, t.Span.End) - 1;
            if (first == words.Words.Count) first = -1;
            if (first < 0 || last < first || words.Words[first].NotProse) continue;
            // names never cross punctuation (a list «معن الشبانات- عبدالإله الموسى» is two people)
            for (int j = first + 1; j <= last; j++)
                if (words.Words[j].BreakBefore) { last = j - 1; break; }
            if (weak ? t.Confidence >= 0.5f || !Weak(text, words, t, first, last) : t.Confidence < 0.5f) continue;
            int taggedFirst = first;
            // a role phrase the tagger took for a name («خادم الحرمين») names no one; words that cannot begin a name
            // (a title, a common word: «رئاسة الدكتور بريكان الشلوي») are left out of it
            if (t.Type == EntityType.PER && RoleHeads.Contains(words.Key(first))) continue;
            if (t.Type == EntityType.PER)
                while (first < last && !UnknownPersonFinder.CanStartName(words, first, _lexicon, _tagger)) first++;
            // the last word of a name the tagger is sure of stays even where the tagger learned it as a common word
            // (the confidence is the weakest word's, so the tagger read that word inside the name)
            if (t.Type == EntityType.PER)
                while (last > first && (!(t.Confidence >= 0.5f ? UnknownPersonFinder.CanContinueSureName(text, words, last, _lexicon) : UnknownPersonFinder.CanContinueName(text, words, last, _lexicon, _tagger))
                                        && !UnknownPersonFinder.ClosesChain(words, first, last, _lexicon)
                                        || UnknownPersonFinder.NeedsFollower(words.Key(last))))
                    last--;
            // the tagger may stop an Arab name's chain short of its family name («محمد بن عيسى» of «محمد بن عيسى الدباغ»)
            bool extended = false;
            if (t.Type == EntityType.PER && last + 1 < words.Count && UnknownPersonFinder.ClosesChain(words, first, last + 1, _lexicon)
                && !taken.Overlaps(TextSpan.FromBounds(words.Words[last + 1].Start, words.Words[last + 1].End)))
            { last++; extended = true; }
            // an organisation's name ends before a purpose phrase the tagger ran it into («وزارة الخارجية للقاء الوفود»)
            if (t.Type == EntityType.ORG)
                for (int j = first + 2; j <= last; j++)
                    if (InstitutionFinder.OpensPurposePhrase(words, j, (start, end) => taken.Overlaps(TextSpan.FromBounds(start, end)))) { last = j - 1; break; }
            // a title or role noun alone is no one («خادم» of خادم الحرمين الشريفين)
            if (t.Type == EntityType.PER && last == first && (RoleHeads.Contains(words.Key(first)) || _tagger!.IsCommonWord(words.Key(first)))) continue;
            var span = TextSpan.FromBounds(first == taggedFirst ? t.Span.Start : words.Words[first].Start, extended ? words.Words[last].End : Math.Min(t.Span.End, words.Words[last].End));
            // one word that is a nationality adjective after its noun («ونشرت قوات سورية») is the adjective, whatever the tagger reads
            if (last == first && span.Start == words.Words[first].Start && _finder.IsAdjectiveAt(words, first)) continue;
            var key = NameKey.Of(text.Substring(span.Start, span.Length));
            // God in formulas, and currencies and units (اليورو، الدولار) the tagger reads as names, are no entities
            if (Marsad.Knowledge.Names.NotEntities.Contains(key) || Quantities.QuantityLexicon.IsUnitWord(key)) continue;
            string? id = null;
            var type = t.Type;
            // A gazetteer-tail entity of another kind is not what the tagger read («جمال» a person is not Djemmal, Tunisia).
            // a namesake place stays the tagger's local name («كاليفورنيا» is not California, Missouri)
            if (_lexicon.Names.TryGetValue(key, out var hit) && (_lexicon.IsStrong(hit.Id) || Compatible(hit.Type, t.Type)) && !_lexicon.IsNamesake(hit.Id)) { id = hit.Id; type = hit.Type; }
            found.Add(new FoundName(span.Start, span.End, first, last - first + 1, id, type));
            taken.Add(span);
        }
    }

    /// <summary>
    /// Whether a name the tagger is not sure of (confidence under 0.5) may still fill a gap. The tagger's confidence is
    /// the emission margin of its weakest token, so inside a name of several words it is low wherever the sequence, not
    /// the word alone, carries the reading (the family name of «عايض القحطاني», whose own evidence is weak). A person's
    /// name of two words or more within one clause is kept on the sequence's word when none of its words is a common
    /// word (a given name is a name even where it is also a word: صالح، حسام).
    /// </summary>
    private bool Weak(string text, WordTable words, TaggedName t, int first, int last)
    {
        if (t.Type != EntityType.PER || last <= first) return false;
        for (int i = first; i <= last; i++)
        {
            int start = Math.Max(t.Span.Start, words.Words[i].Start), end = Math.Min(t.Span.End, words.Words[i].End);
            if (end <= start) return false;
            var key = NameKey.Of(text.Substring(start, end - start));
            if (key is "بن" or "بنت" or "ابن" or "ابو" or "ال") continue;
            if (UnknownPersonFinder.IsGivenName(key)) continue;
            if (_tagger!.IsCommonWord(key) || _common.IsMostlyCommon(key)) return false;
        }
        return true;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleHeads = NameWords.Set("role-heads").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PressWords = NameWords.Set("press-words").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = NameWords.Set("country-particles").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Stops = NameWords.Set("name-stops").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A one-word outlet name is the newspaper only where a newspaper is meant. Right after an indefinite noun, as
    /// the second term of a construct, it names something else (سوق عكاظ is the market, أكاديمية عكاظ the academy);
    /// after a press noun (صحيفة عكاظ، رئيس تحرير عكاظ), a verb of saying (ذكرت عكاظ), a particle, a clitic (لعكاظ) or
    /// punctuation («عكاظ») it is the outlet.
    /// </summary>
    private static bool InConstruct(string text, WordTable words, FoundName f)
    {
        if (f.WordCount != 1 || f.KbId is not { } id || EntityLexicon.Kind(id) != "outlet") return false;
        int i = f.FirstWord;
        if (i == 0 || words.Words[i].BreakBefore || f.Start != words.Words[i].Start || words.Words[i].NotProse) return false;
        var before = words.Key(i - 1);
        if (before.StartsWith(ArabicLetters.Article) || before.Length < 3 || PressWords.Contains(before) || Particles.Contains(before) || Stops.Contains(before)) return false;
        if (before.Length > 3 && before[0] is 'و' or 'ف' or 'ب' or 'ل' && PressWords.Contains(before[1..])) return false;
        if (Quotes.SpeechCues.Classify(before) is not null) return false;
        // a word in -ة/-ات or a noun pattern is the head; anything else (a verb, an adverb) leaves the outlet alone
        return before.EndsWith("ه") || before.EndsWith("ات") || before.Length >= 3 && !IsVerbLike(before);
    }

    /// <summary>
    /// One-word outlet names in construct (<see cref="InConstruct"/>) are not the outlet. A construct the article
    /// repeats is itself a name (سوق عكاظ, the market, many times over); one said once is left unnamed.
    /// </summary>
    private static void NameConstructs(string text, WordTable words, List<FoundName> found)
    {
        var constructs = found.Where(f => InConstruct(text, words, f)).ToList();
        if (constructs.Count == 0) return;
        found.RemoveAll(f => InConstruct(text, words, f));
        string Key(FoundName f) => string.Concat(words.Key(f.FirstWord - 1), " ", words.Key(f.FirstWord));
        foreach (var group in constructs.GroupBy(Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
            foreach (var f in group)
                found.Add(new FoundName(words.Words[f.FirstWord - 1].Start, f.End, f.FirstWord - 1, 2, null, EntityType.MISC));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// News writing quotes a newspaper's name («علمت «الشرق الأوسط»», «لـ"الرياض"») and not a region's or a city's: a
    /// name quoted on both sides that a news outlet shares with the entity ranked first is the outlet.
    /// </summary>
    private void QuotedOutlets(string text, List<FoundName> found)
    {
        for (int k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.KbId is null || EntityLexicon.Kind(f.KbId) == "outlet" || f.Start == 0 || f.End >= text.Length) continue;
            if (!IsOpeningQuote(text[f.Start - 1]) || !IsClosingQuote(text[f.End])) continue;
            if (_lexicon.SharedOutlets.TryGetValue(NameKey.Of(text.Substring(f.Start, f.End - f.Start)), out var outlet))
                found[k] = f with { KbId = outlet, Type = EntityType.ORG };
        }
    }

    /// <summary>
    /// An outlet names itself in quotation marks when it reports («وعلمت "الوطن"», «وقال لـ"سبق"»): a quoted form that
    /// is one of the publisher's names is the publisher, even a name that is also a word or a city (الوطن، الرياض)
    /// and needs a credit line's cue elsewhere.
    /// </summary>
    private void OwnNameQuoted(Document document, WordTable words, List<FoundName> found)
    {
        var id = document.Source?.Publisher?.Id ?? document.Metadata.Publisher;
        if (id is null || Marsad.Knowledge.Outlets.OutletTable.Default.Find(id) is not { } outlet) return;
        string kbId = "outlet:" + outlet.Id;
        if (_lexicon.Kb.Get(kbId) is null) return;
        var names = outlet.ArabicNames.Select(n => NameKey.Of(n.TrimStart('~'))).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        string text = document.Text;
        for (int i = 0; i < words.Count; i++)
        {
            int start = words.Words[i].Start;
            if (words.Words[i].NotProse || start == 0 || !IsOpeningQuote(text[start - 1])) continue;
            for (int n = 1; n <= 3 && i + n <= words.Count; n++)
            {
                int end = words.Words[i + n - 1].End;
                if (end >= text.Length || !IsClosingQuote(text[end]) || !names.Contains(NameKey.Of(text[start..end]))) continue;
                found.RemoveAll(f => f.Start < end && start < f.End);
                found.Add(new FoundName(start, end, i, n, kbId, EntityType.ORG));
                i += n - 1;
                break;
            }
        }
    }

    /// <summary>
    /// A definite nationality adjective standing as a noun before a name («والروماني سان مارتين», «الفرنسي لويك ريمي»)
    /// introduces a person: a gazetteer-tail place spelled like that person's name (San Martín, a town) is not what is
    /// named, so the link goes and the tagger or the people finder may read the name.
    /// </summary>
    private void PeopleAfterNationality(WordTable words, List<FoundName> found)
    {
        found.RemoveAll(f => f.KbId is { } id && !_lexicon.IsStrong(id) && f.Type is EntityType.GPE or EntityType.LOC or EntityType.FAC
            && f.FirstWord > 0 && !words.Words[f.FirstWord].BreakBefore && f.Start == words.Words[f.FirstWord].Start
            && NationalityNoun(words.Key(f.FirstWord - 1)));
    }

    /// <summary>
    /// A person's name found from the father's name on («عبدالله آل سعود» of «العنود بنت عبدالله آل سعود») begins at the
    /// given name before بن/بنت: the chain is one name, and the father is not the one named.
    /// </summary>
    private void GivenNamesBeforeChains(WordTable words, List<FoundName> found)
    {
        var starts = new HashSet<int>(found.Select(f => f.FirstWord));
        var ends = new HashSet<int>(found.Select(f => f.FirstWord + f.WordCount - 1));
        for (int k = 0; k < found.Count; k++)
        {
            var f = found[k];
            int i = f.FirstWord;
            if (f.Type != EntityType.PER || f.KbId is not null || i < 2 || f.Start != words.Words[i].Start) continue;
            if (words.Words[i].BreakBefore || words.Words[i - 1].BreakBefore || words.Words[i - 1].NotProse || words.Words[i - 2].NotProse) continue;
            if (!words.Key(i - 1).SequenceEqual("بن") && !words.Key(i - 1).SequenceEqual("بنت")) continue;
            if (ends.Contains(i - 2) || starts.Contains(i - 2) || !UnknownPersonFinder.CanStartName(words, i - 2, _lexicon, _tagger)) continue;
            found[k] = f with { Start = words.Words[i - 2].Start, FirstWord = i - 2, WordCount = f.WordCount + 2 };
        }
    }

    private bool NationalityNoun(ReadOnlySpan<char> key)
    {
        if (key.Length > 3 && key[0] is 'و' or 'ف' && key[1..].StartsWith(ArabicLetters.Article)) key = key[1..];
        return key.StartsWith(ArabicLetters.Article) && key.EndsWith("ي") && _lexicon.Adjectives.ContainsKey(key);
    }

    private static bool IsOpeningQuote(char c) => c is '«' or '"' or '“' or '”';
    private static bool IsClosingQuote(char c) => c is '»' or '"' or '”' or '“';

    // Verbs that are no speech cue still start with their person prefix (يقوم، تنشر) or end in a subject suffix (نشرت).
    internal static bool IsVerbLike(ReadOnlySpan<char> key) => key[0] is 'ي' or 'ت' or 'ن' || key.EndsWith("ت") || key.EndsWith("وا");

    /// <summary>The indexes of the words inside the given spans.</summary>
    private static IEnumerable<int> WordsOf(WordTable words, IEnumerable<TextSpan> spans)
    {
        foreach (var s in spans)
            for (int i = FirstEndingAfter(words.Words, s.Start); i < words.Count && words.Words[i].Start < s.End; i++) yield return i;
    }

    // The words are in text order: their starts and their ends both rise.
    private static int FirstEndingAfter(List<Word> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int FirstStartingAtOrAfter(List<Word> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    // Words that say the next word is a place («محافظة الخبر», «مدينة جمال»).
    private static readonly HashSet<string> PlaceWords = NameWords.Set("place-words");

    // Prepositions of place: «في الدمام» is a place where only the dictionary doubts the word.
    private static readonly HashSet<string> PlacePrepositions = NameWords.Set("place-prepositions");

    /// <summary>
    /// Drops the one-word names that are doubtful and have no support. A form supported once in the article is a
    /// name wherever it stands there (one sense per article: «في الدمام» makes the later bare «الدمام» the city).
    /// </summary>
    private void KeepSupported(string text, WordTable words, List<FoundName> found, IReadOnlyList<TaggedName> tagged)
    {
        var byStart = tagged.Where(t => t.Confidence >= 0.5f).OrderBy(t => t.Span.Start).ToArray();
        var reach = SpanSearch.RunningMaxEnds(byStart, t => t.Span);
        var verdicts = found.Select(f => Supported(text, words, f, byStart, reach)).ToArray();
        for (int i = 0; i < found.Count; i++)
            if (verdicts[i] == Support.NotDoubtful && ReadAsAnotherType(found[i], byStart, reach)) verdicts[i] = Support.Unsupported;
        var supported = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < found.Count; i++)
            if (verdicts[i] == Support.Supported && found[i].KbId is { } id) supported.Add(id);
        int k = 0;
        found.RemoveAll(f => verdicts[k++] == Support.Unsupported && !(f.KbId is { } id && supported.Contains(id)));
    }

    /// <summary>
    /// A knowledge-base match inside a longer person's name the tagger reads («كاسترو» of «راؤول كاسترو», «محمد بن عيسى»
    /// of «محمد بن عيسى الدباغ», «روبرت» of «روبرت دوفال») is a piece of that name, not a mention of its own: a person
    /// or a gazetteer-tail entity there gives way, so the tagger's name is read whole. The tagger's name must be one the
    /// step would keep (sure, or a less sure one <see cref="Weak"/> admits); a curated person gives way only to a sure
    /// one («سعود الفيصل» stays in «سعود الفيصل الله» of «رحمه الله»), and states and capitals always stay.
    /// </summary>
    private void InsideLongerPersons(string text, WordTable words, List<FoundName> found, IReadOnlyList<TaggedName> tagged)
    {
        var persons = new List<(TextSpan Span, bool Sure)>();
        foreach (var t in tagged)
        {
            if (t.Type != EntityType.PER) continue;
            int first = FirstEndingAfter(words.Words, t.Span.Start), last = FirstStartingAtOrAfter(words.Words, t.Span.End) - 1;
            if (first >= words.Count || last <= first) continue;
            bool oneClause = true;
            for (int j = first + 1; j <= last; j++) if (words.Words[j].BreakBefore) oneClause = false;
            if (oneClause && (t.Confidence >= 0.5f || Weak(text, words, t, first, last))) persons.Add((t.Span, t.Confidence >= 0.5f));
        }
        if (persons.Count == 0) return;
        found.RemoveAll(f => f.KbId is { } id && (f.Type == EntityType.PER || !_lexicon.IsStrong(id))
                             && persons.Any(p => p.Span.Start <= f.Start && f.End <= p.Span.End && p.Span.Length > f.End - f.Start
                                                 && (p.Sure || !_lexicon.IsStrong(id))));
    }

    private enum Support : byte { NotDoubtful, Supported, Unsupported }

    /// <summary>
    /// A one-word name whose written form is mostly a common word is a name only with support. The form is doubtful
    /// when the learned statistic says so (<see cref="CommonWordTable"/>: ANERcorp-train and the hunspell-ar
    /// dictionary; for a state, a capital or a curated entity only when the evidence is overwhelming), when the tagger
    /// learned it as a common word, when it is a unit word (يورو is the euro), or when it is read by cutting a letter
    /// off a common word (كبيرا is not ك + بيرا). Support is the tagger reading a name of a compatible type over it
    /// (a place for a place: «جامعة» in «جامعة الملك سعود» is an organisation's head, not Djamaa), a place word
    /// before it (محافظة الخبر), or, for a place only the dictionary doubts, a preposition of place (في، من، إلى، بـ).
    /// </summary>
    /// <param name="tagged">The confident tagger names, sorted by start; <paramref name="reach"/> the running maximum of their ends.</param>
    private Support Supported(string text, WordTable words, FoundName f, TaggedName[] tagged, int[] reach)
    {
        // a namesake place is wrong even after a place word («ولاية كاليفورنيا» is the US state, «مدينة كويتا» Quetta)
        if (f.KbId is { } namesake && _lexicon.IsNamesake(namesake)) return Support.Unsupported;
        if (f.WordCount > 1 || f.KbId is null) return Support.NotDoubtful;
        if (!_lexicon.IsStrong(f.KbId) && f.Type != EntityType.PER && ReadsAsAdjective(text, words, f)) return Support.Unsupported;
        var key = NameKey.Of(text.Substring(f.Start, f.End - f.Start));
        var whole = words.Key(f.FirstWord);
        bool unit = Quantities.QuantityLexicon.IsUnitWord(key);
        bool cut = !whole.SequenceEqual(key) && (_tagger!.IsCommonWord(whole) || _common.IsMostlyCommon(whole));
        bool corpus; // the doubt rests on annotated text, not on the dictionary alone
        if (_lexicon.IsStrong(f.KbId))
        {
            if (!_common.IsOverwhelminglyCommon(key)) return Support.NotDoubtful;
            corpus = true;
        }
        else
        {
            corpus = _tagger!.IsCommonWord(key) || key.StartsWith("ال", StringComparison.Ordinal) && _tagger.IsCommonWord(key.AsSpan(2))
                     || _common.IsMostlyCommon(key) && _common.HasCorpusEvidence(key);
            if (!corpus && !unit && !cut && !_common.IsMostlyCommon(key)) return Support.NotDoubtful;
        }
        bool place = f.Type is EntityType.GPE or EntityType.LOC or EntityType.FAC;
        // the tagger reads «اليورو» as a name too: a unit word needs a place word before it
        if (!unit)
            for (int k = SpanSearch.FirstReaching(reach, f.Start); k < tagged.Length && tagged[k].Span.Start < f.End; k++)
                if (f.Start < tagged[k].Span.End && Compatible(f.Type, tagged[k].Type)) return Support.Supported;
        int stripped = f.Start - words.Words[f.FirstWord].Start;
        bool prepositionClitic = stripped > 0 && text.AsSpan(words.Words[f.FirstWord].Start, stripped).IndexOfAny('ب', 'ل') >= 0;
        bool dictionaryOnly = place && !corpus && !unit && !cut;
        if (dictionaryOnly && prepositionClitic) return Support.Supported;
        if (f.FirstWord == 0 || words.Words[f.FirstWord].BreakBefore) return Support.Unsupported;
        if (PlaceWordBefore(words, f)) return Support.Supported;
        var before = words.Key(f.FirstWord - 1);
        return dictionaryOnly && stripped == 0 && PlacePrepositions.Contains(before.ToString()) ? Support.Supported : Support.Unsupported;
    }

    /// <summary>
    /// A one-word gazetteer-tail form that reads as an adjective or adverb of the sentence, not a name: written with
    /// tanwin («منعاً باتاً» is not Bata), or a definite relative adjective right after a definite noun it agrees with
    /// («القنابل الغازية» is not Ghazieh, «القطاع النفطي»). Place names take neither.
    /// </summary>
    internal static bool ReadsAsAdjective(string text, WordTable words, FoundName f)
    {
        var surface = text.AsSpan(words.Words[f.FirstWord].Start, words.Words[f.FirstWord].End - words.Words[f.FirstWord].Start);
        if (surface.IndexOfAny('\u064B', '\u064C', '\u064D') >= 0) return true;
        var key = words.Key(f.FirstWord);
        if (!key.StartsWith(ArabicLetters.Article) || !(key.EndsWith("ي") || key.EndsWith("يه")) || key.Length < 5) return false;
        if (f.FirstWord == 0 || words.Words[f.FirstWord].BreakBefore) return false;
        var before = words.Key(f.FirstWord - 1);
        if (before.Length > 3 && before[0] is 'و' or 'ف' or 'ب' or 'ل' && before[1..].StartsWith(ArabicLetters.Article)) before = before[1..];
        return before.StartsWith(ArabicLetters.Article) && before.Length > 3 && !PlaceWords.Contains(before[2..].ToString());
    }

    /// <summary>A place word right before the name, with or without a proclitic («محافظة الخبر», «بمدينة بيرا»).</summary>
    private static bool PlaceWordBefore(WordTable words, FoundName f)
    {
        if (f.FirstWord == 0 || words.Words[f.FirstWord].BreakBefore) return false;
        var before = words.Key(f.FirstWord - 1);
        return PlaceWords.Contains(before.ToString()) || before.Length > 1 && before[0] is 'و' or 'ف' or 'ب' or 'ل' && PlaceWords.Contains(before[1..].ToString());
    }

    /// <summary>
    /// A gazetteer-tail place the tagger reads, over all its words, as a name of another type and nowhere as a place
    /// («مؤشر ماركيت» the company Markit is not Marquette, Michigan): the link stays off, as for the tagger's own names.
    /// </summary>
    private bool ReadAsAnotherType(FoundName f, TaggedName[] tagged, int[] reach)
    {
        if (f.KbId is not { } id || _lexicon.IsStrong(id) || f.Type is not (EntityType.GPE or EntityType.LOC or EntityType.FAC)) return false;
        bool other = false;
        for (int k = SpanSearch.FirstReaching(reach, f.Start); k < tagged.Length && tagged[k].Span.Start < f.End; k++)
        {
            if (f.Start >= tagged[k].Span.End) continue;
            if (Compatible(f.Type, tagged[k].Type)) return false;
            if (tagged[k].Span.Start <= f.Start && tagged[k].Span.End >= f.End) other = true;
        }
        return other;
    }

    /// <summary>Whether the tagger's type supports a link of this type: places for places, else the same type.</summary>
    private static bool Compatible(EntityType linked, EntityType tagged) =>
        linked is EntityType.GPE or EntityType.LOC or EntityType.FAC ? tagged is EntityType.GPE or EntityType.LOC or EntityType.FAC : linked == tagged;

    private static IEnumerable<TextSpan> FiguresAndTimes(Document document) =>
        document.Layer<Quantity>().Select(q => q.Span).Concat(document.Layer<TimeExpression>().Select(t => t.Span));

    /// <summary>A credit-line name glued to an edition number («سيرياهوم نيوز3») is the name without it.</summary>
    private static TextSpan Trim(string text, TextSpan span)
    {
        int end = span.End;
        while (end > span.Start && (char.IsWhiteSpace(text[end - 1]) || ArabicLetters.IsDigit(text[end - 1]))) end--;
        return TextSpan.FromBounds(span.Start, end);
    }

    /// <summary>The publisher and origin the credit line names are organisations of the article.</summary>
    private static void AddOutlets(Document document, EntityGatherer entities)
    {
        foreach (var party in new[] { document.Source?.Publisher, document.Source?.Origin })
            if (party?.Span is { } whole && Trim(document.Text, whole) is { Length: > 0 } span)
                entities.AddOutlet(party.Id is null ? "outlet:" + party.NameAr : "outlet:" + party.Id, party.Name, party.NameAr, span);
    }
}
