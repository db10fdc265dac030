using System.Text.Json;

namespace Marsad.Web.Tests;

/// <summary>
/// A small news stream written for the web tests: a Saudi Press Agency wire story (dateline «موسكو - واس»)
/// republished in full by Al Riyadh and abridged by Okaz, a rewritten follow-up the next day that quotes
/// John Kerry, and an unrelated two-day story a week later, after earlier items on other subjects.
/// </summary>
public static class RelationsStream
{
    public const string WireUrl = "https://spa.example/2015/07/21/vienna-talks";
    public const string FullCopyUrl = "https://alriyadh.example/2015/07/21/vienna-talks";
    public const string AbridgedUrl = "https://okaz.example/2015/07/21/vienna-talks";
    public const string FollowUpUrl = "https://daily.example/2015/07/22/vienna-talks";
    public const string DustUrl = "https://daily.example/2015/07/29/dust";

    private const string Wire =
        "موسكو - واس\nبحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي جون كيري في اتصال هاتفي اليوم مستجدات الأزمة السورية والتحضير لاجتماع دولي في فيينا خلال الأسبوعين المقبلين بمشاركة الدول المعنية.\n"
        + "وقال لافروف إن موسكو تعتبر أن التسوية السياسية هي السبيل الوحيد لوقف القتال وإن بلاده ستدعو ممثلي الحكومة والمعارضة إلى مشاورات تمهيدية قبل الاجتماع.\n"
        + "وذكرت الخارجية الروسية في بيان أن الجانبين اتفقا على مواصلة التنسيق بين خبراء البلدين لإعداد جدول أعمال الاجتماع وقائمة الدول المدعوة إليه.";

    private const string FollowUp =
        "المعارضة السورية تدرس دعوة لافروف وكيري إلى اجتماع فيينا الدولي حول الأزمة السورية، غداة الاتصال الهاتفي بين وزير الخارجية الروسي ونظيره الأمريكي.\n"
        + "وقال جون كيري في تصريح للصحافيين: «لا بد من تسوية سياسية عاجلة للأزمة السورية قبل أن يتسع القتال».\n"
        + "وأضاف أن الولايات المتحدة تعمل مع روسيا على تحديد موعد اجتماع فيينا وقائمة الدول المدعوة إليه والمشاورات التمهيدية بين الحكومة والمعارضة.";

    private const string Dust =
        "اجتاحت عاصفة ترابية كثيفة مدينة الرياض عصر أمس وتسببت في انعدام الرؤية على الطرق السريعة وتأخر إقلاع عدد من الرحلات الجوية.\n"
        + "وحذرت هيئة الأرصاد من استمرار نشاط الرياح المثيرة للأتربة حتى مساء الغد ودعت المصابين بالربو إلى البقاء في منازلهم.";

    private const string DustNextDay =
        "استمرت العاصفة الترابية على مدينة الرياض لليوم الثاني وأغلقت إدارة المرور بعض الطرق السريعة بسبب انعدام الرؤية.\n"
        + "وجددت هيئة الأرصاد تحذيرها من الرياح المثيرة للأتربة ودعت المصابين بالربو إلى تجنب الخروج من منازلهم.";

    // Earlier items on other subjects: term weights are learnt from the stream.
    private static readonly (string Title, string Text)[] Earlier =
    [
        ("تراجع أسعار الذهب", "تراجعت أسعار الذهب في التعاملات الصباحية مع صعود الدولار وترقب المستثمرين لقرار البنك المركزي الأمريكي بشأن الفائدة."),
        ("انطلاق موسم الصيف", "انطلقت فعاليات موسم الصيف في المدن الساحلية ببرنامج يضم عروضا مسرحية ومسابقات للأطفال وأسواقا للحرف اليدوية."),
        ("قبول طلاب الجامعات", "أعلنت الجامعات مواعيد التسجيل للعام الدراسي الجديد وأتاحت للطلاب تقديم طلبات القبول عبر بواباتها الإلكترونية."),
        ("توسعة مطار إقليمي", "بدأت أعمال توسعة المطار الإقليمي لرفع طاقته الاستيعابية إلى خمسة ملايين مسافر سنويا بحلول نهاية المشروع."),
        ("النصر يضم لاعبا جديدا", "أعلن نادي النصر التعاقد مع لاعب وسط جديد لمدة ثلاثة مواسم استعدادا لانطلاق الدوري والمشاركة الآسيوية."),
        ("معرض للسيارات الكلاسيكية", "استقطب معرض السيارات الكلاسيكية آلاف الزوار الذين تجولوا بين طرازات نادرة يعود بعضها إلى خمسينيات القرن الماضي."),
    ];

    /// <summary>Writes the stream (JSON Lines, in publication order) into <paramref name="folder"/> and returns the path.</summary>
    public static string Write(string folder)
    {
        var lines = Earlier.Select((e, i) => Line($"https://daily.example/2015/07/1{i}/item", "daily-example", $"2015-07-1{i}T10:00:00Z", e.Title, e.Text)).Concat([
            Line(WireUrl, "spa", "2015-07-21T09:00:00Z", "لافروف وكيري يبحثان التحضير لاجتماع فيينا", Wire),
            Line(FullCopyUrl, "alriyadh", "2015-07-21T11:00:00Z", "لافروف وكيري يبحثان هاتفيا الأزمة السورية", Wire),
            Line(AbridgedUrl, "okaz", "2015-07-21T13:00:00Z", "اتصال روسي أمريكي حول سوريا", Wire[..Wire.IndexOf("\nوذكرت", StringComparison.Ordinal)]),
            Line(FollowUpUrl, "daily-example", "2015-07-22T08:00:00Z", "المعارضة السورية تدرس دعوة لافروف وكيري إلى اجتماع فيينا", FollowUp),
            Line(DustUrl, "daily-example", "2015-07-29T07:00:00Z", "عاصفة ترابية على الرياض", Dust),
            Line(DustUrl + "-2", "daily-example", "2015-07-30T07:00:00Z", "العاصفة الترابية تغلق طرقا في الرياض", DustNextDay)]);
        var path = Path.Combine(folder, "stream.jsonl");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private static string Line(string url, string source, string published, string title, string content) =>
        JsonSerializer.Serialize(new { url, source, published, title, content });
}
