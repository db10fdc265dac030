using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Quotes;

/// <summary>
/// The closed word classes the quote finder reads around a cue, as folded keys (ArabicFolder, FoldOptions.Matching).
/// </summary>
internal static class QuoteWords
{
    // The classes of Data/quote-words.tsv; entries are folded here, so the file can spell Arabic as it is written.
    private static readonly WordClasses Words = WordClasses.FromResource(typeof(QuoteWords).Assembly, "Marsad.Analysis.Quotes.quote-words.tsv");

    private static HashSet<string> Set(string name) => new(Words[name].Select(w => ArabicFolder.Fold(w)), StringComparer.Ordinal);

    /// <summary>
    /// True for أنّ/إنّ/بأنّ and their pronoun-suffixed forms (أنّه، إنّها، بأنّنا). «أنا» (I) folds to a
    /// complementizer shape and is left out.
    /// </summary>
    public static bool IsComplementizer(ReadOnlySpan<char> key, out bool hasPronoun)
    {
        hasPronoun = false;
        if (key.Length > 1 && key[0] == 'ب') key = key[1..];
        if (!key.StartsWith("ان", StringComparison.Ordinal)) return false;
        var tail = key[2..];
        if (tail.IsEmpty) return true;
        hasPronoun = true;
        return tail is "ه" or "ها" or "هم" or "هن" or "هما" or "نا" or "ني" or "ي" or "ك" or "كم" or "كما" && !key.SequenceEqual("انا");
    }

    /// <summary>Prepositions that carry a complementizer after a cue: أشار إلى أنّ، شدد على أنّ، أعرب عن أنّ.</summary>
    public static readonly HashSet<string> ComplementizerPrepositions = Set("complementizer-prepositions");

    /// <summary>Words after a cue that say its subject is not written out (وقال في تصريح…، وقال خلال…).</summary>
    public static readonly HashSet<string> Prepositions = Set("prepositions");

    /// <summary>Time words that may sit between a cue and its subject (وقال، اليوم الثلاثاء، لافروف…).</summary>
    public static readonly HashSet<string> TimeFillers = [.. Set("time-fillers"), .. Times.TimeLexicon.Weekdays.Keys.Select(d => ArabicLetters.Article + d)];

    /// <summary>Unnamed speakers: sources, officials, witnesses (مصدر مطلع، مسؤولون، شهود عيان).</summary>
    private static IReadOnlyList<string> AnonymousStems => Words["anonymous-speakers"];

    private static readonly HashSet<string> s_anonymous = BuildAnonymous();

    private static HashSet<string> BuildAnonymous()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in AnonymousStems)
        {
            var s = ArabicFolder.Fold(stem);
            set.Add(s);
            set.Add(ArabicLetters.Article + s);
        }
        return set;
    }

    private static readonly HashSet<string> BrokenPlurals = Set("broken-plurals");

    /// <summary>A plural speaker word (مسؤولون، المصادر، الخبراء), with or without the article.</summary>
    public static bool IsPlural(string key)
    {
        if (key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal)) key = key[2..];
        return key.EndsWith("ون", StringComparison.Ordinal) || key.EndsWith("ين", StringComparison.Ordinal) || BrokenPlurals.Contains(key);
    }

    public static bool IsAnonymousSpeaker(string key) =>
        s_anonymous.Contains(key) || key.StartsWith('و') && SpeechCues.WithoutConjunction(key) is { IsEmpty: false } bare && s_anonymous.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare);

    private static readonly HashSet<string> RoleHeads = WithArticle(Set("role-heads"));

    private static readonly HashSet<string> Quantifiers = WithArticle(Set("quantifiers"));

    private static HashSet<string> WithArticle(HashSet<string> words) =>
        new(words.Concat(words.Select(w => ArabicLetters.Article + w)), StringComparer.Ordinal);

    /// <summary>A noun of an office held in a body (سفير، الأمين، مندوب): what follows it in construct is whose office it is.</summary>
    public static bool IsRoleHead(string key) => RoleHeads.Contains(key);

    /// <summary>A word that counts people (نصف، معظم، أكثر): a subject starting with it is an unnamed group.</summary>
    public static bool IsQuantifier(string key) => Quantifiers.Contains(key);

    /// <summary>A speaker called «المتحدث باسم …» or «الناطق باسم …» speaks for the body named after باسم.</summary>
    public static bool IsOnBehalfOf(string key) => OnBehalf.Contains(key);

    private static readonly HashSet<string> OnBehalf = Set("on-behalf");

    /// <summary>«في»: a spokesman «في وزارة …» speaks for the body after it.</summary>
    public static readonly string In = Words["in"][0];

    /// <summary>«عن»: the preposition some cues need (أعرب عن، نقل عن) and that names a source.</summary>
    public static readonly string An = Words["an"][0];

    /// <summary>«أن» after «بعد»/«قبل» (بعد أن قالت): a temporal aside, not a report.</summary>
    public static readonly string AnComplementizer = Words["an-complementizer"][0];

    /// <summary>«بعد», «قبل»: before «أن» and a verb they start a new clause.</summary>
    public static readonly HashSet<string> TemporalConjunctions = Set("temporal-conjunctions");

    private static readonly HashSet<string> OwnGovernors = Set("own-governors");

    /// <summary>
    /// A word that governs the أنْ/أنّ right after it itself (دون أن، إلا أن، يمكن أن، ما يعني أنّ، أسأل الله أن), so
    /// that no speech verb before it reports what follows; a leading و is read through (ويفترض أن).
    /// </summary>
    public static bool GovernsComplementizer(string key) => ContainsAfterConjunction(OwnGovernors, key);

    private static readonly HashSet<string> PrayerVerbs = Set("prayer-verbs");
    private static readonly HashSet<string> PrayedTo = Set("prayed-to");

    /// <summary>«أسأل الله أن», «داعياً المولى أن»: the prayer governs the أنْ after it.</summary>
    public static bool IsPrayer(string verb, string addressee) =>
        PrayedTo.Contains(addressee) && ContainsAfterConjunction(PrayerVerbs, verb);

    /// <summary>The word is in the set, as written or after a leading و or ف (ويفترض، فنسأل).</summary>
    private static bool ContainsAfterConjunction(HashSet<string> set, string key) =>
        set.Contains(key) || SpeechCues.WithoutConjunction(key) is { IsEmpty: false } bare && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare);

    /// <summary>Words that open a speaker's own words right after a speech verb, with no colon (وأضافوا نحن…، وقال لن نسمح…).</summary>
    public static readonly HashSet<string> SpeechOpeners = Set("speech-openers");

    /// <summary>«إنْ شاء الله»: «إن» before these verbs is the conditional, not a complementizer.</summary>
    public static readonly HashSet<string> ConditionalVerbs = Set("conditional-verbs");

    /// <summary>After a comma, the reporter's own aside or contrast (بينما، فيما).</summary>
    public static readonly HashSet<string> Asides = Set("asides");

    /// <summary>The same in two words, joined by «_» (في_حين، في_إشارة).</summary>
    public static readonly HashSet<string> TwoWordAsides = Set("asides-two-words");

    /// <summary>After a comma, a contrast (بينما، فيما): it ends the reported clause only before another report.</summary>
    public static readonly HashSet<string> Contrasts = Set("contrasts");

    /// <summary>The same in two words, joined by «_» (في_حين، في_وقت).</summary>
    public static readonly HashSet<string> TwoWordContrasts = Set("contrasts-two-words");

    /// <summary>«كما» before a speech verb: the reporter adds another report («… كما أبان الكشف …»).</summary>
    public static readonly HashSet<string> AlsoReports = Set("also-reports");

    /// <summary>Nouns an attribution word introduces when it means «in accordance with»: وفقاً لرؤية، حسب توجيهات.</summary>
    public static readonly HashSet<string> Norms = Set("norms");

    /// <summary>«ما» after an attribution (حسبما قال، وفقاً لما ذكرته).</summary>
    public static readonly HashSet<string> RelativeMa = Set("relative-ma");

    /// <summary>Attributions followed by ل and a noun phrase (وفقاً لـ، طبقاً لـ).</summary>
    public static readonly HashSet<string> AttributionsWithLi = Set("attributions-with-li");

    /// <summary>A cue word after these is a noun (على أمل أن، في تصريح); as written, «لـ» with its tatweel included.</summary>
    public static readonly HashSet<string> CuePrepositions = new(Words["cue-prepositions"], StringComparer.Ordinal);

    /// <summary>«بيان»: the statement's issuer follows one of <see cref="IssuerPrepositions"/>.</summary>
    public static readonly HashSet<string> Statements = Set("statements");

    /// <summary>Reports and studies (التقرير، الدراسة): issued by a body, never said by a person.</summary>
    public static readonly HashSet<string> Studies = Set("studies");

    public static readonly HashSet<string> IssuerPrepositions = Set("issuer-prepositions");

    /// <summary>«باسمه»: an unnamed spokesman.</summary>
    public static readonly HashSet<string> OnBehalfPronouns = Set("on-behalf-pronouns");

    /// <summary>A relative pronoun before a cue (الذي قال).</summary>
    public static readonly HashSet<string> Relatives = Set("relatives");

    /// <summary>Particles before a verb that write no subject of their own (قد، كما، إلا أن).</summary>
    public static readonly HashSet<string> ReportParticles = Set("report-particles");

    /// <summary>«من جهته», «من جانبها», two words joined by «_».</summary>
    public static readonly HashSet<string> ForItsPart = Set("for-its-part");

    /// <summary>Words that introduce a name or term in quotation marks (خط “…”، شبكة "…"، وسم «…»), not speech.</summary>
    public static readonly HashSet<string> TermIntroducers = Set("term-introducers");

    /// <summary>Labels that end with a colon but do not name a speaker (المصدر: …، اقرأ أيضاً: …).</summary>
    public static readonly HashSet<string> HeadLabels = Set("head-labels");

    /// <summary>Words before a colon that ends a line and announces a text given whole after it (ما يلي، نصه، الآتي).</summary>
    public static readonly HashSet<string> Announcers = Set("announcers");

    /// <summary>The labels of numbered items (أولاً، ثانياً…).</summary>
    public static readonly HashSet<string> OrdinalLabels = Set("ordinal-labels");

    /// <summary>A preposition with a pronoun after a cue (له، فيها): the subject may follow it.</summary>
    public static readonly HashSet<string> PronounPrepositions = Set("pronoun-prepositions");

    /// <summary>«فيه»، «فيها» right after a cue: the verb opens a clause about the noun before it («كلمة قال فيها»).</summary>
    public static readonly HashSet<string> Resumptives = Set("resumptives");

    /// <summary>«على لسان», two words joined by «_»: a body speaks through the person named after it.</summary>
    public static readonly HashSet<string> ThroughMouth = Set("through-mouth");

    private static readonly HashSet<string> Spokesmen = WithArticle(Set("spokesmen"));

    /// <summary>A spokesman (المتحدث، الناطق): of a body named after ب، ل or في, he speaks for it.</summary>
    public static bool IsSpokesman(string key) => Spokesmen.Contains(key);

    /// <summary>«كل من», two words joined by «_»: the first person named after it speaks for the group.</summary>
    public static readonly HashSet<string> EachOf = Set("each-of");

    /// <summary>An honorific with a pronoun (سموه، معاليه، فخامته): the person named before.</summary>
    public static readonly HashSet<string> HonorificPronouns = Set("honorific-pronouns");
}
