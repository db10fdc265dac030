using System.Text.RegularExpressions;
using static Marsad.Analysis.Times.TimeLexicon;

namespace Marsad.Analysis.Times;

/// <summary>
/// The patterns of Arabic temporal expressions, written in the folded spelling the matcher sees (أ→ا، ة→ه،
/// ى→ي، ؤ→و، no diacritics or tatweel, ASCII digits). Each captures the expression in group "t"; a leading
/// clitic (و، ف، ب، ل) stays outside it.
/// </summary>
internal static class TimeRules
{
    private const string B = @"(?<![\p{L}\p{N}])";
    private const string E = @"(?![\p{L}\p{N}])";
    // Lazy: try the word whole first (واحد، وقت), then with a clitic (وأمس، بالأمس).
    private const string Clitic = "(?:[وف]?[بلك]?)??";

    private static readonly string Month = $@"(?<m>{MonthPattern})(?!\p{{L}})";
    private static readonly string Month2 = $@"(?<m2>{MonthPattern})(?!\p{{L}})";
    private static readonly string MonthX = $@"(?:شهر\s+)?{Month}(?:\s*(?:[/\\(-]|\s)\s*{Month2}\s*\)?)?";
    private static readonly string DayNum = @"(?<d>[0-3]?\d)(?![\d.,]\d)(?!\d)";
    private static readonly string DayWord = $@"(?<dw>{NumberWordPattern}(?:(?:\s*و\s*|\s+){NumberWordPattern})?)";
    private static readonly string Day = $"(?:{DayNum}|{DayWord})";
    private static readonly string YearNum = @"\(?\s*(?<y>\d{4})(?!\d)\s*\)?";
    private static readonly string YearWords = $@"(?<yw>(?:الف|الفين|الفان)(?:\s*و\s*{NumberWordPattern}(?:\s+عشره?)?)*)";
    private static readonly string Year = $"(?:{YearNum}|{YearWords})";
    private static readonly string Era = @"(?:\s*(?<hij>ه|هجري|هجريه|للهجره)(?!\p{L})|\s*(?:م|ميلادي|ميلاديه|للميلاد)(?!\p{L}))?";
    private static readonly string WeekdayPrefix = $@"(?:(?:يوم\s+)?(?<wd>{WeekdayPattern})\s*[,،]?\s*)?";
    private const string Rel = "(?<rel>الماضي|الماضيه|المنصرم|المنصرمه|الفايت|السابق|السابقه|المقبل|المقبله|القادم|القادمه|الجاري|الجاريه|الحالي|الحاليه)";
    private static readonly string Num = NumberPattern;
    // a number word is a word of its own («ست سنوات»; «ستعقد» is "will be held", not six decades); digits may touch the unit
    private static readonly string DurPart = $@"(?:نصف\s+(?:ال)?)?(?:{Num}(?:\s+|(?<=\d)\s*))?(?:ال)?(?:{UnitPattern}){E}(?:\s+(?:واحد|واحده))?(?:\s*و\s*(?:ال)?نصف)?";
    private static readonly string DurSeq = $@"{DurPart}(?:(?:\s*(?:[,،]|و)\s*|\s+){DurPart})*";
    private const string PartOfDay = @"(?<pod>صباحا|صباح|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا|بعد\s+الظهر|في\s+الليل|في\s+الصباح|في\s+المساء)";
    private const string HourWord = @"(?:ال)?(?:واحده|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره|حاديه\s+عشره|ثانيه\s+عشره)";
    private const string TimeZone = @"(?:\s+(?:بتوقيت\s+(?:غرينتش|غرينيتش|جرينتش|جرينيتش|مكه(?:\s+المكرمه)?|\p{L}+)|ت\s*\.?\s*غ|بالتوقيت\s+المحلي|gmt|utc))?";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // \G: the recogniser tries each rule only at word starts near an anchor word, never across the whole text.
    private static Regex Rx(string core) => new($@"\G{B}{Clitic}(?<t>{core}){E}", Options);

    private static Regex RxNoClitic(string core) => new($@"\G{B}(?<t>{core}){E}", Options);

    public static readonly TimeRule[] All =
    [
        // «17 سبتمبر المقبل», «30 يونيو (حزيران) الماضي»: the day stays, the word after the month picks the year
        new("day-month-year", AnchorKind.Month, Rx($@"{WeekdayPrefix}(?:بتاريخ\s*)?{Day}\s*(?:[-/.]\s*)?(?:من\s+(?:شهر\s+)?)?{MonthX}(?:\s*[,،.]?\s*(?:من\s+)?(?:(?:ال)?عام\s+|سنه\s+)?{Year}{Era}|\s+{Rel})?"), TimeResolvers.DayMonthYear),
        new("month-day-year", AnchorKind.Month, Rx($@"{WeekdayPrefix}{MonthX}\s*[-,،]?\s*{Day}(?:\s*[,،]?\s*(?:من\s+)?{Year}{Era})?"), TimeResolvers.DayMonthYear),
        new("month-year", AnchorKind.Month, Rx($@"{MonthX}\s*[,،]?\s*(?:من\s+)?(?:(?:ال)?عام\s+|سنه\s+)?{Year}{Era}"), TimeResolvers.MonthYear),
        new("month", AnchorKind.Month, Rx($@"{MonthX}(?:\s+{Rel})?"), TimeResolvers.MonthAlone),
        new("hijri-month-year", AnchorKind.Month, Rx($@"{Month}\s+{YearNum}{Era}"), TimeResolvers.MonthYear),
        new("numeric-date", AnchorKind.Digit, RxNoClitic(@"(?:بتاريخ\s*)?\(?\s*(?<a>\d{1,4})\s*(?<s>[/.-])\s*(?<b>\d{1,2})\s*\k<s>\s*(?<c>\d{2,4})(?!\d)\s*\)?"), TimeResolvers.NumericDate),
        new("numeric-day-month", AnchorKind.Digit, RxNoClitic(@"(?<a>\d{1,2})\s*(?<s>[/-])\s*(?<b>\d{1,2})(?!\d)(?!\s*[/.-]\s*\d)"), TimeResolvers.NumericDayMonth),
        new("year", AnchorKind.Digit, Rx($@"(?:ال|ل)?(?:عام|سنه)\s*(?:(?:ال)?(?:الماضي|المقبل|القادم)\s+)?{YearNum}{Era}"), TimeResolvers.Year),
        new("bare-year", AnchorKind.Digit, RxNoClitic($@"\(?(?<y>\d{{4}})\)?{Era}"), TimeResolvers.BareYear),
        new("year-range", AnchorKind.Digit, RxNoClitic(@"(?<y1>\d{4})\s*(?:[-–—/]|الي|حتي|و)\s*(?:(?:ال)?عام\s+)?(?<y2>\d{4})(?!\d)"), TimeResolvers.YearRange),
        new("decade", AnchorKind.Decade, Rx(@"(?<al>ال)?(?<dec>عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:يات|ات)(?:\s+(?:من\s+)?(?:ال)?قرن\s+(?<c>الماضي|العشرين|الحالي|الحادي\s+والعشرين|الواحد\s+والعشرين|التاسع\s+عشر))?"), TimeResolvers.Decade),
        new("season-year", AnchorKind.Season, Rx($@"(?:ال)?(?<s>خريف|ربيع|صيف|شتاء)\s+(?:(?:ال)?(?:عام|سنه)\s+)?{YearNum}"), TimeResolvers.Season),
        new("season-relative", AnchorKind.Season, Rx($@"(?:ال)?(?<s>خريف|ربيع|صيف|شتاء)\s+(?:(?:هذا\s+)?(?:ال)?(?:عام|سنه)(?:\s+{Rel})?|{Rel})"), TimeResolvers.Season),
        new("relative-day", AnchorKind.RelativeDay, Rx(@"(?<dm2>اول\s+(?:من\s+)?امس|قبل\s+(?:يوم\s+)?(?:ال)?امس)|(?<dm1>اليوم\s+(?:الماضي|السابق)|(?:ال)?امس|البارحه)|(?<dp2>بعد\s+(?:ال)?غد)|(?<dp1>(?:ال)?يوم\s+التالي|غدا|غد|الغد)|(?<d0>اليوم)"), TimeResolvers.RelativeDay),
        new("day-of-month", AnchorKind.Digit, Rx($@"(?<lead>يوم|في|الي|ل)\s*(?:{DayNum}|{DayWord})"), TimeResolvers.DayOfMonth),
        new("weekday", AnchorKind.Weekday, Rx($@"(?:(?<today>اليوم|يوم|هذا\s+(?:ال)?يوم|هذا)\s+)?(?<wd>{WeekdayPattern})(?:\s+{Rel})?(?:\s*[,،]?\s*(?:في\s+)?{Day}(?!\s*[-/.]?\s*(?:من\s+)?(?:شهر\s+)?{MonthPattern}))?"), TimeResolvers.Weekday),
        new("weekday-of-week", AnchorKind.Weekday, Rx($@"(?:(?<this>هذا)\s+)?(?:ال)?اسبوع(?:\s+{Rel})?\s+(?:يوم\s+)?(?<wd>{WeekdayPattern})|(?<wd>{WeekdayPattern})\s+من\s+(?:(?<this>هذا)\s+)?(?:ال)?اسبوع(?:\s+{Rel})?"), TimeResolvers.WeekdayOfWeek),
        new("relative-period", AnchorKind.Unit, Rx($@"(?:(?<this>هذا|هذه)\s+)?(?:ال)?(?<u>اسبوع|شهر|عام|سنه)(?:\s+{Rel})?"), TimeResolvers.RelativePeriod),
        new("day-of-month-relative", AnchorKind.Unit, Rx($@"{Day}\s+من\s+(?:(?<this>هذا)\s+)?(?:ال)?شهر(?:\s+{Rel})?"), TimeResolvers.DayOfRelativeMonth),
        new("ago-after", AnchorKind.Unit, Rx($@"(?<dir>قبل|منذ|بعد)\s+(?:(?:اكثر|اقل)\s+من\s+|نحو\s+|حوالي\s+|قرابه\s+|زهاء\s+)?(?<dur>{DurSeq})(?!\s*\(?\s*\d{{4}})(?:\s+من\s+(?:ال)?ان)?"), TimeResolvers.AgoAfter),
        new("since-now", AnchorKind.Unit, Rx($@"(?<dur>{DurSeq})\s+من\s+(?:ال)?ان"), TimeResolvers.AgoAfter),
        new("duration", AnchorKind.Unit, new Regex($@"\G{B}{Clitic}(?:(?<lead>لمده|مده|علي\s+مدي)\s+)?(?<t>(?:(?<lead>طوال|طيله)\s+)?(?<dur>{DurSeq})(?:\s+(?<full>كامل|كامله))?){E}", Options), TimeResolvers.Duration),
        new("past-period", AnchorKind.Unit, Rx($@"(?:ال)?{PluralUnitPattern}(?:\s+{Num})?\s+(?:ال)?(?<rel>ماضيه|ماضي|اخيره|مقبله|قادمه|منصرمه)|{Num}\s+(?:ال)?{PluralUnitPattern}\s+(?:ال)?(?<rel>ماضيه|ماضي|اخيره|مقبله|قادمه|منصرمه)"), TimeResolvers.PastPeriod),
        new("clock-digits", AnchorKind.Clock, Rx($@"(?:(?:ال)?ساعه\s+)?(?<h>\d{{1,2}})\s*:\s*(?<mi>\d{{2}})(?:\s*:\s*(?<s>\d{{2}}))?(?:\s+{PartOfDay})?{TimeZone}"), TimeResolvers.Clock),
        new("clock-hour", AnchorKind.Unit, Rx($@"(?:ال)?ساعه\s+(?<h>\d{{1,2}}|{HourWord})(?:\s*(?:و\s*)?(?<frac>النصف|الربع|نصف|ربع|الا\s+ربعا?|(?<mn>\d{{1,2}}|{NumberWordPattern})\s+دقيقه))?(?:\s+{PartOfDay})?{TimeZone}"), TimeResolvers.Clock),
        new("clock-part-of-day", AnchorKind.Clock, Rx($@"(?<h>\d{{1,2}}|{HourWord})(?:\s*(?:و\s*)?(?<frac>النصف|الربع|الا\s+ربعا?))?\s+{PartOfDay}{TimeZone}"), TimeResolvers.Clock),
        new("clock-half", AnchorKind.Clock, Rx($@"(?<h>{HourWord})\s*و\s*(?<frac>النصف|الربع)"), TimeResolvers.Clock),
        new("set", AnchorKind.Set, Rx($@"كل\s+(?:(?<n>{Num})\s+)?(?:ال)?(?<u>{UnitPattern})|(?<adv>يوميا|اسبوعيا|شهريا|سنويا|ساعيا)|(?:كل\s+يوم|ايام)\s+(?<wd>{WeekdayPattern})|كل\s+(?<pod>صباح|مساء|ليله)"), TimeResolvers.Set),
        new("present", AnchorKind.Vague, Rx(@"حاليا|في\s+الوقت\s+(?:الحالي|الراهن)|(?:حتي|لحد|الي|لغايه)\s+الان|الان"), (_, _) => (TimeType.DATE, Timex.PresentRef)),
        new("past", AnchorKind.Vague, Rx(@"في\s+وقت\s+(?:سابق|مبكر)|سابقا|موخرا|في\s+الماضي|في\s+السابق|(?:قبل|منذ)\s+(?:فتره|مده|زمن)(?:\s+(?:طويله|قصيره|طويل))?"), (_, _) => (TimeType.DATE, Timex.PastRef)),
        new("future", AnchorKind.Vague, Rx(@"قريبا|في\s+وقت\s+(?:لاحق|قريب)|لاحقا|مستقبلا|في\s+المستقبل(?:\s+القريب)?|عما\s+قريب|في\s+القريب\s+العاجل"), (_, _) => (TimeType.DATE, Timex.FutureRef)),
    ];
}
