using System.Text.Json;

namespace Marsad.Tests;

/// <summary>
/// A small stream written for the relation tests: a Saudi Press Agency wire story (dateline «موسكو - واس»),
/// its full republication by Al Riyadh and an abridged one by Asharq Al-Awsat, a rewritten follow-up the
/// next day, and an unrelated two-article story a week later. Shared with Marsad.Cli.Tests (linked file).
/// </summary>
public static class RelationsCorpus
{
    public const string WireUrl = "https://spa.example/2015/07/21/talks";
    public const string FullCopyUrl = "https://alriyadh.example/2015/07/21/talks";
    public const string AbridgedUrl = "https://aawsat.example/2015/07/21/talks";
    public const string FollowUpUrl = "https://daily.example/2015/07/22/talks";
    public const string RainUrl = "https://daily.example/2015/07/29/rain";

    private const string Wire =
        "موسكو - واس\nبحث وزير الخارجية الروسي سيرغي لافروف مع وزير الخارجية الأمريكي جون كيري في موسكو اليوم تطورات الأزمة السورية وسبل إطلاق جولة جديدة من المفاوضات بين الحكومة والمعارضة في جنيف قبل نهاية الشهر المقبل.\n"
        + "وقال لافروف إن بلاده ترى أن الحل السياسي هو الطريق الوحيد لإنهاء الحرب وإن موسكو مستعدة لاستضافة لقاء تحضيري يجمع ممثلي الأطراف السورية في الأسابيع القادمة.\n"
        + "وأوضح الوزيران في مؤتمر صحافي مشترك أن فرق العمل الفنية ستواصل اجتماعاتها في فيينا لوضع جدول أعمال الجولة المقبلة وتحديد قائمة المشاركين فيها.";

    private const string FollowUp =
        "واشنطن تنتظر رد المعارضة السورية على دعوة لافروف وكيري إلى جولة جديدة من المفاوضات في جنيف، بعد يوم من لقاء الوزيرين في موسكو.\n"
        + "وقال جون كيري في تصريح للصحافيين إن الأزمة السورية تحتاج إلى حل سياسي عاجل، وإن بلاده تعمل مع روسيا على تحديد موعد الجولة المقبلة.";

    private const string Rain =
        "شهدت مدينة جدة أمطارا غزيرة مساء أمس أدت إلى تجمع المياه في عدد من الأحياء الشمالية وتعطل حركة السير في طرق رئيسية.\n"
        + "وأعلن الدفاع المدني رفع درجة الاستعداد ودعا السكان إلى تجنب الأودية ومجاري السيول حتى انتهاء الحالة المطرية المتوقعة خلال اليومين المقبلين.";

    private const string RainNextDay =
        "تواصلت الأمطار الغزيرة على مدينة جدة لليوم الثاني وأغلقت السيول عددا من الأنفاق في الأحياء الشمالية.\n"
        + "ودعا الدفاع المدني السكان مجددا إلى تجنب الأودية ومجاري السيول وعدم المجازفة بعبور الطرق المغمورة بالمياه.";

    // Earlier news on other subjects: term weights are learnt from the stream, and words every article shares weigh nothing.
    private static readonly (string Title, string Text)[] Earlier =
    [
        ("ارتفاع أسعار النفط", "ارتفعت أسعار النفط في الأسواق العالمية بعد تراجع المخزونات الأمريكية وتوقعات بزيادة الطلب الصيني على الخام خلال الربع الثالث."),
        ("افتتاح معرض الكتاب", "افتتح معرض الكتاب الدولي أبوابه للزوار بمشاركة مئات دور النشر العربية والأجنبية وبرنامج ثقافي يضم ندوات وأمسيات شعرية."),
        ("نتائج الثانوية العامة", "أعلنت وزارة التعليم نتائج امتحانات الثانوية العامة وبلغت نسبة النجاح أعلى مستوى لها منذ خمس سنوات في المدارس الحكومية."),
        ("تدشين مستشفى جديد", "دشن وزير الصحة مستشفى تخصصيا جديدا بسعة ثلاثمئة سرير يضم أقساما للقلب والأورام والعناية المركزة لحديثي الولادة."),
        ("فوز الهلال في الدوري", "حقق فريق الهلال فوزا كبيرا على منافسه في مباراة الدوري وتصدر جدول الترتيب بفارق ثلاث نقاط قبل الجولة الأخيرة."),
        ("مهرجان التمور", "انطلق مهرجان التمور السنوي بمشاركة المزارعين من مختلف المناطق وسط إقبال كبير من التجار والمتسوقين على الأصناف الفاخرة."),
    ];

    /// <summary>The stream as JSON Lines, in publication order.</summary>
    public static string JsonLines() => string.Join('\n',
        Earlier.Select((e, i) => Line($"https://daily.example/2015/07/1{i}/item", "daily-example", $"2015-07-1{i}T10:00:00Z", e.Title, e.Text)).Concat([
        Line(WireUrl, "spa", "2015-07-21T09:00:00Z", "لافروف وكيري يبحثان الأزمة السورية", Wire),
        Line(FullCopyUrl, "alriyadh", "2015-07-21T11:00:00Z", "لافروف وكيري يبحثان في موسكو الأزمة السورية", Wire),
        Line(AbridgedUrl, "aawsat", "2015-07-21T13:00:00Z", "مباحثات روسية أمريكية حول سوريا", Wire[..Wire.IndexOf("\nوأوضح", StringComparison.Ordinal)]),
        Line(FollowUpUrl, "daily-example", "2015-07-22T08:00:00Z", "واشنطن تنتظر رد المعارضة السورية على دعوة لافروف وكيري", FollowUp),
        Line(RainUrl, "daily-example", "2015-07-29T07:00:00Z", "أمطار غزيرة على جدة", Rain),
        Line(RainUrl + "-2", "daily-example", "2015-07-30T07:00:00Z", "السيول تغلق أنفاق جدة", RainNextDay)])) + "\n";

    /// <summary>Writes the stream to <paramref name="folder"/>/stream.jsonl and returns the path.</summary>
    public static string Write(string folder)
    {
        var path = Path.Combine(folder, "stream.jsonl");
        File.WriteAllText(path, JsonLines());
        return path;
    }

    private static string Line(string url, string source, string published, string title, string content) =>
        JsonSerializer.Serialize(new { url, source, published, title, content });
}
