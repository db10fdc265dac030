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
    public static readonly HashSet<string> TimeFillers = Set("time-fillers");

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
            set.Add("ال" + s);
        }
        return set;
    }

    private static readonly HashSet<string> BrokenPlurals = Set("broken-plurals");

    /// <summary>A plural speaker word (مسؤولون، المصادر، الخبراء), with or without the article.</summary>
    public static bool IsPlural(string key)
    {
        if (key.StartsWith("ال", StringComparison.Ordinal)) key = key[2..];
        return key.EndsWith("ون", StringComparison.Ordinal) || key.EndsWith("ين", StringComparison.Ordinal) || BrokenPlurals.Contains(key);
    }

    public static bool IsAnonymousSpeaker(string key) =>
        s_anonymous.Contains(key) || key.StartsWith('و') && SpeechCues.WithoutConjunction(key) is { IsEmpty: false } bare && s_anonymous.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare);

    /// <summary>A speaker called «المتحدث باسم …» or «الناطق باسم …» speaks for the body named after باسم.</summary>
    public static bool IsOnBehalfOf(string key) => key is "باسم";

    /// <summary>Words that introduce a name or term in quotation marks (خط “…”، شبكة "…"، وسم «…»), not speech.</summary>
    public static readonly HashSet<string> TermIntroducers = Set("term-introducers");

    /// <summary>Labels that end with a colon but do not name a speaker (المصدر: …، اقرأ أيضاً: …).</summary>
    public static readonly HashSet<string> HeadLabels = Set("head-labels");
}
