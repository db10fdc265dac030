namespace Marsad.Web.Rendering;

/// <summary>The interface's words in Arabic (default) and English.</summary>
public sealed class UiText
{
    public required string Lang { get; init; }
    public string Dir => Lang == "ar" ? "rtl" : "ltr";

    /// <summary>The list separator of the language («، » in Arabic).</summary>
    public string Comma => Lang == "ar" ? "، " : ", ";
    public required string AppName, Search, SearchPlaceholder, Analyse, AnalysePlaceholder, Published, Publisher, Origin,
        Entities, Quotes, Times, Figures, Events, Speaker, Unknown, Type, Actor, Recipient, Trigger, Sentence, Value,
        Sources, Stories, Copies, Articles, NoResults, Results, Mentions, Variants, QuotesBy, AppearsWith, Timeline,
        OtherLanguage, OtherLanguageCode, SourceChain, Place, Time, Histogram,
        Story, AllStories, StorySpan, ArticlesPerDay, Original, OriginalUnknown, Coverage, Republisher, Credited, Copied, Total,
        WhoRepublishesWhom, SourcesIntro, RepublishedBy, Republishes, Date, Article, NoStories, NoCopies, NoEdges, Actors, PartOfStory, Outlet,
        From, To, Countries, Speakers, Filters, RemoveFilter, Apply, Next, Previous, Of, Export, OriginalArticle, LatestDay, MostNamed,
        ChangeAgainst, SourceActivity, CorpusSize, DaysCovered, Period, PreviousPeriod, Change, New, ErrorTitle, BackHome, Relevance, Newest, Range,
        Order, Entity, Country, EventType, QuotesSearch, Alerts, Thread, ThreadIntro, Reports,
        PlacesNamed, MapOf, MapOfMentions, Suggestions, NoHitsTry, Advanced, AdvancedHelp,
        SuggestSpelling, SuggestWithoutFields, SuggestWithoutFilters, SuggestWithoutQuotes, SuggestFewerWords;

    /// <summary>Month names, January first.</summary>
    public required string[] Months;

    public static readonly UiText Arabic = new()
    {
        Lang = "ar", AppName = "مرصد", Search = "بحث", SearchPlaceholder = "ابحث في الأخبار: اسم، عبارة، entity:\"Sergey Lavrov\"…",
        Analyse = "حلّل نصاً", AnalysePlaceholder = "ألصق نص خبر هنا", Published = "تاريخ النشر", Publisher = "الناشر", Origin = "المصدر الأصلي",
        Entities = "الكيانات", Quotes = "الاقتباسات", Times = "التواريخ", Figures = "الأرقام", Events = "الأحداث", Speaker = "المتحدث",
        Unknown = "غير معروف", Type = "النوع", Actor = "الفاعل", Recipient = "المفعول به", Trigger = "الكلمة الدالة", Sentence = "الجملة",
        Value = "القيمة", Sources = "المصادر", Stories = "القصص", Alerts = "التنبيهات",
        Thread = "السلسلة", ThreadIntro = "قصص ذات صلة بهذه القصة (حرب، انتخابات…)", Reports = "تقارير", Copies = "النسخ", Articles = "المقالات", NoResults = "لا نتائج",
        Results = "نتيجة", Mentions = "الإشارات", Variants = "صيغ الاسم", QuotesBy = "أقوال", AppearsWith = "يظهر مع", Timeline = "الخط الزمني",
        OtherLanguage = "English", OtherLanguageCode = "en", SourceChain = "سلسلة المصدر", Place = "المكان", Time = "الزمن", Histogram = "التوزيع الزمني",
        Story = "القصة", AllStories = "القصص الإخبارية", StorySpan = "المدة", ArticlesPerDay = "المقالات في كل يوم", Original = "الأصل",
        OriginalUnknown = "الأصل غير مخزّن", Coverage = "نسبة التطابق", Republisher = "الناشر الناقل", Credited = "بإسناد صريح",
        Copied = "نسخ مكتشفة", Total = "المجموع", WhoRepublishesWhom = "من ينقل عن من",
        SourcesIntro = "كل سهم من المصدر الأصلي إلى من ينقل عنه: بإسناد صريح (سطر المصدر أو الدلالة المكانية) أو نسخاً مكتشفة للنص.",
        RepublishedBy = "يُنقل عنه", Republishes = "ينقل عن غيره", Date = "التاريخ", Article = "المقال", NoStories = "لا قصص بعد",
        NoCopies = "لا نسخ لهذا المقال", NoEdges = "لا نقل بين المصادر بعد", Actors = "الفاعلون", PartOfStory = "جزء من القصة", Outlet = "المصدر",
        From = "من", To = "إلى", Countries = "الدول", Speakers = "المتحدثون", Filters = "المرشّحات", RemoveFilter = "إزالة", Apply = "تطبيق",
        Next = "التالي", Previous = "السابق", Of = "من", Export = "تصدير النتائج", OriginalArticle = "المقال في موقعه الأصلي",
        LatestDay = "أخبار آخر يوم", MostNamed = "الأكثر ذكراً", ChangeAgainst = "مقارنة بالأيام السبعة السابقة", SourceActivity = "نشاط المصادر",
        CorpusSize = "حجم المدونة", DaysCovered = "الأيام", Period = "آخر ٧ أيام", PreviousPeriod = "السبعة السابقة", Change = "التغير", New = "جديد",
        ErrorTitle = "تعذّر عرض الصفحة", BackHome = "العودة إلى الصفحة الرئيسية", Relevance = "الأكثر صلة", Newest = "الأحدث", Range = "النطاق الزمني",
        Order = "الترتيب", Entity = "الكيان", Country = "الدولة", EventType = "نوع الحدث", QuotesSearch = "المقالات التي تنقل أقواله",
        PlacesNamed = "الأماكن المذكورة", MapOf = "خريطة الأماكن المذكورة، حجم كل دائرة بعدد المقالات", MapOfMentions = "خريطة الأماكن المذكورة، حجم كل دائرة بعدد مرات ذكره", Suggestions = "اقتراحات",
        NoHitsTry = "جرّب بحثاً يجد نتائج:", Advanced = "بحث متقدم",
        SuggestSpelling = "تهجئة يعرفها قاموس الأسماء", SuggestWithoutFields = "دون الحقول", SuggestWithoutFilters = "دون المرشّحات",
        SuggestWithoutQuotes = "كلمات لا عبارة", SuggestFewerWords = "كلمات أقل",
        AdvancedHelp = "في البحث المتقدم تُقرأ صيغة Lucene كاملة: الحقول title: lead: main: names: text: entity: speaker: source: type: date:، والنجمة في آخر الكلمة (سياس*)، والتقريب (\"كلمة كلمة\"~3)، والتشابه (كلمة~)، والترجيح (^2).",
        Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    };

    public static readonly UiText English = new()
    {
        Lang = "en", AppName = "Marsad", Search = "Search", SearchPlaceholder = "Search the news: a name, a phrase, entity:\"Sergey Lavrov\"…",
        Analyse = "Analyse a text", AnalysePlaceholder = "Paste an article here", Published = "Published", Publisher = "Publisher", Origin = "Original source",
        Entities = "Entities", Quotes = "Quotes", Times = "Dates", Figures = "Figures", Events = "Events", Speaker = "Speaker",
        Unknown = "unknown", Type = "Type", Actor = "Actor", Recipient = "Recipient", Trigger = "Trigger", Sentence = "Sentence",
        Value = "Value", Sources = "Sources", Stories = "Stories", Alerts = "Alerts",
        Thread = "Thread", ThreadIntro = "Related stories this one belongs with (a war, an election…)", Reports = "reports", Copies = "Copies", Articles = "Articles", NoResults = "No results",
        Results = "results", Mentions = "Mentions", Variants = "Name variants", QuotesBy = "Quotes by", AppearsWith = "Appears with", Timeline = "Timeline",
        OtherLanguage = "العربية", OtherLanguageCode = "ar", SourceChain = "Source chain", Place = "Place", Time = "Time", Histogram = "Over time",
        Story = "Story", AllStories = "News stories", StorySpan = "Span", ArticlesPerDay = "Articles per day", Original = "Original",
        OriginalUnknown = "original not in the store", Coverage = "Overlap", Republisher = "Republisher", Credited = "Credited",
        Copied = "Detected copies", Total = "Total", WhoRepublishesWhom = "Who republishes whom",
        SourcesIntro = "Each arrow goes from the original source to an outlet that republishes it: credited (credit line or dateline) or detected copies of the text.",
        RepublishedBy = "Republished by others", Republishes = "Republishes others", Date = "Date", Article = "Article", NoStories = "No stories yet",
        NoCopies = "No copies of this article", NoEdges = "No republishing between outlets yet", Actors = "Actors", PartOfStory = "Part of the story", Outlet = "Outlet",
        From = "From", To = "To", Countries = "Countries", Speakers = "Speakers", Filters = "Filters", RemoveFilter = "Remove", Apply = "Apply",
        Next = "Next", Previous = "Previous", Of = "of", Export = "Export the results", OriginalArticle = "The article on its site",
        LatestDay = "News of the latest day", MostNamed = "Most named", ChangeAgainst = "against the 7 days before", SourceActivity = "Source activity",
        CorpusSize = "Corpus size", DaysCovered = "Days", Period = "Last 7 days", PreviousPeriod = "7 days before", Change = "Change", New = "new",
        ErrorTitle = "This page cannot be shown", BackHome = "Back to the home page", Relevance = "Most relevant", Newest = "Newest", Range = "Date range",
        Order = "Order", Entity = "Entity", Country = "Country", EventType = "Event type", QuotesSearch = "Articles quoting it",
        PlacesNamed = "Places named", MapOf = "Map of the places named, each circle sized by its articles", MapOfMentions = "Map of the places named, each circle sized by its mentions", Suggestions = "Suggestions",
        NoHitsTry = "Try a search that finds something:", Advanced = "Advanced search",
        SuggestSpelling = "a spelling the knowledge base knows", SuggestWithoutFields = "without the fields", SuggestWithoutFilters = "without the filters",
        SuggestWithoutQuotes = "words, not a phrase", SuggestFewerWords = "fewer words",
        AdvancedHelp = "Advanced search reads the whole Lucene syntax: the fields title: lead: main: names: text: entity: speaker: source: type: date:, a star at a word's end (سياس*), proximity (\"word word\"~3), fuzzy words (word~) and boosts (^2).",
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    };

    public static UiText For(string? lang) => lang == "en" ? English : Arabic;
}
