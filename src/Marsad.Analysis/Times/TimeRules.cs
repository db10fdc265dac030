using System.Text.RegularExpressions;
using static Marsad.Analysis.Times.TimeLexicon;
using static Marsad.Analysis.Times.TimeWords;

namespace Marsad.Analysis.Times;

/// <summary>
/// The patterns of Arabic temporal expressions, written in the folded spelling the matcher sees (أ→ا، ة→ه،
/// ى→ي، ؤ→و، no diacritics or tatweel, ASCII digits). Each captures the expression in group "t"; a leading
/// clitic (و، ف، ب، ل) stays outside it. The grammar is here; its words are in Data/time-words.tsv and
/// Data/time-values.tsv (TimeWords), months, weekdays, units and number words in TimeLexicon.
/// </summary>
internal static class TimeRules
{
    private const string B = @"(?<![\p{L}\p{N}])";
    private const string E = @"(?![\p{L}\p{N}])";
    // Lazy: try the word whole first (واحد، وقت), then with a clitic (وأمس، بالأمس).
    private const string Clitic = "(?:[وف]?[بلك]?)??";
    // The Arabic comma ، and its Latin twin.
    private const string Comma = @"[,\u060C]";

    // The article, optional: (?:ال)?
    private static readonly string OptAl = $"(?:{Al})?";
    // The preposition ل as a whole word before a year or a day (لعام، للثاني).
    private static readonly string Li = Al[1..];

    private static readonly string MonthNoun = P("month-noun"), DayNoun = P("day-noun"), Today = P("today"), WeekNoun = P("week-noun");
    private static readonly string YearAam = P("year-aam"), YearSana = P("year-sana"), YearNouns = $"(?:{YearAam}|{YearSana})";
    private static readonly string HourNoun = P("hour-noun"), MinuteNoun = P("minute-noun"), CenturyNoun = P("century-noun");
    private static readonly string Of = P("of"), In = P("in"), This = P("this"), ThisFeminine = P("this-feminine"), DateLead = P("date-lead");
    private static readonly string Now = P("now"), Every = P("every"), Half = P("half");

    private static readonly string Month = $@"(?<m>{MonthPattern})(?!\p{{L}})";
    private static readonly string Month2 = $@"(?<m2>{MonthPattern})(?!\p{{L}})";
    private static readonly string MonthX = $@"(?:{MonthNoun}\s+)?{Month}(?:\s*(?:[/\\(-]|\s)\s*{Month2}\s*\)?)?";
    private static readonly string DayNum = @"(?<d>[0-3]?\d)(?![\d.,]\d)(?!\d)";
    private static readonly string DayWord = $@"(?<dw>{NumberWordPattern}(?:(?:\s*{And}\s*|\s+){NumberWordPattern})?)";
    private static readonly string Day = $"(?:{DayNum}|{DayWord})";
    private static readonly string YearNum = @"\(?\s*(?<y>\d{4})(?!\d)\s*\)?";
    private static readonly string YearWords = $@"(?<yw>{P("thousands")}(?:\s*{And}\s*{NumberWordPattern}(?:\s+{P("teen-ten")})?)*)";
    private static readonly string Year = $"(?:{YearNum}|{YearWords})";
    // «عام 2014» or «سنة 2014», the first also with the article
    private static readonly string YearNounLead = $@"(?:{OptAl}{YearAam}\s+|{YearSana}\s+)";
    private static readonly string Era = $@"(?:\s*(?<hij>{Branches("era-hijri")})(?!\p{{L}})|\s*{P("era-gregorian")}(?!\p{{L}}))?";
    private static readonly string WeekdayPrefix = $@"(?:(?:{DayNoun}\s+)?(?<wd>{WeekdayPattern})\s*{Comma}?\s*)?";
    private static readonly string Rel = $"(?<rel>{Branches("rel-past", "rel-future", "rel-current")})";
    private static readonly string Num = NumberPattern;
    // a number word is a word of its own («ست سنوات»; «ستعقد» is "will be held", not six decades); digits may touch the unit
    // «يوم الأحد الساعة …»: الأحد and الاثنين are weekdays there, not «one hour»; a count may stand in parentheses («لمدة (خمسة) أيام»)
    private static readonly string NotWeekday = $@"(?!{Al}(?:{WeekdayPattern})(?!\p{{L}}))";
    private static readonly string DurPart = $@"(?:{Half}\s+{OptAl})?(?:{NotWeekday}(?:\(\s*{Num}\s*\)\s*|{Num}(?:\s+|(?<=\d)\s*)))?{OptAl}(?:{UnitPattern}){E}(?:\s+{P("one")})?(?:\s*{And}\s*{OptAl}{Half})?";
    private static readonly string DurSeq = $@"{DurPart}(?:(?:\s*(?:{Comma}|{And})\s*|\s+){DurPart})*";
    private static readonly string PartOfDay = $"(?<pod>{ValueBranches("part-of-day")})";
    private static readonly string HourWord = $"{OptAl}{P("hour-words")}";
    // «ت.غ», «ت غ»: توقيت غرينتش abbreviated
    private const string ZoneAbbreviation = @"ت\s*\.?\s*غ";
    private static readonly string ZoneNamed = $@"\s+(?:{P("zone-lead")}\s+(?:{Branches("zones")}|\p{{L}}+)|{ZoneAbbreviation}|gmt|utc)";
    private static readonly string TimeZone = $@"(?:{ZoneNamed}|\s+{P("local-time")})?";
    private static readonly string Seasons = $"(?<s>{ValueBranches("season")})";
    private static readonly string Frac = $"{P("half-quarter")}|{P("half-quarter-bare")}|{P("quarter-to")}";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // \G: the recogniser tries each rule only at word starts near an anchor word, never across the whole text.
    private static Regex Rx(string core) => new($@"\G{B}{Clitic}(?<t>{core}){E}", Options);

    private static Regex RxNoClitic(string core) => new($@"\G{B}(?<t>{core}){E}", Options);

    // The words some rules open with or need (TimeCues), in every form their patterns match. A month rule opens with
    // a month name (its first word), the month noun, and month-day-year also with a weekday or the day noun before it.
    private static readonly IReadOnlyList<string> MonthOpens =
        TimeCues.Forms([.. TimeLexicon.Months.Keys.Select(m => m.Split(' ')[0]), .. List("month-noun")], clitics: true);
    private static readonly IReadOnlyList<string> WeekdayOrMonthOpens =
        TimeCues.Forms([.. MonthOpens, .. TimeLexicon.Weekdays.Keys, .. List("day-noun")], clitics: true);
    // a duration opens with its lead («لمدة»، «طوال»), «نصف», a number in digits or words, or the unit itself
    private static readonly IReadOnlyList<string> DurationOpens =
    [
        .. TimeCues.Forms([.. List("duration-leads").Select(w => w.Split('_')[0]), .. List("throughout"), .. List("half"),
            .. TimeLexicon.NumberWords, .. TimeLexicon.Units.Keys], clitics: true),
        .. TimeCues.DigitForms(clitics: true),
    ];
    private static readonly IReadOnlyList<string> HourNounForms = TimeCues.Forms(List("hour-noun"), clitics: true);

    public static readonly TimeRule[] All =
    [
        // «17 سبتمبر المقبل», «30 يونيو (حزيران) الماضي»: the day stays, the word after the month picks the year
        new("day-month-year", AnchorKind.Month, Rx($@"{WeekdayPrefix}(?:{DateLead}\s*)?{Day}\s*(?:[-/.]\s*)?(?:{Of}\s+(?:{MonthNoun}\s+)?)?{MonthX}(?:\s*[,\u060C./]?\s*(?:{Of}\s+)?{YearNounLead}?{Year}{Era}|\s+{Rel})?"), TimeResolvers.DayMonthYear),
        new("month-day-year", AnchorKind.Month, Rx($@"{WeekdayPrefix}{MonthX}\s*[-,\u060C]?\s*{Day}(?:\s*{Comma}?\s*(?:{Of}\s+)?{Year}{Era})?"), TimeResolvers.DayMonthYear, Opens: WeekdayOrMonthOpens),
        new("month-year", AnchorKind.Month, Rx($@"{MonthX}\s*{Comma}?\s*(?:{Of}\s+)?{YearNounLead}?{Year}{Era}"), TimeResolvers.MonthYear, Opens: MonthOpens),
        new("month", AnchorKind.Month, Rx($@"{MonthX}(?:\s+{Rel})?"), TimeResolvers.MonthAlone, Opens: MonthOpens),
        new("hijri-month-year", AnchorKind.Month, Rx($@"{Month}\s+{YearNum}{Era}"), TimeResolvers.MonthYear, Opens: MonthOpens),
        new("numeric-date", AnchorKind.Digit, RxNoClitic($@"(?:{DateLead}\s*)?\(?\s*(?<a>\d{{1,4}})\s*(?<s>[/.-])\s*(?<b>\d{{1,2}})\s*\k<s>\s*(?<c>\d{{2,4}})(?!\d){Era}\s*\)?"), TimeResolvers.NumericDate),
        new("numeric-day-month", AnchorKind.Digit, RxNoClitic(@"(?<a>\d{1,2})\s*(?<s>[/-])\s*(?<b>\d{1,2})(?!\d)(?!\s*[/.-]\s*\d)"), TimeResolvers.NumericDayMonth),
        new("year", AnchorKind.Digit, Rx($@"(?:{Al}|{Li})?{YearNouns}\s*(?:{OptAl}{P("year-rel")}\s+)?{YearNum}{Era}"), TimeResolvers.Year),
        new("bare-year", AnchorKind.Digit, RxNoClitic($@"\(?(?<y>\d{{4}})\)?{Era}"), TimeResolvers.BareYear),
        // «ما بين عامي 2012 و2014», «لعام 2014-2015»: the words that open the span are part of it
        new("year-range", AnchorKind.Digit, RxNoClitic($@"(?:(?<lead>{Branches("range-span-leads")})\s+|(?:{Al}|{Li})?{YearNouns}\s+)?(?<y1>\d{{4}})\s*(?:[-–—/]|{Branches("range-words")}|{And})\s*(?:{OptAl}{YearAam}\s+)?(?<y2>\d{{4}})(?!\d){Era}"), TimeResolvers.YearRange),
        // «القرن الماضي», «أواسط القرن التاسع عشر»: a century, named by the first two digits of its years
        new("century", AnchorKind.Unit, Rx($@"{Al}{CenturyNoun}\s+(?<c>{ValueBranches("century")})"), TimeResolvers.Century, Cues: TimeCues.Forms(List("century-noun"), clitics: true)),
        new("decade", AnchorKind.Decade, Rx($@"(?<al>{Al})?(?<dec>{ValueBranches("decade")}){P("decade-endings")}(?:\s+(?:{Of}\s+)?{OptAl}{CenturyNoun}\s+(?<c>{ValueBranches("century")}))?"), TimeResolvers.Decade),
        new("season-year", AnchorKind.Season, Rx($@"{OptAl}{Seasons}\s+(?:{OptAl}{YearNouns}\s+)?{YearNum}"), TimeResolvers.Season),
        // «هذا الصيف»: the season of this year
        new("season-this", AnchorKind.Season, Rx($@"{This}\s+{OptAl}{Seasons}"), TimeResolvers.Season),
        // «الربع الثاني من العام الحالي 2015م», «النصف الأول (من العام)», «ربع الأول من 2015م», «الربعين الأول والثاني»;
        // alone («خلال الربع الثاني»), unless «من» says of what else it is a part («النصف الأول من المباراة»)
        new("year-part", AnchorKind.Unit | AnchorKind.Digit, Rx($@"(?:(?:{Al}|{Li})?(?<part>{ValueBranches("year-part")})\s+{Al}(?<ord>{ValueBranches("year-part-ordinal")})|(?<two>{P("two-quarters")})\s+{Al}{P("first")}\s+{And}\s*{Al}(?<ord2>{ValueBranches("year-part-ordinal")}))(?:(?:\s*\(\s*|\s+)(?:{Of}\s+)?(?:(?:{Al}|{Li}{Li}|{Li})?{YearNouns}(?:\s+{Rel})?(?:\s+{YearNum}{Era})?|{YearNum}{Era})(?:\s*\))?|(?<bare>)(?!\s*\(?\s*{Of}\s))"), TimeResolvers.YearPart, Cues: TimeCues.Forms([.. Values("year-part").Select(v => v.Word.Split('_')[0]), .. List("two-quarters")], clitics: true)),
        // «الموسم الجديد», «الموسم الرياضي المنصرم»: a sports season, which spans two years
        new("sports-season", AnchorKind.Unit, Rx($@"(?:{Al}|{Li}){P("season-noun")}(?:\s+{P("season-kind")})?\s+(?:(?<new>{P("season-new")})|{Rel})"), TimeResolvers.SportsSeason, Cues: TimeCues.Forms(List("season-noun"), clitics: true)),
        new("season-relative", AnchorKind.Season, Rx($@"{OptAl}{Seasons}\s+(?:(?:{This}\s+)?{OptAl}{YearNouns}(?:\s+{Rel})?|{Rel})"), TimeResolvers.Season),
        // «يوم أمس», «أمس الأول» (the day before yesterday), and the weekday that names the same day after it
        // («أمس الاثنين», «اليوم (الاثنين)», «أول من أمس «الأربعاء»»)
        new("relative-day", AnchorKind.RelativeDay, Rx($@"(?:{DayNoun}\s+(?={OptAl}{P("yesterday")}))?(?:(?<dm2>{P("first")}\s+(?:{Of}\s+)?{P("yesterday")}|{P("yesterday-alt")}\s+{Al}{P("first")}ي|{OptAl}{P("yesterday")}\s+{Al}{P("first")}(?!\p{{L}})|{P("before")}\s+(?:{DayNoun}\s+)?{OptAl}{P("yesterday")})|(?<dm1>{Today}\s+{P("previous")}|{OptAl}{P("yesterday")}|{P("yesterday-alt")})|(?<dp2>{P("after")}\s+{OptAl}{P("morrow")})|(?<dp1>{OptAl}{DayNoun}\s+{P("next")}|{Branches("tomorrow")})|(?<d0>{Today}))(?:\s*[(«""“]\s*(?<wd>{WeekdayPattern})\s*[)»""”]|\s+(?<wd>{WeekdayPattern})(?!\p{{L}}))?"), TimeResolvers.RelativeDay),
        // «ثاني أيام عيد الفطر المبارك», «يوم عيد الأضحى»: a day of a feast, a Hijri date of the year nearest the reference
        new("feast-day", AnchorKind.Unit | AnchorKind.RelativeDay, Rx($@"(?:(?<ord>{ValueBranches("feast-day-ordinal")})\s+{P("days")}|{DayNoun})\s+{P("feast-noun")}\s+(?<f>{ValueBranches("feast")})(?:\s+{P("blessed")})?"), TimeResolvers.FeastDay, Cues: TimeCues.Forms(List("feast-noun"), clitics: true)),
        new("day-of-month", AnchorKind.Digit, Rx($@"(?<lead>{Branches("day-leads")})\s*(?:{DayNum}|{DayWord})"), TimeResolvers.DayOfMonth),
        new("weekday", AnchorKind.Weekday, Rx($@"(?:(?<today>{Today}|{DayNoun}|{This}\s+{OptAl}{DayNoun}|{This})\s+)?(?<wd>{WeekdayPattern})(?:\s+{Rel})?(?:\s*{Comma}?\s*(?:{In}\s+)?{Day}(?!\s*[-/.]?\s*(?:{Of}\s+)?(?:{MonthNoun}\s+)?{MonthPattern})(?!\s*[-/.]\s*\d))?"), TimeResolvers.Weekday),
        new("weekday-of-week", AnchorKind.Weekday, Rx($@"(?:(?<this>{This})\s+)?{OptAl}{WeekNoun}(?:\s+{Rel})?\s+(?:{DayNoun}\s+)?(?<wd>{WeekdayPattern})|(?<wd>{WeekdayPattern})\s+{Of}\s+(?:(?<this>{This})\s+)?{OptAl}{WeekNoun}(?:\s+{Rel})?"), TimeResolvers.WeekdayOfWeek),
        // «هذا العام 1436هـ»: the Hijri year in apposition is the same year
        new("relative-period", AnchorKind.Unit, Rx($@"(?:(?<this>{This}|{ThisFeminine})\s+)?{OptAl}(?<u>{ValueBranches("period-unit")})(?:\s+{Rel})?(?:\s+{YearNum}\s*(?<hij>{Branches("era-hijri")})(?!\p{{L}}))?"), TimeResolvers.RelativePeriod),
        new("day-of-month-relative", AnchorKind.Unit, Rx($@"{Day}\s+{Of}\s+(?:(?<this>{This})\s+)?{OptAl}{MonthNoun}(?:\s+{Rel})?"), TimeResolvers.DayOfRelativeMonth, Cues: TimeCues.Forms(List("month-noun"), clitics: false)),
        new("ago-after", AnchorKind.Unit, Rx($@"(?<dir>{Branches("ago-after")})\s+(?:{P("comparatives")}\s+{Of}\s+|{P("about")}\s+)?(?<dur>{DurSeq})(?!\s*\(?\s*\d{{4}})(?:\s+{Of}\s+{OptAl}{Now})?"), TimeResolvers.AgoAfter),
        new("since-now", AnchorKind.Unit, Rx($@"(?<dur>{DurSeq})\s+{Of}\s+{OptAl}{Now}"), TimeResolvers.AgoAfter, Cues: TimeCues.Forms(List("now"), clitics: false)),
        // the lead is part of the expression («لمدة خمسة أيام», «في غضون 12 شهرا», «خلال عام»); «خلال» takes only an
        // indefinite count (TimeResolvers.Duration), since «خلال الأسبوع» is this week
        new("duration", AnchorKind.Unit, Rx($@"(?:(?<lead>{Branches("duration-leads")})\s+)?(?:(?<lead>{Branches("throughout")})\s+)?(?<dur>{DurSeq})(?:\s+(?<full>{Branches("whole")}))?"), TimeResolvers.Duration, Opens: DurationOpens),
        new("past-period", AnchorKind.Unit, Rx($@"{OptAl}{PluralUnitPattern}(?:\s+{Num})?(?:\s+{OptAl}(?<few>{P("few-adjectives")}))?\s+{OptAl}(?<rel>{Branches("period-rel")})|{Num}\s+{OptAl}{PluralUnitPattern}\s+{OptAl}(?<rel>{Branches("period-rel")})"), TimeResolvers.PastPeriod, Cues: TimeCues.Forms(List("period-rel"), clitics: false)),
        new("clock-digits", AnchorKind.Clock, Rx($@"(?:{OptAl}{HourNoun}\s+)?(?<h>\d{{1,2}})\s*:\s*(?<mi>\d{{2}})(?:\s*:\s*(?<s>\d{{2}}))?(?:\s+{PartOfDay})?{TimeZone}"), TimeResolvers.Clock),
        // «الساعة 00.01»: a dot between hour and minutes, only after the hour noun (elsewhere it is a decimal)
        new("clock-digits-dot", AnchorKind.Unit, Rx($@"{OptAl}{HourNoun}\s+(?<h>\d{{1,2}})\.(?<mi>\d{{2}})(?:\s+{PartOfDay})?{TimeZone}"), TimeResolvers.Clock, Cues: HourNounForms),
        // «12.00 توقيت غرينتش», «الساعة 1404 بتوقيت جرينتش»: digits with a time zone after them are a clock time
        new("clock-zone", AnchorKind.Digit, Rx($@"(?:{OptAl}{HourNoun}\s+)?(?<h>[01]?\d|2[0-3])\.(?<mi>[0-5]\d){ZoneNamed}"), TimeResolvers.Clock),
        new("clock-zone-4-digits", AnchorKind.Digit, Rx($@"{OptAl}{HourNoun}\s+(?<h>[01]\d|2[0-3])(?<mi>[0-5]\d){ZoneNamed}"), TimeResolvers.Clock, Cues: HourNounForms),
        new("clock-hour", AnchorKind.Unit, Rx($@"{OptAl}{HourNoun}\s+(?<h>\d{{1,2}}|{HourWord})(?:\s*(?:{And}\s*)?(?<frac>{Frac}|(?<mn>\d{{1,2}}|{NumberWordPattern}(?:\s*{And}\s*{NumberWordPattern})?)\s+{MinuteNoun}))?(?:\s+{PartOfDay})?{TimeZone}"), TimeResolvers.Clock, Cues: HourNounForms),
        new("clock-part-of-day", AnchorKind.Clock, Rx($@"(?<h>\d{{1,2}}|{HourWord})(?:\s*(?:{And}\s*)?(?<frac>{P("half-quarter")}|{P("quarter-to")}))?\s+{PartOfDay}{TimeZone}"), TimeResolvers.Clock),
        new("clock-half", AnchorKind.Clock, Rx($@"(?<h>{HourWord})\s*{And}\s*(?<frac>{Branches("half-quarter")})"), TimeResolvers.Clock),
        new("set", AnchorKind.Set, Rx($@"(?:{Every}\s+{DayNoun}|{P("days")})\s+(?<wd>{WeekdayPattern})|{Every}\s+(?:(?<n>{Num})\s+)?{OptAl}(?<u>{UnitPattern})|(?<adv>{ValueBranches("set-adverb")})|{Every}\s+(?<pod>{ValueBranches("set-part-of-day")})"), TimeResolvers.Set),
        new("present", AnchorKind.Vague, Rx(Branches("present")), (_, _) => (TimeType.DATE, Timex.PresentRef)),
        new("past-recent", AnchorKind.Vague, RxNoClitic(Branches("past-recent")), (_, _) => (TimeType.DATE, Timex.PastRef)),
        new("past", AnchorKind.Vague, Rx($@"{Branches("past")}|{P("ago")}\s+{P("while")}(?:\s+{P("lengths")})?"), (_, _) => (TimeType.DATE, Timex.PastRef)),
        new("future", AnchorKind.Vague, Rx(Branches("future")), TimeResolvers.Future),
    ];
}
