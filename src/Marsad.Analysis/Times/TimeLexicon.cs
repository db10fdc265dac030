using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Times;

/// <summary>A month name: its number, calendar and whether it is also an everyday word (مارس "practised", آب "father").</summary>
internal readonly record struct MonthName(int Month, bool Hijri, bool Homograph);

/// <summary>
/// Words of time in their folded spelling (ArabicFolder keys), and regular-expression fragments built from them.
/// Month names come from the embedded Data/months.tsv (derived from CLDR, see its header).
/// </summary>
internal static class TimeLexicon
{
    public static readonly Dictionary<string, MonthName> Months = LoadMonths();

    /// <summary>Every month name, longest first, spaces as \s+.</summary>
    public static readonly string MonthPattern = Alternation(Months.Keys);

    public static readonly Dictionary<string, int> Weekdays = new()
    {
        ["احد"] = 7, ["اثنين"] = 1, ["ثلاثاء"] = 2, ["اربعاء"] = 3, ["خميس"] = 4, ["جمعه"] = 5, ["سبت"] = 6,
    };

    public static readonly string WeekdayPattern = "(?:ال)?(?:" + string.Join("|", Weekdays.Keys) + ")";

    /// <summary>Duration units and their TIMEX letter (T-prefixed ones are clock units); duals count two.</summary>
    public static readonly Dictionary<string, (string Unit, int Dual)> Units = BuildUnits();

    public static readonly string UnitPattern = Alternation(Units.Keys);

    /// <summary>Plural units only (الأشهر، السنوات): «الأشهر الـ6 الماضية».</summary>
    public static readonly string PluralUnitPattern = "(?:اشهر|شهور|سنوات|سنين|اعوام|ايام|اسابيع|ساعات|دقايق|عقود|قرون)";

    /// <summary>Number words a date or duration may be written with (ثلاثة، الحادي والعشرين، ألفين).</summary>
    public static readonly string NumberWordPattern = BuildNumberWords();

    /// <summary>A number in digits (1.5، الـ6) or words (ثلاثة، واحد وعشرين، بضعة).</summary>
    public static readonly string NumberPattern =
        $@"(?:(?:ال)?\d+(?:[.,]\d+)?|{NumberWordPattern}(?:\s*و\s*{NumberWordPattern}|\s+{NumberWordPattern})*)";

    public static bool TryMonth(string keyText, out MonthName month) =>
        Months.TryGetValue(Regex.Replace(keyText, @"\s+", " "), out month);

    private static Dictionary<string, MonthName> LoadMonths()
    {
        var d = new Dictionary<string, MonthName>(StringComparer.Ordinal);
        foreach (var f in LexiconReader.ResourceRows(typeof(TimeLexicon).Assembly, "Marsad.Analysis.Times.months.tsv", 4, 4))
            d[ArabicFolder.Fold(f[0])] = new MonthName(int.Parse(f[1], CultureInfo.InvariantCulture), f[2] == "h", f[3] == "1");
        return d;
    }

    private static Dictionary<string, (string, int)> BuildUnits()
    {
        var d = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        void Add(string unit, int dual, params string[] forms)
        {
            foreach (var f in forms) d[ArabicFolder.Fold(f)] = (unit, dual);
        }
        Add("Y", 0, "سنة", "سنوات", "سنين", "عام", "أعوام", "سنه");
        Add("Y", 2, "سنتين", "سنتان", "عامين", "عامان");
        Add("M", 0, "شهر", "أشهر", "شهور");
        Add("M", 2, "شهرين", "شهران");
        Add("W", 0, "أسبوع", "أسابيع");
        Add("W", 2, "أسبوعين", "أسبوعان");
        Add("D", 0, "يوم", "أيام", "يوماً");
        Add("D", 2, "يومين", "يومان");
        Add("E", 0, "عقد", "عقود");
        Add("E", 2, "عقدين", "عقدان");
        Add("C", 0, "قرن", "قرون");
        Add("C", 2, "قرنين", "قرنان");
        Add("TH", 0, "ساعة", "ساعات");
        Add("TH", 2, "ساعتين", "ساعتان");
        Add("TM", 0, "دقيقة", "دقائق");
        Add("TM", 2, "دقيقتين", "دقيقتان");
        Add("TS", 0, "ثانية", "ثوان", "ثواني");
        Add("TS", 2, "ثانيتين", "ثانيتان");
        return d;
    }

    private static string BuildNumberWords()
    {
        string[] words =
        [
            "واحد", "واحدة", "اثنين", "اثنان", "اثنتين", "اثنتان", "اثني", "اثنا", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة",
            "ست", "ستة", "سبع", "سبعة", "ثمان", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "أحد", "إحدى", "حادي", "حادية",
            "عشرين", "عشرون", "ثلاثين", "ثلاثون", "أربعين", "أربعون", "خمسين", "خمسون", "ستين", "ستون", "سبعين", "سبعون",
            "ثمانين", "ثمانون", "تسعين", "تسعون", "مئة", "مائة", "مئتين", "مائتين", "مئتي", "ألف", "ألفين", "ألفان", "بضعة", "بضع",
            "أول", "أولى", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة", "سادس", "سادسة", "سابع", "سابعة",
            "ثامن", "ثامنة", "تاسع", "تاسعة", "عاشر", "عاشرة", "تسعمائة", "ثمانمائة", "تسعمئة",
        ];
        return "(?:(?:ال)?(?:" + string.Join("|", words.Select(w => ArabicFolder.Fold(w)).Distinct().OrderByDescending(w => w.Length)) + "))";
    }

    private static string Alternation(IEnumerable<string> keys) =>
        "(?:" + string.Join("|", keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace("\\ ", @"\s+", StringComparison.Ordinal).Replace(" ", @"\s+", StringComparison.Ordinal))) + ")";
}
