using Marsad.Text;
using Marsad.Text.Lexicons;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Quotes;

/// <summary>How a cue word reports speech.</summary>
internal enum CueForm : byte
{
    /// <summary>A finite verb (قال، أكدت، يقول): its subject follows it or is carried from the last speaker.</summary>
    Verb,
    /// <summary>A circumstantial participle (مؤكداً، مشيرةً، معرباً عن): its speaker is the subject of its sentence.</summary>
    Participle,
    /// <summary>An attribution placed after the words (بحسب، وفق، حسب، وفقاً لـ).</summary>
    Attribution,
}

/// <summary>The grammatical gender a singular speech verb agrees with: قال، يقول، مؤكداً (he) or قالت، تقول، مؤكدةً (she).</summary>
internal enum CueGender : byte
{
    Masculine,
    Feminine,
}

/// <summary>
/// The speech and stance words that introduce reported speech, in every inflection the news uses, as folded
/// keys (ArabicFolder, FoldOptions.Matching). Built once; lookups strip the proclitics و/ف.
/// </summary>
internal static class SpeechCues
{
    // The cue words other than verbs, by kind (Data/speech-cues.tsv); the verbs are SpeechVerbs (Data/speech-verbs.tsv).
    private static readonly ILookup<string, string> Cues = LexiconReader
        .ResourceRows(typeof(SpeechCues).Assembly, "Marsad.Analysis.Quotes.speech-cues.tsv", 2, 2)
        .ToLookup(r => r[1], r => ArabicFolder.Fold(r[0]), StringComparer.Ordinal);

    // The endings the verbs are inflected with (Data/speech-inflections.tsv); declared before s_forms, which uses them.
    private static readonly WordClasses Inflections = WordClasses.FromResource(typeof(SpeechCues).Assembly, "Marsad.Analysis.Quotes.speech-inflections.tsv");
    private static readonly IReadOnlyList<string> PastEndings = Inflections["past"];
    private static readonly string PastDual = Inflections["past-dual"][0];
    private static readonly IReadOnlyList<string> PresentPrefixes = Inflections["present-prefixes"];
    private static readonly IReadOnlyList<string> PresentPlural = Inflections["present-plural"];
    private static readonly IReadOnlyList<string> DefectiveParticiple = Inflections["participle-defective"];
    private static readonly string Accusative = Inflections["participle-accusative"][0];
    private static readonly string[] ParticipleEndings = [.. Inflections["participle"].Select(e => e == "-" ? "" : e)];

    /// <summary>
    /// Words that announce speech without naming a verb of their own (وأردف بالقول، رد قائلاً): they stand for the
    /// verb before them, or for an unwritten one.
    /// </summary>
    private static readonly HashSet<string> Fillers = Kind("filler");

    /// <summary>Verbal nouns that report like their verb («بعد ساعات من قول مسؤولين إن…»), even after a preposition.</summary>
    private static readonly HashSet<string> Masdars = Kind("masdar");

    private static HashSet<string> Kind(string kind) => new(Cues[kind], StringComparer.Ordinal);

    public static bool IsMasdar(ReadOnlySpan<char> folded) => Masdars.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    /// <summary>
    /// A verb cue in the masculine plural (قالوا، وأضافوا، يعتقدون، ويقولون): a past form ending in «وا», a present
    /// one in «ون»; the key must be a verb cue.
    /// </summary>
    public static bool IsPluralVerb(string folded) =>
        Classify(folded) == CueForm.Verb && (folded.EndsWith("وا", StringComparison.Ordinal)
            || folded.EndsWith("ون", StringComparison.Ordinal) && Strip(folded) is [('ي' or 'ت'), ..]);

    private static string Strip(string folded) => folded.Length > 3 && folded[0] is 'و' or 'ف' ? folded[1..] : folded;

    /// <summary>Speech verbs in the passive («وقيل إنّ»): their speaker is unnamed.</summary>
    private static readonly HashSet<string> Passives = Kind("passive");

    public static bool IsPassive(ReadOnlySpan<char> folded)
    {
        var lookup = Passives.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(folded) || WithoutConjunction(folded) is { IsEmpty: false } bare && lookup.Contains(bare);
    }

    public static bool IsFiller(ReadOnlySpan<char> folded) => Fillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    // Participles that look like nouns or adjectives in other uses (مقر "headquarters", متوقع "expected", مبين,
    // معبر "crossing", متهم "accused", مدعي "prosecutor", آمل, رائي, ناقل, مفيد, لافت "remarkable") are
    // cues only when the accusative ending (ـاً) shows the circumstantial use.
    private static readonly HashSet<string> ParticiplesNeedingAccusative = Kind("accusative");

    private static readonly Dictionary<string, CueForm> s_forms = Build();

    /// <summary>The other endings of those participles (مبينين، لافتة، متوقعة): nouns or adjectives unless a report follows.</summary>
    private static readonly HashSet<string> s_weakParticipleForms =
    [
        .. SpeechVerbs.All.Where(v => v.Participle is not null && ParticiplesNeedingAccusative.Contains(ArabicFolder.Fold(v.Participle)))
            .SelectMany(v => ParticipleEndings.Select(e => ArabicFolder.Fold(v.Participle!) + e)),
    ];

    /// <summary>
    /// «مبينين»، «لافتة»: a participle that reports only with the accusative ending (مبيناً) written with another
    /// ending; it reports when its أنّ comes right after it («، مبينين أنّ», «، لافتة إلى أنّه»).
    /// </summary>
    public static bool IsWeakParticiple(ReadOnlySpan<char> folded)
    {
        var lookup = s_weakParticipleForms.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(folded) || WithoutConjunction(folded) is { IsEmpty: false } bare && lookup.Contains(bare);
    }

    /// <summary>Folded verbs whose object must follow a preposition to be speech (أعرب عن، نقل عن).</summary>
    private static readonly HashSet<string> NeedsAn = Kind("needs-an");

    /// <summary>The stems of «نقل» (نقل، ينقل، تنقل، ناقل): see <see cref="IsNaql"/>.</summary>
    private static readonly string[] NaqlStems = [.. Cues["naql"]];

    private static Dictionary<string, CueForm> Build()
    {
        var forms = new Dictionary<string, CueForm>(StringComparer.Ordinal);
        foreach (var (past, present, participle, _, _) in SpeechVerbs.All)
        {
            if (past is not null) foreach (var f in PastForms(ArabicFolder.Fold(past))) forms.TryAdd(f, CueForm.Verb);
            if (present is not null) foreach (var f in PresentForms(ArabicFolder.Fold(present))) forms.TryAdd(f, CueForm.Verb);
            if (participle is not null) foreach (var f in ParticipleForms(ArabicFolder.Fold(participle))) forms.TryAdd(f, CueForm.Participle);
        }
        foreach (var key in Cues["attribution"]) forms.TryAdd(key, CueForm.Attribution);
        foreach (var key in Fillers) forms.TryAdd(key, CueForm.Verb);
        foreach (var key in Masdars) forms.TryAdd(key, CueForm.Verb);
        foreach (var key in Cues["passive"]) forms.TryAdd(key, CueForm.Verb);
        foreach (var key in Cues["with-object"]) forms.TryAdd(key, CueForm.Verb);
        // Hamza and alef spellings are folded away: the lists above may be written either way.
        return forms;
    }

    /// <summary>
    /// The singular forms of every speech verb by the gender their subject has: «قالت»، «تقول»، «مؤكدةً» need a woman
    /// or a body (a ministry, a company, a state), «قال»، «يقول»، «مؤكداً» a man or a body. A form both genders
    /// generate (the past of لفت is لفت, «she turned» is لفتت) is in neither.
    /// </summary>
    private static readonly Dictionary<string, CueGender> s_genders = BuildGenders();

    private static Dictionary<string, CueGender> BuildGenders()
    {
        var masculine = new HashSet<string>(StringComparer.Ordinal);
        var feminine = new HashSet<string>(StringComparer.Ordinal);
        string she = PresentPrefixes[1], he = PresentPrefixes[0], pastShe = PastEndings[0], participleShe = ParticipleEndings[0];
        foreach (var (past, present, participle, _, _) in SpeechVerbs.All)
        {
            if (past is not null)
            {
                string p = ArabicFolder.Fold(past);
                masculine.Add(p);
                feminine.Add((p.EndsWith('ي') || p.EndsWith('ا') ? p[..^1] : p) + pastShe);
            }
            if (present is not null)
            {
                string body = ArabicFolder.Fold(present)[1..];
                masculine.Add(he + body);
                feminine.Add(she + body);
            }
            if (participle is not null)
            {
                string p = ArabicFolder.Fold(participle);
                if (p.EndsWith('ي'))
                {
                    masculine.Add(p + DefectiveParticiple[0]);
                    feminine.Add(p + DefectiveParticiple[1]);
                }
                else
                {
                    masculine.Add(p + Accusative);
                    masculine.Add(p);
                    feminine.Add(p + participleShe);
                }
            }
        }
        var genders = new Dictionary<string, CueGender>(StringComparer.Ordinal);
        foreach (var f in masculine) if (!feminine.Contains(f)) genders[f] = CueGender.Masculine;
        foreach (var f in feminine) if (!masculine.Contains(f)) genders[f] = CueGender.Feminine;
        return genders;
    }

    /// <summary>The gender a singular speech verb or participle agrees with (و/ف stripped); null for plurals, duals and other words.</summary>
    public static CueGender? GenderOf(ReadOnlySpan<char> folded)
    {
        var lookup = s_genders.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(folded, out var g)) return g;
        var bare = WithoutConjunction(folded);
        return !bare.IsEmpty && lookup.TryGetValue(bare, out g) ? g : null;
    }

    private static IEnumerable<string> PastForms(string past)
    {
        yield return past;
        // Defective verbs (رأى، نفى، دعا، ادّعى، أوصى، أبدى، روى) drop the last letter before ت and وا.
        bool defective = past.EndsWith('ي') || past.EndsWith('ا');
        string stem = defective ? past[..^1] : past;
        foreach (var ending in PastEndings) yield return stem + ending;
        if (!defective) yield return past + PastDual;
        // First person plural (أكدنا، قلنا) is not a report about someone else; left out.
    }

    private static IEnumerable<string> PresentForms(string present)
    {
        string body = present[1..];
        foreach (var prefix in PresentPrefixes)
        {
            string baseForm = prefix + body;
            yield return baseForm;
            // يدعو، ينفي: the weak last letter goes before the ending (يدعون)
            string plural = body.EndsWith('ي') || body.EndsWith('و') ? prefix + body[..^1] : baseForm;
            foreach (var ending in PresentPlural) yield return plural + ending;
        }
    }

    private static IEnumerable<string> ParticipleForms(string participle)
    {
        bool weak = ParticiplesNeedingAccusative.Contains(participle);
        if (participle.EndsWith('ي'))
        {
            // داعياً، نافياً، مبدياً
            foreach (var ending in DefectiveParticiple) yield return participle + ending;
            yield break;
        }
        yield return participle + Accusative;     // مؤكداً
        if (weak) yield break;                    // متابعة، معلقة، متهمين are nouns far more often than reports
        // مؤكدةً (ة folds to ه), مؤكدين, مشير (tanween dropped by some writers), مؤكدون
        foreach (var ending in ParticipleEndings) yield return participle + ending;
    }

    /// <summary>
    /// The cue form of a folded word, after stripping a proclitic و or ف when the bare word is not a cue
    /// itself; null when the word is not a speech cue.
    /// </summary>
    public static CueForm? Classify(ReadOnlySpan<char> folded)
    {
        var lookup = s_forms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(folded, out var form)) return form;
        var bare = WithoutConjunction(folded);
        if (!bare.IsEmpty && lookup.TryGetValue(bare, out form)) return form;
        return null;
    }

    /// <summary>The word after a proclitic و or ف (ProcliticReader, two letters left at least); empty when it has none.</summary>
    internal static ReadOnlySpan<char> WithoutConjunction(ReadOnlySpan<char> folded)
    {
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(folded, readings, 2, Proclitics.Wa | Proclitics.Fa);
        return n > 1 ? folded[readings[1].Start..] : [];
    }

    /// <summary>Verb forms that are also common words (بين "between"): cues only before a complementizer.</summary>
    private static readonly HashSet<string> BeforeComplementizer = Kind("before-complementizer");

    /// <summary>Whether the cue word is a common word too (بين، وبين), so a cue only when أنّ follows it closely.</summary>
    public static bool NeedsComplementizer(ReadOnlySpan<char> folded)
    {
        var lookup = BeforeComplementizer.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(folded)) return true;
        var bare = WithoutConjunction(folded);
        return !bare.IsEmpty && lookup.Contains(bare);
    }

    /// <summary>Whether the cue word needs «عن» after it to report speech (أعرب عن أمله، نقل عن).</summary>
    public static bool NeedsPreposition(ReadOnlySpan<char> folded)
    {
        var lookup = NeedsAn.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(folded)) return true;
        var bare = WithoutConjunction(folded);
        if (!bare.IsEmpty && lookup.Contains(bare)) return true;
        // أعربت، أعربوا, معربةً…: the same stems with endings.
        return StartsWithAny(folded, NeedsAn) || !bare.IsEmpty && StartsWithAny(bare, NeedsAn);
    }

    private static bool StartsWithAny(ReadOnlySpan<char> folded, HashSet<string> stems)
    {
        foreach (var s in stems) if (folded.StartsWith(s, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>«نقل» reports only as «نقل عن» (quoting someone), never as "transported".</summary>
    public static bool IsNaql(ReadOnlySpan<char> folded)
    {
        var bare = WithoutConjunction(folded);
        if (!bare.IsEmpty && !s_forms.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(folded)) folded = bare;
        foreach (var stem in NaqlStems) if (folded.StartsWith(stem, StringComparison.Ordinal)) return true;
        return false;
    }
}
