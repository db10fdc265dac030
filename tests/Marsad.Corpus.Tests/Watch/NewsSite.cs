using System.Globalization;
using System.Net;
using System.Text;
using Marsad.Corpus.Reading;

namespace Marsad.Tests.Watch;

/// <summary>An article the local server publishes.</summary>
public sealed record NewsItem(string Title, DateTimeOffset Published, string Body, string? Author = null);

/// <summary>
/// Builds what a news site serves from a list of articles: an HTML page per article (title and date in the meta
/// tags a real outlet writes, a canonical link), and RSS 2.0, Atom and Google News sitemap listings of them.
/// </summary>
public static class NewsSite
{
    /// <summary>Six short articles written for these tests; three name the Saudi foreign minister Adel al-Jubeir.</summary>
    public static IReadOnlyList<NewsItem> Synthetic { get; } =
    [
        new("الجبير يلتقي لافروف في موسكو", At(21, 9),
            "التقى وزير الخارجية السعودي عادل الجبير نظيره الروسي سيرغي لافروف في موسكو يوم الثلاثاء.\nوقال الجبير في مؤتمر صحفي إن المملكة تدعم الحل السياسي في سوريا، مضيفا أن المحادثات كانت صريحة.\nوأكد لافروف أن بلاده مستعدة لمواصلة الحوار مع الرياض.", "مراسل موسكو"),
        new("ارتفاع أسعار النفط في الأسواق العالمية", At(21, 11),
            "ارتفعت أسعار النفط في تعاملات اليوم بنسبة اثنين في المئة بعد تراجع المخزونات الأمريكية.\nوبلغ سعر خام برنت ثمانية وخمسين دولارا للبرميل، فيما قال محللون إن الطلب الصيني ما زال ضعيفا.\nوتترقب الأسواق اجتماع منظمة أوبك المقبل في فيينا."),
        new("الهلال يفوز على النصر في الدوري", At(22, 20),
            "فاز فريق الهلال على ضيفه النصر بهدفين مقابل هدف في المباراة التي أقيمت مساء الأربعاء في الرياض.\nوسجل الهدفين لاعب الوسط في الشوط الثاني، بينما أحرز النصر هدفه الوحيد من ركلة جزاء.\nوبهذا الفوز يتصدر الهلال جدول الترتيب."),
        new("الجبير: لا مكان للأسد في مستقبل سوريا", At(22, 14),
            "قال وزير الخارجية عادل الجبير إنه لا مكان لبشار الأسد في مستقبل سوريا.\nوأضاف الجبير خلال لقائه نظيره الألماني في برلين أن المملكة ستواصل دعم المعارضة السورية المعتدلة.\nوكان الوزير قد وصل إلى ألمانيا في جولة أوروبية."),
        new("افتتاح معرض الكتاب في جدة", At(23, 10),
            "افتتح أمير منطقة مكة المكرمة معرض جدة الدولي للكتاب بمشاركة أكثر من أربعمئة دار نشر.\nويستمر المعرض عشرة أيام، وتقام على هامشه ندوات وأمسيات شعرية.\nوقال مدير المعرض إن عدد الزوار المتوقع يتجاوز مليون زائر."),
        new("وزير الخارجية عادل الجبير يصل إلى باريس", At(23, 18),
            "وصل وزير الخارجية السعودي عادل الجبير إلى العاصمة الفرنسية باريس في زيارة رسمية تستغرق يومين.\nويلتقي الجبير خلال الزيارة الرئيس الفرنسي ووزير خارجيته لبحث العلاقات الثنائية والأوضاع في اليمن.\nوكان في استقباله سفير المملكة لدى فرنسا."),
    ];

    private static DateTimeOffset At(int day, int hour) => new(2015, 7, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>The first <paramref name="count"/> articles read (with a title, a date and at least 200 characters), as the site's articles.</summary>
    public static IReadOnlyList<NewsItem> FromRecords(IEnumerable<ReadResult> records, int count)
    {
        var items = new List<NewsItem>();
        foreach (var r in records)
        {
            if (r.Article is not { } a || a.Metadata.Title is not { Length: > 0 } title || a.Metadata.Published is not { } p || a.Text.Length < 200) continue;
            items.Add(new NewsItem(title, new DateTimeOffset(p.Date.ToDateTime(p.Time ?? new TimeOnly(12, 0)), TimeSpan.Zero), a.Text, a.Metadata.Author));
            if (items.Count == count) break;
        }
        return items;
    }

    /// <summary>The page of an article, as an outlet's CMS writes it (the canonical link is absolute when <paramref name="canonical"/> is).</summary>
    public static string Html(NewsItem item, string canonical, string? charsetMeta = "utf-8")
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"ar\" dir=\"rtl\"><head>");
        if (charsetMeta is not null) html.Append(Inv, $"<meta charset=\"{charsetMeta}\">");
        html.Append(Inv, $"<title>{E(item.Title)} | صحيفة الاختبار</title>")
            .Append(Inv, $"<meta property=\"og:title\" content=\"{E(item.Title)}\">")
            .Append(Inv, $"<meta property=\"article:published_time\" content=\"{item.Published.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\">")
            .Append(Inv, $"<link rel=\"canonical\" href=\"{E(canonical)}\">");
        if (item.Author is { } author) html.Append(Inv, $"<meta name=\"author\" content=\"{E(author)}\">");
        html.Append("</head><body><nav><a href=\"/\">الرئيسية</a> <a href=\"/sport\">رياضة</a></nav><main><article>")
            .Append(Inv, $"<h1>{E(item.Title)}</h1>");
        foreach (var p in item.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) html.Append(Inv, $"<p>{E(p)}</p>");
        html.Append("</article></main><footer>جميع الحقوق محفوظة</footer></body></html>");
        return html.ToString();
    }

    public static string Rss(IEnumerable<(NewsItem Item, Uri Link)> items)
    {
        var x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>صحيفة الاختبار</title><link>http://localhost/</link><description>أخبار</description>");
        foreach (var (item, link) in items)
            x.Append(Inv, $"<item><title>{E(item.Title)}</title><link>{E(link.ToString())}</link><pubDate>{item.Published.ToString("R", CultureInfo.InvariantCulture)}</pubDate></item>");
        return x.Append("</channel></rss>").ToString();
    }

    public static string Atom(IEnumerable<(NewsItem Item, Uri Link)> items)
    {
        var x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>صحيفة الاختبار</title><id>urn:test:feed</id><updated>2015-07-23T00:00:00Z</updated>");
        foreach (var (item, link) in items)
            x.Append(Inv, $"<entry><title>{E(item.Title)}</title><id>{E(link.ToString())}</id><link href=\"{E(link.ToString())}\"/><updated>{item.Published.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</updated></entry>");
        return x.Append("</feed>").ToString();
    }

    public static string Sitemap(IEnumerable<(NewsItem Item, Uri Link)> items)
    {
        var x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
        foreach (var (item, link) in items)
            x.Append(Inv, $"<url><loc>{E(link.ToString())}</loc><news:news><news:publication><news:name>Test</news:name><news:language>ar</news:language></news:publication>")
             .Append(Inv, $"<news:publication_date>{item.Published.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</news:publication_date><news:title>{E(item.Title)}</news:title></news:news></url>");
        return x.Append("</urlset>").ToString();
    }

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
