using Marsad.Text;

namespace Marsad.Analysis.Quotes;

/// <summary>
/// The closed word classes the quote finder reads around a cue, as folded keys (ArabicFolder, FoldOptions.Matching).
/// </summary>
internal static class QuoteWords
{
    // Entries are folded here, so the lists can be written as Arabic is spelt (قائلاً، مسؤول).
    private static HashSet<string> Set(params string[] words) => new(words.Select(w => ArabicFolder.Fold(w)), StringComparer.Ordinal);

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
    public static readonly HashSet<string> ComplementizerPrepositions = Set("الي", "علي", "عن");

    /// <summary>Words after a cue that say its subject is not written out (وقال في تصريح…، وقال خلال…).</summary>
    public static readonly HashSet<string> Prepositions = Set(
        "في", "خلال", "عقب", "بعد", "قبل", "امام", "لدي", "علي", "عن", "من", "الي", "مع", "حول", "اثناء", "ضمن", "عبر",
        "لـ", "ل", "به", "بها", "له", "لها", "لهم", "فيه", "فيها", "اليوم", "امس", "مساء", "صباح", "ظهر", "الليله", "ايضا",
        "كذلك", "بدوره", "بدورها", "بدورهم", "حينها", "حينذاك", "حينئذ", "تعليقا", "ردا", "قائلا", "بالقول", "مضيفا", "وسط", "تجاه", "بشان",
        "لوسائل", "للصحفيين", "للصحافيين", "لوكاله", "لصحيفه", "لقناه", "لموقع", "لشبكه", "لجريده", "لاذاعه", "للتلفزيون", "لتلفزيون");

    /// <summary>Time words that may sit between a cue and its subject (وقال، اليوم الثلاثاء، لافروف…).</summary>
    public static readonly HashSet<string> TimeFillers = Set(
        "اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "مساء", "صباح", "ظهر",
        "الليله", "اول", "ايضا", "كذلك", "بدوره", "بدورها", "بدورهم", "جهته", "جهتها", "جانبه", "جانبها");

    /// <summary>Unnamed speakers: sources, officials, witnesses (مصدر مطلع، مسؤولون، شهود عيان).</summary>
    private static readonly string[] AnonymousStems =
    [
        "مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "مسوولو", "متحدث", "ناطق", "شهود", "شاهد", "سكان", "ناشط", "ناشطون", "ناشطين",
        "مراقب", "مراقبون", "مراقبين", "خبراء", "خبير", "محلل", "محللون", "محللين", "دبلوماسي", "دبلوماسيون", "دبلوماسيين", "اوساط",
        "جهات", "مقرب", "مقربون", "مقربين", "موظف", "موظفون", "عضو", "اعضاء", "قيادي", "قياديون", "ضابط", "ضباط", "مواطن", "مواطنون",
        "مواطنين", "مسعف", "مسعفون", "طبيب", "اطباء", "معارضون", "مستشار", "نائب", "نواب", "متحدثه", "مسووله", "صحافي", "صحفي",
        "صحافيون", "صحفيون", "مراسل", "سائل", "بعض", "كثيرون", "البعض",
    ];

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

    private static readonly HashSet<string> BrokenPlurals = Set("شهود", "خبراء", "مصادر", "اوساط", "جهات", "ضباط", "اعضاء", "اطباء", "نواب", "سكان", "بعض");

    /// <summary>A plural speaker word (مسؤولون، المصادر، الخبراء), with or without the article.</summary>
    public static bool IsPlural(string key)
    {
        if (key.StartsWith("ال", StringComparison.Ordinal)) key = key[2..];
        return key.EndsWith("ون", StringComparison.Ordinal) || key.EndsWith("ين", StringComparison.Ordinal) || BrokenPlurals.Contains(key);
    }

    public static bool IsAnonymousSpeaker(string key) => s_anonymous.Contains(key) || key.Length > 2 && key[0] == 'و' && s_anonymous.Contains(key[1..]);

    /// <summary>A speaker called «المتحدث باسم …» or «الناطق باسم …» speaks for the body named after باسم.</summary>
    public static bool IsOnBehalfOf(string key) => key is "باسم";

    /// <summary>Words that introduce a name or term in quotation marks (خط “…”، شبكة "…"، وسم «…»), not speech.</summary>
    public static readonly HashSet<string> TermIntroducers = Set(
        "خط", "مسار", "ممر", "مبادره", "عمليه", "حمله", "برنامج", "شبكه", "وسم", "هاشتاغ", "هاشتاج", "صحيفه", "جريده", "قناه",
        "كتاب", "فيلم", "مسلسل", "مشروع", "شعار", "عنوان", "بعنوان", "اسم", "باسم", "تسميه", "مصطلح", "لقب", "جماعه", "تنظيم",
        "حركه", "حزب", "موقع", "مجله", "رواية", "روايه", "اغنيه", "قصيده", "مهرجان", "معرض", "مسابقه", "جائزه", "مؤتمر", "موتمر",
        "منتدي", "منصه", "تطبيق", "شركه", "مجموعه", "ائتلاف", "تحالف", "كتيبه", "لواء", "فرقه", "جبهه", "ميليشيا", "مليشيا", "ملف",
        "قضيه", "صفقه", "اتفاق", "اتفاقيه", "معاهده", "قانون", "مرسوم", "قرار", "نظام", "مخطط", "خطه", "استراتيجيه", "رؤيه", "مفهوم",
        "ظاهره", "وصف", "يسمي", "تسمي", "المسمي", "المسماه", "يعرف", "تعرف", "المعروف", "المعروفه", "بـ", "ب", "شعارات", "هتافات",
        "كلمه", "عباره");

    /// <summary>Labels that end with a colon but do not name a speaker (المصدر: …، اقرأ أيضاً: …).</summary>
    public static readonly HashSet<string> HeadLabels = Set(
        "المصدر", "المصادر", "اقرا", "ملاحظه", "تنويه", "صوره", "فيديو", "شاهد", "تابع", "للمزيد", "المزيد", "تحديث", "عاجل",
        "ملخص", "خلاصه", "اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "س", "ج", "سؤال", "جواب", "المطلوب", "الهدف", "الاهداف", "التاريخ",
        "الموعد", "المكان", "الزمان", "النتيجه", "الحصيله", "ترجمه", "تحرير", "اعداد", "تقرير", "متابعه", "مراسل", "كتب", "بقلم");
}
