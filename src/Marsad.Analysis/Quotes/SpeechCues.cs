using Marsad.Text;

namespace Marsad.Analysis.Quotes;

/// <summary>How a cue word reports speech.</summary>
public enum CueForm : byte
{
    /// <summary>A finite verb (قال، أكدت، يقول): its subject follows it or is carried from the last speaker.</summary>
    Verb,
    /// <summary>A circumstantial participle (مؤكداً، مشيرةً، معرباً عن): its speaker is the subject of its sentence.</summary>
    Participle,
    /// <summary>An attribution placed after the words (بحسب، وفق، حسب، وفقاً لـ).</summary>
    Attribution,
}

/// <summary>
/// The speech and stance words that introduce reported speech, in every inflection the news uses, as folded
/// keys (ArabicFolder, FoldOptions.Matching). Built once; lookups strip the proclitics و/ف.
/// </summary>
public static class SpeechCues
{
    // Each verb: folded past 3ms, present 3ms, participle (masculine, no ending). Inflections are generated.
    // «يذكر» is left out on purpose: «يُذكر أنّ» is the passive "it is worth noting", not a report.
    private static readonly (string? Past, string? Present, string? Participle)[] Verbs =
    [
        ("قال", "يقول", "قائل"),
        ("اكد", "يوكد", "موكد"),
        ("اعلن", "يعلن", "معلن"),
        ("اوضح", "يوضح", "موضح"),
        ("اضاف", "يضيف", "مضيف"),
        ("صرح", "يصرح", "مصرح"),
        ("اشار", "يشير", "مشير"),
        ("لفت", "يلفت", "لافت"),
        ("شدد", "يشدد", "مشدد"),
        ("اعتبر", "يعتبر", "معتبر"),
        ("راي", "يري", null),
        ("نفي", "ينفي", "نافي"),
        ("حذر", "يحذر", "محذر"),
        ("طالب", "يطالب", "مطالب"),
        ("دعا", "يدعو", "داعي"),
        ("كشف", "يكشف", "كاشف"),
        ("ذكر", null, null),
        ("افاد", "يفيد", "مفيد"),
        ("تابع", null, "متابع"),
        ("ختم", null, "مختتم"),
        ("اعرب", "يعرب", "معرب"),
        ("امل", "يامل", null),
        (null, null, "مبين"),
        ("نوه", "ينوه", "منوه"),
        ("اردف", null, "مردف"),
        ("استطرد", null, "مستطرد"),
        ("زعم", "يزعم", "زاعم"),
        ("اعترف", "يعترف", "معترف"),
        ("اقر", "يقر", "مقر"),
        ("توقع", "يتوقع", "متوقع"),
        ("رجح", "يرجح", "مرجح"),
        ("ابلغ", "يبلغ", null),
        ("ادعي", "يدعي", "مدعي"),
        ("اتهم", "يتهم", "متهم"),
        ("تساءل", "يتساءل", "متسائل"),
        ("جدد", "يجدد", "مجدد"),
        ("علق", "يعلق", "معلق"),
        ("كتب", "يكتب", null),
        ("غرد", "يغرد", "مغرد"),
        ("نقل", "ينقل", "ناقل"),
        ("روي", "يروي", "راوي"),
        ("استبعد", "يستبعد", "مستبعد"),
        ("ابدي", "يبدي", "مبدي"),
        ("افصح", "يفصح", null),
        ("عبر", "يعبر", "معبر"),
        ("اعتقد", "يعتقد", "معتقد"),
        ("اوصي", "يوصي", null),
        ("شرح", "يشرح", "شارح"),
        ("اجاب", "يجيب", "مجيب"),
        ("زاد", null, null),
    ];

    /// <summary>
    /// Words that announce speech without naming a verb of their own (وأردف بالقول، رد قائلاً): they stand for the
    /// verb before them, or for an unwritten one.
    /// </summary>
    private static readonly HashSet<string> Fillers = Folded("بالقول", "بقوله", "بقولها", "بقولهم", "قائلاً", "قائلةً", "قائلين");

    private static HashSet<string> Folded(params IEnumerable<string> words) => new(words.Select(w => ArabicFolder.Fold(w)), StringComparer.Ordinal);

    /// <summary>Verbal nouns that report like their verb («بعد ساعات من قول مسؤولين إن…»), even after a preposition.</summary>
    private static readonly HashSet<string> Masdars = Folded("قول");

    public static bool IsMasdar(ReadOnlySpan<char> folded) => Masdars.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    public static bool IsFiller(ReadOnlySpan<char> folded) => Fillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    // Participles that look like nouns or adjectives in other uses (مقر "headquarters", متوقع "expected", مبين,
    // معبر "crossing", متهم "accused", مدعي "prosecutor", آمل, رائي, ناقل, مفيد, لافت "remarkable") are
    // cues only when the accusative ending (ـاً) shows the circumstantial use.
    private static readonly HashSet<string> ParticiplesNeedingAccusative = Folded(
    [
        "مقر", "متوقع", "مبين", "معبر", "متهم", "مدعي", "امل", "رائي", "ناقل", "مفيد", "لافت", "مجدد", "معلق", "مرجح", "متابع",
        "معتقد", "مستبعد", "مبدي", "شارح", "مختتم", "مغرد", "داعي", "نافي",
    ]);

    private static readonly (string Key, CueForm Form)[] Attributions =
    [
        ("بحسب", CueForm.Attribution), ("حسب", CueForm.Attribution), ("وفق", CueForm.Attribution),
        ("وفقا", CueForm.Attribution), ("طبقا", CueForm.Attribution), ("حسبما", CueForm.Attribution),
    ];

    private static readonly Dictionary<string, CueForm> s_forms = Build();

    /// <summary>Folded verbs whose object must follow a preposition to be speech (أعرب عن، نقل عن).</summary>
    private static readonly HashSet<string> NeedsAn = Folded("اعرب", "يعرب", "معرب", "عبر", "يعبر", "معبر", "ابدي", "يبدي", "مبدي", "افصح", "يفصح");

    private static Dictionary<string, CueForm> Build()
    {
        var forms = new Dictionary<string, CueForm>(StringComparer.Ordinal);
        foreach (var (past, present, participle) in Verbs)
        {
            if (past is not null) foreach (var f in PastForms(ArabicFolder.Fold(past))) forms.TryAdd(f, CueForm.Verb);
            if (present is not null) foreach (var f in PresentForms(ArabicFolder.Fold(present))) forms.TryAdd(f, CueForm.Verb);
            if (participle is not null) foreach (var f in ParticipleForms(ArabicFolder.Fold(participle))) forms.TryAdd(f, CueForm.Participle);
        }
        foreach (var (key, form) in Attributions) forms.TryAdd(key, form);
        foreach (var key in Fillers) forms.TryAdd(key, CueForm.Verb);
        foreach (var key in Masdars) forms.TryAdd(key, CueForm.Verb);
        // Hamza and alef spellings are folded away: the lists above may be written either way.
        return forms;
    }

    private static IEnumerable<string> PastForms(string past)
    {
        yield return past;
        // Defective verbs (رأى، نفى، دعا، ادّعى، أوصى، أبدى، روى) drop the last letter before ت and وا.
        bool defective = past.EndsWith('ي') || past.EndsWith('ا');
        string stem = defective ? past[..^1] : past;
        yield return stem + "ت";
        yield return stem + "وا";
        yield return stem + "تا";
        if (!defective) yield return past + "ا";
        // First person plural (أكدنا، قلنا) is not a report about someone else; left out.
        if (past == "قال") { yield return "قالت"; yield return "قالوا"; }
    }

    private static IEnumerable<string> PresentForms(string present)
    {
        string body = present[1..];
        foreach (var prefix in new[] { "ي", "ت" })
        {
            string baseForm = prefix + body;
            yield return baseForm;
            if (body.EndsWith('ي') || body.EndsWith('و'))
            {
                yield return prefix + body[..^1] + "ون";
                yield return prefix + body[..^1] + "ان";
            }
            else
            {
                yield return baseForm + "ون";
                yield return baseForm + "ان";
            }
        }
    }

    private static IEnumerable<string> ParticipleForms(string participle)
    {
        bool weak = ParticiplesNeedingAccusative.Contains(participle);
        if (participle.EndsWith('ي'))
        {
            // داعياً، نافياً، مبدياً
            yield return participle + "ا";
            yield return participle + "ه";
            yield return participle + "ين";
            yield break;
        }
        yield return participle + "ا";     // مؤكداً
        if (weak) yield break;             // متابعة، معلقة، متهمين are nouns far more often than reports
        yield return participle + "ه";     // مؤكدةً (ة folds to ه)
        yield return participle + "ين";    // مؤكدين
        yield return participle;           // مشير (tanween dropped by some writers)
        yield return participle + "ون";
    }

    /// <summary>
    /// The cue form of a folded word, after stripping a proclitic و or ف when the bare word is not a cue
    /// itself; null when the word is not a speech cue.
    /// </summary>
    public static CueForm? Classify(ReadOnlySpan<char> folded)
    {
        var lookup = s_forms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(folded, out var form)) return form;
        if (folded.Length > 2 && folded[0] is 'و' or 'ف' && lookup.TryGetValue(folded[1..], out form)) return form;
        return null;
    }

    /// <summary>Whether the cue word needs «عن» after it to report speech (أعرب عن أمله، نقل عن).</summary>
    public static bool NeedsPreposition(ReadOnlySpan<char> folded)
    {
        var lookup = NeedsAn.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(folded)) return true;
        if (folded.Length > 2 && folded[0] is 'و' or 'ف' && lookup.Contains(folded[1..])) return true;
        // أعربت، أعربوا, معربةً…: the same stems with endings.
        return StartsWithAny(folded, NeedsAn) || folded.Length > 2 && folded[0] is 'و' or 'ف' && StartsWithAny(folded[1..], NeedsAn);
    }

    private static bool StartsWithAny(ReadOnlySpan<char> folded, HashSet<string> stems)
    {
        foreach (var s in stems) if (folded.StartsWith(s, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>«نقل» reports only as «نقل عن» (quoting someone), never as "transported".</summary>
    public static bool IsNaql(ReadOnlySpan<char> folded)
    {
        if (folded.Length > 2 && folded[0] is 'و' or 'ف' && !s_forms.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(folded)) folded = folded[1..];
        return folded.StartsWith("نقل", StringComparison.Ordinal) || folded.StartsWith("ينقل", StringComparison.Ordinal)
            || folded.StartsWith("تنقل", StringComparison.Ordinal) || folded.StartsWith("ناقل", StringComparison.Ordinal);
    }
}
