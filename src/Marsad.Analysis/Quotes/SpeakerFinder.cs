using Marsad.Text;

namespace Marsad.Analysis.Quotes;

/// <summary>Who a quote's cue names, before carrying over: an entity, an unnamed source, nobody written, or unknown words.</summary>
internal readonly record struct SpeakerGuess(string? Id, string? Kind, bool Implicit, bool IsPerson = false, int Description = -1, bool IsOutlet = false)
{
    /// <summary>
    /// The person a body speaks through («وأكدت الإمارة على لسان متحدثها … زعلة»): the verb agrees with the body, so
    /// its gender says nothing of the person.
    /// </summary>
    public bool ThroughBody { get; init; }

    /// <summary>
    /// A definite description that is no source word («اللاعب الغاني»، «الدفاع») points back at whoever spoke before
    /// only when that speaker was described by its head word (token <paramref name="head"/>) before; a source word
    /// («المسؤول الإيراني»، «المصدر») fits any speaker before.
    /// </summary>
    public static SpeakerGuess PreviousDescribedBy(int head) => Previous with { Description = head };

    public static readonly SpeakerGuess None = new(null, null, true);
    /// <summary>
    /// An office written without its holder's name («وأكد سفير خادم الحرمين»، «المندوب الدائم للمملكة»): the person
    /// speaking before, when a person was speaking, else nobody.
    /// </summary>
    public static readonly SpeakerGuess OfficeHolder = new(null, "office", true);

    /// <summary>
    /// A spokesman's office written without his name («الناطق الإعلامي بشرطة المنطقة الشرقية»): the person speaking
    /// before when a person was (the spokesman named earlier), else the body he speaks for.
    /// </summary>
    public static SpeakerGuess SpokesmanOf(Entity body) => Named(body) is { Id: not null } b ? b with { Kind = "office", Implicit = true } : OfficeHolder;

    /// <summary>The body a spokesman's office speaks for, when no person is speaking before.</summary>
    public SpeakerGuess Body => Id is null ? Unknown : this with { Kind = "named", Implicit = false };
    /// <summary>A definite description that names no entity («المصدر»، «المسؤول الإيراني»): whoever spoke before.</summary>
    public static readonly SpeakerGuess Previous = new(null, "previous", true);

    /// <summary>
    /// A spokesman named by his office alone («وذكر المتحدث الأمني»): whoever spoke before, a person or the body he
    /// speaks for («في بيان وزارة الداخلية … أعلن فيه»).
    /// </summary>
    public static readonly SpeakerGuess PreviousOrBody = new(null, "previous-or-body", true);
    public static readonly SpeakerGuess Unknown = new(null, null, false);
    /// <summary>A report or study with no issuer written: the body or state speaking before, never a person.</summary>
    public static readonly SpeakerGuess Document = new(null, "document", true);
    /// <summary>
    /// The same with the article («التقرير»، «الإحصائيات»): a document already known, which a person named before it
    /// in its sentence may be citing.
    /// </summary>
    public static readonly SpeakerGuess DefiniteDocument = new(null, "definite-document", true);
    public static readonly SpeakerGuess Anonymous = new(null, "anonymous", false);
    /// <summary>
    /// The entity speaks, unless it is a place that cannot: a city, region or landmark («أمانة نجران» speaks, «نجران»
    /// does not; a state does, «أعلنت الكويت»). The guess then stops with no speaker rather than a wrong one.
    /// </summary>
    public static SpeakerGuess Named(Entity e) =>
        CannotSpeak(e) ? Place : new(e.Id, "named", false, e.Type == EntityType.PER, IsOutlet: e.KbId?.StartsWith("outlet:", StringComparison.Ordinal) == true);

    // A place the knowledge base knows is no state (a city, a province, a landmark), or an unlinked region or building.
    private static bool CannotSpeak(Entity e) =>
        e.KbId is { } kb ? e.Type is EntityType.GPE or EntityType.LOC or EntityType.FAC && !IsState(kb) : e.Type is EntityType.LOC or EntityType.FAC;

    /// <summary>A place read where a speaker was expected: no speaker, and no search further back.</summary>
    private static readonly SpeakerGuess Place = new(null, "place", false);

    /// <summary>The kind the analysis reports (named, anonymous, or null when no speaker is known).</summary>
    public string? ReportedKind => Kind is "named" or "anonymous" ? Kind : null;

    private static bool IsState(string kbId) => kbId.Length == 2 || kbId.StartsWith("hist:", StringComparison.Ordinal);
    public bool Found => Id is not null || Kind is "named" or "anonymous" or "place";
}

/// <summary>
/// Reads the subject of a speech cue: «قال لافروف», «أعلنت روسيا، اليوم، أنها», «قال مصدر مطلع»,
/// «قال وزير الخارجية الروسي، سيرغي لافروف،», «نقلت رويترز عن مسؤول», or nothing («وقال:», «وأضاف أن»).
/// Names and titles resolve through the entity layer (mentions and references).
/// </summary>
internal sealed class SpeakerFinder(ArticleWords words, EntityIndex entities, Func<int, bool> isShortQuotationAt)
{
    private const int MaxSubjectTokens = 12;

    /// <summary>Titles only people carry (الدكتور، المهندس, Entities/Data/name-words.tsv): a name follows them.</summary>
    private static readonly HashSet<string> PersonTitles = Entities.NameWords.Set("person-titles");

    /// <summary>The subject written after the cue at token <paramref name="cue"/> (which spans <paramref name="cueEnd"/> tokens).</summary>
    public SpeakerGuess AfterCue(int cue, int cueEnd)
    {
        // «وقيل إنّ»: said by someone the article does not name
        if (SpeechCues.IsPassive(words.Keys[cue])) return SpeakerGuess.Anonymous;
        int last = words.SentenceLast(cue);
        int t = cueEnd + 1;
        // «نقلت وكالة رويترز عن مصدر»: the speaker is whoever the report is taken from.
        if (SpeechCues.IsNaql(words.Keys[cue]))
        {
            for (int k = t; k <= Math.Min(last, t + 6); k++)
                if (words.Keys[k] == QuoteWords.An) { t = k + 1; break; }
        }
        int beforeFillers = t;
        t = SkipFillers(t, last);
        // «يعتقد 80 في المائة من الشيعة»: a number right after the cue counts people, an unnamed group.
        if (t <= last && t > beforeFillers && words.Tokens[t - 1].Kind == TokenKind.Number && !words.IsComma(t - 1)
            && (QuoteWords.Prepositions.Contains(words.Keys[t]) || words.Tokens[t].Kind == TokenKind.Punctuation && words.Text[words.Tokens[t].Start] == '%'))
            return SpeakerGuess.Anonymous;
        // «وأكد د. البار»: an abbreviated title (د.، م.، أ.) before the name.
        while (t + 1 <= last && words.IsAbbreviationDot(t + 1)) t += 2;
        // «وقال "ولد الشيخ أحمد": …»: the name may sit in quotation marks.
        if (t < last && words.IsMark(t) && isShortQuotationAt(words.Tokens[t].Start)) t++;
        if (t > last) return SpeakerGuess.None;
        string key = words.Keys[t];
        if (!words.IsWord(t) || words.IsMark(t)) return SpeakerGuess.None;
        // «وقال له الوزير»، «وأكد فيها الادعاء على أنّ»: a preposition with a pronoun stands between the verb and a
        // subject that may follow it, definite or a name; an indefinite noun there is the object («يؤكدون فيها عزم
        // إيران»), and a plural verb has its subject before it
        if (QuoteWords.PronounPrepositions.Contains(key))
        {
            t = SkipFillers(t + 1, last);
            if (t > last || !words.IsWord(t) || words.IsMark(t) || SpeechCues.IsPluralVerb(words.Keys[cue])) return SpeakerGuess.None;
            key = words.Keys[t];
            if (!key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && entities.At(words.Tokens[t].Start, words.Tokens[t].End) is null)
                return SpeakerGuess.None;
        }
        if (QuoteWords.IsComplementizer(key, out _) || IsPrepositionAt(t)
            || QuoteWords.ComplementizerPrepositions.Contains(key) && !NameStartsAt(t) || SpeechCues.Classify(key) is not null
            || key.StartsWith("لل", StringComparison.Ordinal) && entities.At(words.Tokens[t].Start, words.Tokens[t].End) is null)
            return SpeakerGuess.None;
        return ThroughSpokesman(NounPhrase(t, last), t, last);
    }

    /// <summary>
    /// Whether token <paramref name="t"/> is a preposition, not a name that folds like one: folding reads «على» as
    /// the given name «علي», so «صرح علي رضا ناطقي» is a name where the entity layer starts a person there.
    /// </summary>
    private bool IsPrepositionAt(int t) => QuoteWords.Prepositions.Contains(words.Keys[t]) && !NameStartsAt(t);

    private bool NameStartsAt(int t) => entities.FirstPersonNamedIn(words.Tokens[t].Start, words.Tokens[t].Start + 1) is not null;

    /// <summary>
    /// «وأكدت الإمارة على لسان متحدثها الرسمي … علي بن موسى زعلة أنّ»: a body that speaks through the mouth of a
    /// person named after «على لسان» is that person speaking. Other guesses are returned as they are.
    /// </summary>
    private SpeakerGuess ThroughSpokesman(SpeakerGuess g, int t, int last)
    {
        if (g.Id is null || g.IsPerson) return g;
        for (int k = t + 1; k < Math.Min(last, t + MaxSubjectTokens); k++)
        {
            if (QuoteWords.IsComplementizer(words.Keys[k], out _) || words.IsColon(k)) return g;
            if (!QuoteWords.ThroughMouth.Contains(words.Keys[k] + "_" + words.Keys[k + 1])) continue;
            int stop = k + 2;
            while (stop <= last && stop <= k + 2 + MaxSubjectTokens && !QuoteWords.IsComplementizer(words.Keys[stop], out _) && !words.IsColon(stop)) stop++;
            return entities.FirstPersonNamedIn(words.Tokens[k + 1].End, words.Tokens[Math.Min(stop, last)].Start) is { } person
                ? SpeakerGuess.Named(person.Entity) with { ThroughBody = true } : g;
        }
        return g;
    }

    /// <summary>The speaker named by the noun phrase starting at token <paramref name="t"/>.</summary>
    public SpeakerGuess NounPhrase(int t, int last)
    {
        var tok = words.Tokens[t];
        if (entities.At(tok.Start, tok.End) is { } first)
        {
            // «أكد وزير الخارجية محمد جواد ظريف»: a title followed by the name is the named person, whoever the
            // title alone would point at.
            if (!entities.IsMentionAt(tok.Start, tok.End))
            {
                int headEnd = HeadEnd(t, last);
                if (entities.FirstPersonNamedIn(tok.End, words.Tokens[headEnd].End) is { } titled)
                    return SpeakerGuess.Named(titled.Entity);
                // «وزير الطاقة الإسرائيلي يوفال شتاينتز»: a name the entity layer did not find follows the title;
                // whoever the title alone would point at is not the one speaking
                if (entities.SpanAt(tok.Start, tok.End) is { } title && NameFollows(title.End, headEnd))
                    return SpeakerGuess.Unknown;
            }
            return SpeakerGuess.Named(first);
        }
        string key = words.Keys[t];
        // «وأوضح كل من أحمد الجابري وفهد الشيخي»: the first person named speaks for the group
        if (t + 2 <= last && QuoteWords.EachOf.Contains(key + "_" + words.Keys[t + 1])
            && entities.FirstPersonNamedIn(words.Tokens[t + 2].Start, words.Tokens[t + 2].End) is { } firstNamed)
            return SpeakerGuess.Named(firstNamed.Entity);
        if (QuoteWords.Statements.Contains(key))
        {
            // «بيان صادر عن مكتب …» speaks for the body that issued it; «البيان» for whoever issued it before.
            for (int k = t + 1; k <= Math.Min(last, t + 4); k++)
                if (QuoteWords.IssuerPrepositions.Contains(words.Keys[k]) && IssuerAfter(k + 1, last) is { } issuer)
                    return SpeakerGuess.Named(issuer);
            // «بيان البيت الأبيض»، «تقرير وزارة الصحة»: the issuer in construct right after the document
            if (t + 1 <= last && !key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal)
                && entities.At(words.Tokens[t + 1].Start, words.Tokens[t + 1].End) is { } owner && entities.IsMentionAt(words.Tokens[t + 1].Start, words.Tokens[t + 1].End))
                return SpeakerGuess.Named(owner);
            // «وقال التقرير»، «وكشفت الدراسة»: a body that spoke before issued it, not the expert quoted before
            return !QuoteWords.Studies.Contains(key) ? SpeakerGuess.None
                : key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) ? SpeakerGuess.DefiniteDocument : SpeakerGuess.Document;
        }
        // «وبين معاليه»: the honorific stands for the person speaking before, as an office alone does.
        if (QuoteWords.HonorificPronouns.Contains(key)) return SpeakerGuess.OfficeHolder;
        int end = PhraseEnd(t, last);
        var start = tok.Start;
        var stop = words.Tokens[end].End;
        // «نصف الذين شملهم الاستطلاع», «معظم السكان»: a counted group speaks, unnamed.
        if (QuoteWords.IsQuantifier(key)) return SpeakerGuess.Anonymous;
        if (QuoteWords.IsRoleHead(key) && RoleHolder(t, end) is { } holder) return holder;
        var person = entities.FirstIn(start, stop, e => e.Type == EntityType.PER);
        if (person is { } p) return SpeakerGuess.Named(p.Entity);
        if (QuoteWords.IsAnonymousSpeaker(key))
        {
            // «المتحدث باسم الخارجية» speaks for the body; «مصدر في الوزارة» stays unnamed.
            for (int k = t + 1; k <= end; k++)
            {
                // «المتحدث باسمه»: a spokesman for someone named before, himself unnamed.
                if (QuoteWords.OnBehalfPronouns.Contains(words.Keys[k])) return SpeakerGuess.Anonymous;
                // «وقال المتحدث باسم الوزارة انيل ساكسين»: a name the entity layer did not find after the body is
                // the spokesman himself, unknown, not the body
                if (QuoteWords.IsOnBehalfOf(words.Keys[k]) && entities.FirstIn(words.Tokens[k].End, stop) is { } body)
                    return NameFollows(body.Span.End, HeadEnd(t, last)) || OtherNameFollows(body, HeadEnd(t, last))
                        ? SpeakerGuess.Unknown : SpeakerGuess.Named(body.Entity);
            }
            // «المصدر»، «المسؤول الإيراني»: the definite article points back at a speaker already introduced.
            // So does a construct «متحدث الخارجية الباكستانية» (the noun is made definite by the one after it).
            // «النائب إد رويس»: a title followed by words without the article is a title and a name (which the
            // entity layer did not find), not a reference back.
            if (key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && t + 1 <= end && words.IsWord(t + 1)
                && !words.Keys[t + 1].StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && !QuoteWords.IsOnBehalfOf(words.Keys[t + 1]))
                return SpeakerGuess.Unknown;
            // Plurals («المسؤولون بالإدارة») bring in a new unnamed group.
            bool definite = key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal)
                || t + 1 <= end && words.Keys[t + 1].StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && !QuoteWords.IsAnonymousSpeaker(words.Keys[t + 1]);
            // «خبير الطب النفسي نعيم العراقي»: a name the entity layer did not find follows the description
            if (definite && NameAfterDescription(t, HeadEnd(t, last))) return SpeakerGuess.Unknown;
            return !definite || QuoteWords.IsPlural(key) ? SpeakerGuess.Anonymous
                : QuoteWords.IsSpokesman(key) ? SpeakerGuess.PreviousOrBody : SpeakerGuess.Previous;
        }
        // Other entities count only in the head of the phrase, before any comma: «جيف ديفيز، متحدث باسم البنتاغون»
        // is Davis even when the name was not found, never the Pentagon.
        int head = t;
        while (head + 1 <= end && !words.IsComma(head + 1)) head++;
        var any = entities.FirstIn(start, words.Tokens[head].End);
        if (any is null && key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && key.Length > 3
            && (entities.LastStartingWith(words.Text, key[2..], tok.Start) ?? entities.LastIntroducedBy(words.Text, key[2..], tok.Start)) is { } named)
            return SpeakerGuess.Named(named); // «وأضاف المكتب» after «مكتب رئيس الوزراء», «وأوضحت الشركة» after «شركة اتحاد اتصالات»
        if (any is { } a) return SpeakerGuess.Named(a.Entity);
        // «وأضاف الناصر» after «عبدالعزيز الناصر»: a family name with the article, written alone, is the person named
        // with it before (the entity layer does not always repeat a surname as a mention)
        if (any is null && head == t && key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal)
            && !Ner.PerceptronNameTagger.Default.IsCommonWord(key)
            && entities.LastPersonNamedWith(words.Text, key, tok.Start) is { } bearer)
            return SpeakerGuess.Named(bearer);
        // «أشار تسيبراس إلى»: a word without the article that the name tagger did not learn as a common word is a
        // name the entity layer missed: a short form of a person named earlier («عبدالهادي» after «عبدالهادي
        // نيازي»), else nobody known, certainly not the speaker before.
        if (!key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && words.Tokens[t].Kind == TokenKind.ArabicWord
            && !Ner.PerceptronNameTagger.Default.IsCommonWord(key))
            return entities.LastPersonNamedWith(words.Text, key, tok.Start) is { } earlier ? SpeakerGuess.Named(earlier) : SpeakerGuess.Unknown;
        // «خبير الطب النفسي نعيم العراقي»: words after the description read as a name the entity layer did not
        // find; the speaker is someone new, not the one before.
        if (NameAfterDescription(t, head)) return SpeakerGuess.Unknown;
        // A description that names no entity («رئيس الدبلوماسية الإيرانية») is read as the speaker before; one with the
        // article («الدفاع»، «اللاعب») only when it described them.
        return key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) ? SpeakerGuess.PreviousDescribedBy(t) : SpeakerGuess.Previous;
    }

    /// <summary>
    /// The body that issued a statement, named at token <paramref name="k"/> after عن، من or ل, or at the end of the
    /// construct it closes («الصادرة من مكتب مدير وزارة المالية»: the ministry); null when the words name nobody.
    /// </summary>
    private Entity? IssuerAfter(int k, int last)
    {
        for (int j = k; j <= Math.Min(last, k + MaxIssuerConstruct); j++)
        {
            if (entities.At(words.Tokens[j].Start, words.Tokens[j].End) is { } issuer) return issuer;
            // the heads of a construct carry no article and are words («مكتب مدير …»)
            if (!words.IsWord(j) || words.Keys[j].StartsWith(ArabicLetters.Article, StringComparison.Ordinal) || IsPrepositionAt(j)) return null;
        }
        return null;
    }

    /// <summary>How many nouns in construct may stand between an issuer preposition and the body («مكتب مدير»).</summary>
    private const int MaxIssuerConstruct = 2;

    /// <summary>
    /// The holder of an office named by a role noun and whose office it is: «سفير خادم الحرمين الشريفين»، «الأمين
    /// العام لأوبك عبدالله البدري»، «المندوب الدائم للمملكة لدى الجامعة العربية». The entity right after the noun in
    /// construct (or after ل) owns the office and never speaks; a person named after it does; words that read as
    /// a name the entity layer did not find leave the speaker unknown; an office alone points back at the person
    /// speaking before. Null when the phrase holds no owner (the usual reading applies).
    /// </summary>
    private SpeakerGuess? RoleHolder(int t, int end)
    {
        int head = HeadEnd(t, end);
        // «المتحدث باسم الخارجية» speaks for the body: the spokesman rule reads it.
        for (int k = t + 1; k <= head; k++) if (QuoteWords.IsOnBehalfOf(words.Keys[k])) return null;
        // in construct the noun is made definite by what follows it (سفير خادم الحرمين، رئيس لجنة الطاقة); «مندوب
        // خليجي» is indefinite: a new unnamed speaker, read below
        bool construct = !words.Keys[t].StartsWith(ArabicLetters.Article, StringComparison.Ordinal);
        if (construct)
        {
            bool definite = false;
            for (int k = t + 1; k <= head && !definite; k++)
                definite = words.Keys[k].StartsWith(ArabicLetters.Article, StringComparison.Ordinal)
                           || entities.At(words.Tokens[k].Start, words.Tokens[k].End) is not null;
            if (!definite) return null;
        }
        // the owner: the first entity in the head of a noun in construct («رئيس الرابطة الجماهيرية النيجيرية»), or
        // after ل when the noun has the article (لأوبك، للمملكة)
        var owner = entities.FirstIn(words.Tokens[t].End, words.Tokens[head].End);
        if (owner is not { } o)
        {
            // «المتحدث الرسمي لصحة الشرقية، فهد العلي،»: the holder named in apposition after the office
            if (entities.FirstPersonNamedIn(words.Tokens[head].End, words.Tokens[end].End) is { } appositive)
                return SpeakerGuess.Named(appositive.Entity);
            // «المندوب الدائم للمملكة»، «رئيس مجلس إدارة النادي»: an office whose owner is not an entity; a
            // person's title in it («الدكتور») says a name follows that the entity layer did not find
            bool owned = construct;
            int definiteEnd = -1; // the end of the chain: its first word with the article (الطاقة in «وزير الطاقة الإسرائيلي»)
            for (int k = t + 1; k <= head; k++)
            {
                if (PersonTitles.Contains(words.Keys[k])) return SpeakerGuess.Unknown;
                owned |= words.Keys[k].StartsWith('ل');
                if (definiteEnd < 0 && words.Keys[k].StartsWith(ArabicLetters.Article, StringComparison.Ordinal)) definiteEnd = k;
            }
            if (!owned) return null;
            // «وزير الطاقة الإسرائيلي يوفال شتاينتز»: a name the entity layer did not find follows the office
            return definiteEnd >= 0 && NameFollows(words.Tokens[definiteEnd].End, head) ? SpeakerGuess.Unknown : SpeakerGuess.OfficeHolder;
        }
        int ownerToken = t + 1;
        while (ownerToken <= head && words.Tokens[ownerToken].End <= o.Span.Start) ownerToken++;
        bool afterLi = o.Span.Start > words.Tokens[ownerToken].Start || words.Keys[ownerToken].StartsWith('ل');
        // «الناطق الإعلامي بشرطة المنطقة الشرقية»، «المتحدث الرسمي في وزارة الصحة»: a spokesman speaks for the body
        // named after him when no person spoke before him, unless he is named in apposition after it («…، فهد
        // الكريع،») or a name follows that the entity layer did not find
        if (!construct && QuoteWords.IsSpokesman(words.Keys[t]) && (afterLi || ownerToken > t + 1 && words.Keys[ownerToken - 1] == QuoteWords.In))
        {
            if (entities.FirstPersonNamedIn(o.Span.End, words.Tokens[end].End) is { } spokesman && spokesman.Span.Start >= o.Span.End)
                return SpeakerGuess.Named(spokesman.Entity);
            return NameFollows(o.Span.End, head) ? SpeakerGuess.Unknown : SpeakerGuess.SpokesmanOf(o.Entity);
        }
        if (!construct && !afterLi) return null;
        // «مدير المعرض أحمد العمري»: a person named after the first word of the owner's phrase is the holder
        if (ownerToken > t + 1 && !afterLi && o.Entity.Type == EntityType.PER && entities.IsMentionAt(o.Span.Start, o.Span.End))
            return SpeakerGuess.Named(o.Entity);
        if (entities.FirstPersonNamedIn(o.Span.End, words.Tokens[head].End) is { } named && named.Span.Start >= o.Span.End)
            return SpeakerGuess.Named(named.Entity);
        return NameFollows(o.Span.End, head) ? SpeakerGuess.Unknown : SpeakerGuess.OfficeHolder;
    }

    /// <summary>
    /// Whether words after the first definite word of a description starting at token <paramref name="t"/> read
    /// as a name («خبير الطب النفسي نعيم العراقي», «الطالب السعودي عايض القحطاني»).
    /// </summary>
    private bool NameAfterDescription(int t, int head)
    {
        int firstDefinite = t;
        while (firstDefinite < head && !words.Keys[firstDefinite].StartsWith(ArabicLetters.Article, StringComparison.Ordinal)) firstDefinite++;
        for (int k = firstDefinite + 1; k <= head; k++)
        {
            if (!words.IsWord(k) || words.IsMark(k)) continue;
            string key = words.Keys[k];
            if (key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal)) continue;
            // the first word without the article decides: a word the name tagger did not learn as a common one
            return words.Tokens[k].Kind == TokenKind.ArabicWord && !QuoteWords.Relatives.Contains(key)
                && !QuoteWords.Prepositions.Contains(key) && !QuoteWords.TimeFillers.Contains(key)
                && !Ner.PerceptronNameTagger.Default.IsCommonWord(key);
        }
        return false;
    }

    /// <summary>
    /// Whether a word after <paramref name="offset"/>, up to token <paramref name="head"/>, reads as part of a name
    /// the entity layer did not find: not an adjective (those carry the article), not ل + noun, not a preposition
    /// or time word.
    /// </summary>
    private bool NameFollows(int offset, int head)
    {
        for (int k = words.TokenAtOrAfter(offset); k <= head && k < words.Count; k++)
        {
            if (!words.IsWord(k) || words.IsMark(k)) continue;
            string key = words.Keys[k];
            if (key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) || key.StartsWith('ل')) continue;
            // a body the entity layer found («الوزارة وهيئة الأركان اليمنية») is no missed name
            if (entities.At(words.Tokens[k].Start, words.Tokens[k].End) is not null) return false;
            // the first word without the article decides: a name, or the verb's object («جميع الجهات»)
            return !QuoteWords.Prepositions.Contains(key) && !QuoteWords.TimeFillers.Contains(key) && !QuoteWords.IsQuantifier(key);
        }
        return false;
    }

    /// <summary>
    /// «المتحدث باسم البنتاغون جيف ديفيس»: another name right after the body, which the entity layer typed as something
    /// other than a person, is the spokesman's own; a state there is not («المتحدث باسم الحكومة اليمنية»).
    /// </summary>
    private bool OtherNameFollows((Entity Entity, TextSpan Span) body, int head)
    {
        int k = words.TokenAtOrAfter(body.Span.End);
        if (k > head || k >= words.Count) return false;
        var next = entities.At(words.Tokens[k].Start, words.Tokens[k].End);
        return next is not null && next.Id != body.Entity.Id && next.KbId is not { Length: 2 };
    }

    /// <summary>
    /// The subject of the sentence a participle hangs on («بحث بوتين … معرباً عن»): the first person or body
    /// named in the sentence before the participle.
    /// </summary>
    public SpeakerGuess SentenceSubject(int cue)
    {
        int first = words.SentenceFirst(cue);
        var e = entities.FirstIn(words.Tokens[first].Start, words.Tokens[cue].Start, x => x.Type is EntityType.PER or EntityType.ORG);
        return e is { } found ? SpeakerGuess.Named(found.Entity) : SpeakerGuess.None;
    }

    /// <summary>
    /// The person a cue with no written subject speaks for, when its sentence names one before it
    /// («وبينما تحاشى تونر …، أشار إلى أنّ»); after «قائلاً» with no person, an unnamed asker («كرر الصحافي السؤال قائلاً»).
    /// </summary>
    public SpeakerGuess PersonBefore(int cue, Func<TextSpan, bool> outsideQuotes)
    {
        int first = words.SentenceFirst(cue);
        // «وفق الوزير عز الدين الأصبحي، الذي قال إنّه…»: the relative pronoun stands for the name before it.
        if (cue > first && QuoteWords.Relatives.Contains(words.Keys[cue - 1]))
        {
            int from = Math.Max(first, cue - 8);
            (Entity Entity, TextSpan Span)? last = null;
            for (var hit = entities.FirstIn(words.Tokens[from].Start, words.Tokens[cue - 1].Start); hit is { } h; hit = entities.FirstIn(h.Span.End, words.Tokens[cue - 1].Start))
                last = h;
            // the antecedent is the phrase right before the relative: «الطالب مقبول العلياني، الذي اعتبر» names
            // someone the entity layer did not find, not the last name found further back; «… السابق لشؤون لبنان،
            // الذي قال» is the official, not the state his title holds
            if (last is not { } antecedent || !RightBefore(antecedent.Span.End, cue - 1)
                || antecedent.Entity.Type is not (EntityType.PER or EntityType.ORG) && !(antecedent.Entity.Type == EntityType.GPE && OpensSubject(antecedent.Span.Start, first)))
                return SpeakerGuess.Unknown;
            return SpeakerGuess.Named(antecedent.Entity);
        }
        // «لكن طهران تقول إنّه…»: a subject written before a verb without و; of names written one after the other
        // («مكتب رئيس الوزراء أحمد داود أوغلو قال») the first is the subject.
        if (cue > first && words.Keys[cue][0] is not ('و' or 'ف') && entities.At(words.Tokens[cue - 1].Start, words.Tokens[cue - 1].End) is
            { Type: EntityType.PER or EntityType.ORG or EntityType.GPE } before && outsideQuotes(words.Tokens[cue - 1].Span))
        {
            var chain = entities.FirstOfChain(words.Text, words.Tokens[cue - 1].Start);
            // «المعلومات التي تسربت عن التفاهم الأميركي - التركي تقول إنّ»: a name after a noun, a preposition or a
            // dash belongs to a longer subject the entity layer does not name; the speaker is that subject, unknown
            if (chain is { } c && !OpensSubject(c.Span.Start, first)) return SpeakerGuess.Unknown;
            return SpeakerGuess.Named(chain?.Entity ?? before);
        }
        // «المعلومات التي تسربت عن التفاهم … تقول إنّ»، «صحيفة "النهار" اللبنانية اليومية أشارت إلى أنّ»: a definite
        // noun right before a verb without و ends its subject, one the entity layer does not name: someone unknown,
        // not a person named earlier in the sentence nor the speaker before
        // «ألقى … كلمة لهذا الحفل قال فيها:» is no such subject: «فيها» points back at the noun, and the verb opens a
        // clause that describes it
        if (cue > first && words.Keys[cue][0] is not ('و' or 'ف') && !SpeechCues.IsFiller(words.Keys[cue]) && words.Tokens[cue - 1].Kind == TokenKind.ArabicWord
            && words.Keys[cue - 1].StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && !QuoteWords.TimeFillers.Contains(words.Keys[cue - 1])
            && outsideQuotes(words.Tokens[cue - 1].Span) && !(cue + 1 < words.Count && QuoteWords.Resumptives.Contains(words.Keys[cue + 1])))
            return SpeakerGuess.Unknown;
        var e = entities.FirstIn(words.Tokens[first].Start, words.Tokens[cue].Start,
            (x, span) => x.Type == EntityType.PER && outsideQuotes(span));
        if (e is { } found) return SpeakerGuess.Named(found.Entity);
        if (SpeechCues.IsFiller(words.Keys[cue]))
            for (int k = first; k < cue; k++)
                if (QuoteWords.IsAnonymousSpeaker(words.Keys[k]) && outsideQuotes(words.Tokens[k].Span)) return SpeakerGuess.Anonymous;
        return SpeakerGuess.None;
    }

    /// <summary>Whether only commas and quotation marks lie between <paramref name="end"/> and token <paramref name="t"/>.</summary>
    private bool RightBefore(int end, int t)
    {
        for (int k = t - 1; k >= 0 && words.Tokens[k].Start >= end; k--)
            if (!words.IsComma(k) && !words.IsMark(k)) return false;
        return true;
    }

    /// <summary>
    /// Whether the name starting at offset <paramref name="start"/> can start the subject of a verb after it: not when
    /// a definite noun the entity layer does not name, a preposition or a dash comes right before it («التفاهم
    /// الأميركي - التركي تقول»، «مصادر في وزارة الدفاع تقول»), which makes the name part of a longer phrase.
    /// </summary>
    private bool OpensSubject(int start, int first)
    {
        int t = words.TokenAtOrAfter(start);
        // a name behind a clitic («وطهران») is joined to what comes before by it
        if (t > 0 && words.Tokens[t - 1].End > start) return true;
        int k = t - 1;
        while (k >= first && words.IsMark(k)) k--;
        if (k < first) return true;
        if (words.IsPunct(k, '-') || words.IsPunct(k, '–')) return false;
        if (!words.IsWord(k) || words.Tokens[k].Kind != TokenKind.ArabicWord) return true;
        string key = words.Keys[k];
        if (QuoteWords.Prepositions.Contains(key) && !QuoteWords.TimeFillers.Contains(key)) return false;
        return !(key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && !QuoteWords.TimeFillers.Contains(key)
                 && entities.At(words.Tokens[k].Start, words.Tokens[k].End) is null);
    }

    /// <summary>
    /// The subject of the verb that opens the sentence starting at token <paramref name="first"/>, when it is a
    /// person, a body or a state named right after one of the sentence's first words and before token
    /// <paramref name="before"/>: «أدان مجلس الوزراء …، وأكد أنّ», «ومن هنا أعادت الولايات المتحدة …، وقالت إنها»,
    /// «ونقل الأمير نواف بن فيصل …». A sentence that opens with a name, or whose first words are followed by a
    /// place, has no such subject.
    /// </summary>
    public SpeakerGuess OpeningSubject(int first, int before)
    {
        int limit = Math.Min(before - 1, first + MaxOpeningWords);
        bool afterPreposition = false;
        for (int k = first; k < limit; k++)
        {
            var tok = words.Tokens[k];
            if (!words.IsWord(k) || words.IsMark(k)) continue;
            string key = words.Keys[k];
            // «وعن اختيار مصر لإطلاق…، قال:»: the word after a preposition is its object, a noun, not the opening verb;
            // a statement there («في بيان وزارة الداخلية …، أعلن فيه») is read with its issuer after it
            bool objectOfPreposition = afterPreposition && !QuoteWords.Statements.Contains(key);
            afterPreposition = QuoteWords.Prepositions.Contains(key) && !QuoteWords.TimeFillers.Contains(key) || IsPrepositionAfterConjunction(key);
            if (objectOfPreposition) continue;
            // a sentence that opens with a name, or whose verb has no subject before its complement («وأضاف أنّ
            // الهيئة…»), has no such subject
            if (QuoteWords.IsComplementizer(key, out _)) return SpeakerGuess.None;
            if (entities.At(tok.Start, tok.End) is not null)
            {
                if (k == first) return SpeakerGuess.None;
                continue; // «في الرياض، أعلن الوزير»: a place before the verb
            }
            if (key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) || QuoteWords.Prepositions.Contains(key)
                || IsPrepositionAfterConjunction(key) || QuoteWords.TimeFillers.Contains(key)) continue;
            int s = k + 1;
            // «ونقل الأمير نواف»: a title or two before a person's name
            while (s < before && s <= k + 2 && (PersonTitles.Contains(words.Keys[s]) || words.Keys[s].StartsWith(ArabicLetters.Article, StringComparison.Ordinal))
                   && entities.At(words.Tokens[s].Start, words.Tokens[s].End) is null) s++;
            if (s >= before) return SpeakerGuess.None;
            if (entities.At(words.Tokens[s].Start, words.Tokens[s].End) is { Type: EntityType.PER or EntityType.ORG or EntityType.GPE } e
                && (s == k + 1 || e.Type == EntityType.PER))
                return SpeakerGuess.Named(e) is { Id: not null } named ? named : SpeakerGuess.None;
        }
        return SpeakerGuess.None;
    }

    /// <summary>How many words may come before the verb that opens a sentence («ومن هنا أعادت»، «من جهة أخرى، أدان»).</summary>
    private const int MaxOpeningWords = 5;

    /// <summary>Last token of the phrase's head: the subject phrase up to its first comma.</summary>
    private int HeadEnd(int t, int last)
    {
        int end = PhraseEnd(t, last), head = t;
        while (head + 1 <= end && !words.IsComma(head + 1)) head++;
        return head;
    }

    /// <summary>Skips commas, time words and «من جهته» between a cue and its subject.</summary>
    private int SkipFillers(int t, int last)
    {
        while (t <= last)
        {
            string key = words.Keys[t];
            if (words.IsComma(t) || QuoteWords.TimeFillers.Contains(key) || words.Tokens[t].Kind == TokenKind.Number) { t++; continue; }
            if (t + 1 <= last && QuoteWords.ForItsPart.Contains(key + "_" + words.Keys[t + 1])) { t += 2; continue; }
            if (QuotedAddresseeEnd(t, last) is int after) { t = after; continue; }
            break;
        }
        return t;
    }

    /// <summary>How many tokens a quoted name may have when it is the one spoken to.</summary>
    private const int MaxAddresseeTokens = 4;

    /// <summary>
    /// «وأوضح لـ«اليوم» المتحدث …»: the outlet the words were said to, quoted after ل, stands between the verb and its
    /// subject. Returns the token after its closing mark, or null when token t opens no such phrase.
    /// </summary>
    private int? QuotedAddresseeEnd(int t, int last)
    {
        if (words.Keys[t] != "ل" || t + 2 > last || !words.IsMark(t + 1)) return null;
        for (int k = t + 2; k <= Math.Min(last, t + 2 + MaxAddresseeTokens); k++)
        {
            if (words.IsMark(k)) return k > t + 2 ? k + 1 : null;
            if (!words.IsWord(k)) return null;
        }
        return null;
    }

    /// <summary>Last token of a subject phrase: commas allowed (apposition), prepositions and complementizers end it.</summary>
    private int PhraseEnd(int t, int last)
    {
        int end = t;
        for (int k = t + 1; k <= Math.Min(last, t + MaxSubjectTokens); k++)
        {
            string key = words.Keys[k];
            // Quotation marks may wrap a name inside the subject («رئيس حزب «القوات اللبنانية» سمير جعجع»).
            if (words.IsMark(k)) { end = k; continue; }
            if (words.IsColon(k) || QuoteWords.IsComplementizer(key, out _) || IsPrepositionAt(k)
                || QuoteWords.ComplementizerPrepositions.Contains(key) || SpeechCues.Classify(key) is not null) break;
            if (words.Tokens[k].Kind == TokenKind.Punctuation && !words.IsComma(k) && !words.IsAbbreviationDot(k)) break;
            end = k;
        }
        return end;
    }

    /// <summary>«وعن», «فمن»: a preposition after the conjunction و or ف.</summary>
    private static bool IsPrepositionAfterConjunction(string key) =>
        SpeechCues.WithoutConjunction(key) is { IsEmpty: false } bare && QuoteWords.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare);
}
