using Marsad.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// Words that announce a name of a given class: titles before people (الرئيس، وزير، السيد), kinds of bodies before
/// organisations (شركة، حزب، وكالة) and kinds of places before locations (مدينة، محافظة). Keys are folded words
/// without the article; the tagger looks them up by hash for the word itself and its clitic-stripped stem.
/// </summary>
internal static class TriggerWords
{
    public const byte Person = 1, Organisation = 2, Place = 3, Event = 4, Speech = 5, Nationality = 6;

    private static readonly (byte Class, string Words)[] Lists =
    [
        (Person, "رئيس زعيم وزير وزيرة سيد سيدة شيخ ملك ملكة أمير أميرة دكتور د نائب متحدث ناطق جنرال عقيد لواء عميد مشير " +
                 "كاتب كاتبة مدرب لاعب فنان فنانة مستشار سفير قاضي بابا إمام أستاذ مهندس أمين مبعوث مندوب سلطان رئيسة " +
                 "مدير مديرة محافظ قائد مراسل الروائي الشاعر شاعر مخرج ممثل ممثلة مطرب مطربة المغني مغني حاكم عاهل " +
                 "المرشح مرشح النجم نجم المهاجم مهاجم حارس الرسام رسام العالم البروفيسور القس الأب الأخ المطران الحاج " +
                 "نظيره نظيرها السفيرة القائد البطل الزميل الصحفي صحفي الباحث المؤرخ الفيلسوف المفكر الإعلامي المحامي محامي"),
        (Organisation, "شركة حزب حركة منظمة وكالة جامعة مجلس وزارة جمعية اتحاد بنك مصرف صحيفة جريدة مجموعة هيئة لجنة قوات " +
                       "جيش جبهة مؤسسة معهد مركز نادي منتخب محكمة برلمان تلفزيون تليفزيون قناة إذاعة مجلة كلية أكاديمية " +
                       "مصنع فريق تحالف ائتلاف نقابة رابطة منتدى صندوق برنامج بورصة سوق مكتب كتائب ميليشيا جماعة تنظيم دار"),
        (Place, "مدينة بلدة قرية منطقة محافظة ولاية إقليم عاصمة نهر جبل جبال بحر خليج جزيرة جزر دولة بلاد مقاطعة " +
                "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط ضواحي مخيم حي ميناء مطار قضاء ناحية صحراء وادي بحيرة " +
                "شارع ساحة ميدان قارة شبه"),
        (Event, "بطولة كأس جائزة مهرجان اتفاقية اتفاق معاهدة حرب عملية مؤتمر قمة دورة أولمبياد مسابقة معرض ثورة انتفاضة"),
        (Speech, "قال قالت أكد أكدت صرح صرحت أضاف أضافت أعلن أعلنت أوضح أوضحت ذكر ذكرت أشار أشارت يقول تقول وصف استقبل التقى"),
    ];

    private static readonly Dictionary<ulong, byte> ByHash = Build();

    private static Dictionary<ulong, byte> Build()
    {
        var map = new Dictionary<ulong, byte>();
        foreach (var (cls, words) in Lists)
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var key = ArabicFolder.Fold(word);
                map.TryAdd(FeatureHash.Of(key), cls);
                // Listed with the article or without: register both forms.
                if (key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 3) map.TryAdd(FeatureHash.Of(key.AsSpan(2)), cls);
                else map.TryAdd(FeatureHash.Of("ال" + key), cls);
            }
        return map;
    }

    public static byte Lookup(ulong hash) => ByHash.TryGetValue(hash, out var c) ? c : (byte)0;
}
