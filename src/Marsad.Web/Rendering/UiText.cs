namespace Marsad.Web.Rendering;

/// <summary>The interface's words in Arabic (default) and English.</summary>
public sealed class UiText
{
    public required string Lang { get; init; }
    public string Dir => Lang == "ar" ? "rtl" : "ltr";
    public required string AppName, Search, SearchPlaceholder, Analyse, AnalysePlaceholder, Published, Publisher, Origin,
        Entities, Quotes, Times, Figures, Events, Speaker, Unknown, Type, Actor, Recipient, Trigger, Sentence, Value,
        Sources, Stories, Copies, Articles, NoResults, Results, Mentions, Variants, QuotesBy, AppearsWith, Timeline,
        OtherLanguage, OtherLanguageCode, SourceChain, Place, Time, Histogram;

    public static readonly UiText Arabic = new()
    {
        Lang = "ar", AppName = "مرصد", Search = "بحث", SearchPlaceholder = "ابحث في الأخبار: اسم، عبارة، entity:\"Sergey Lavrov\"…",
        Analyse = "حلّل نصاً", AnalysePlaceholder = "ألصق نص خبر هنا", Published = "تاريخ النشر", Publisher = "الناشر", Origin = "المصدر الأصلي",
        Entities = "الكيانات", Quotes = "الاقتباسات", Times = "التواريخ", Figures = "الأرقام", Events = "الأحداث", Speaker = "المتحدث",
        Unknown = "غير معروف", Type = "النوع", Actor = "الفاعل", Recipient = "المفعول به", Trigger = "الكلمة الدالة", Sentence = "الجملة",
        Value = "القيمة", Sources = "المصادر", Stories = "القصص", Copies = "النسخ", Articles = "المقالات", NoResults = "لا نتائج",
        Results = "نتيجة", Mentions = "الإشارات", Variants = "صيغ الاسم", QuotesBy = "أقوال", AppearsWith = "يظهر مع", Timeline = "الخط الزمني",
        OtherLanguage = "English", OtherLanguageCode = "en", SourceChain = "سلسلة المصدر", Place = "المكان", Time = "الزمن", Histogram = "التوزيع الزمني",
    };

    public static readonly UiText English = new()
    {
        Lang = "en", AppName = "Marsad", Search = "Search", SearchPlaceholder = "Search the news: a name, a phrase, entity:\"Sergey Lavrov\"…",
        Analyse = "Analyse a text", AnalysePlaceholder = "Paste an article here", Published = "Published", Publisher = "Publisher", Origin = "Original source",
        Entities = "Entities", Quotes = "Quotes", Times = "Dates", Figures = "Figures", Events = "Events", Speaker = "Speaker",
        Unknown = "unknown", Type = "Type", Actor = "Actor", Recipient = "Recipient", Trigger = "Trigger", Sentence = "Sentence",
        Value = "Value", Sources = "Sources", Stories = "Stories", Copies = "Copies", Articles = "Articles", NoResults = "No results",
        Results = "results", Mentions = "Mentions", Variants = "Name variants", QuotesBy = "Quotes by", AppearsWith = "Appears with", Timeline = "Timeline",
        OtherLanguage = "العربية", OtherLanguageCode = "ar", SourceChain = "Source chain", Place = "Place", Time = "Time", Histogram = "Over time",
    };

    public static UiText For(string? lang) => lang == "en" ? English : Arabic;
}
