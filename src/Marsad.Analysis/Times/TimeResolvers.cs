using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Text.Clitics;
using static Marsad.Analysis.Times.TimeWords;

namespace Marsad.Analysis.Times;

/// <summary>Turns a rule's match into a TIMEX3 type and value, resolving against the reference when there is one.</summary>
internal static class TimeResolvers
{
    // The words the resolvers read around a match: Data/time-words.tsv (its header says what each class is for).
    private static readonly HashSet<string> YearLeadWords = TimeWords.Set("year-leads");
    private static readonly HashSet<string> RateUnits = TimeWords.Set("rate-units"), PeriodRelFuture = TimeWords.Set("period-rel-future");
    private static readonly HashSet<string> NameLeads = TimeWords.Set("name-leads"), PrayerNouns = TimeWords.Set("prayer-nouns");
    private static readonly HashSet<string> HomographMonthLeads = TimeWords.Set("homograph-month-leads");
    private static readonly HashSet<string> Honorifics = TimeWords.Set("honorifics");
    private static readonly HashSet<string> Copulas = TimeWords.Set("copulas");
    private static readonly HashSet<string> AgeNouns = TimeWords.Set("age-nouns");
    private static readonly string Near = List("future").Single(w => w.StartsWith("قريب", StringComparison.Ordinal));
    private static readonly HashSet<string> WeekdayLeadWords = TimeWords.Set("weekday-leads");
    private static readonly HashSet<string> DateLeadWords = TimeWords.Set("date-leads");
    private static readonly HashSet<string> RangeLeadWords = TimeWords.Set("range-leads");
    private static readonly HashSet<string> NotTodayWords = TimeWords.Set("not-today");
    private static readonly HashSet<string> NotDefiniteWords = TimeWords.Set("not-definite");
    private static readonly HashSet<string> AgoAfterWords = TimeWords.Set("ago-after");
    private static readonly IReadOnlyList<string> NowWords = List("now");
    private static readonly HashSet<string> RelPast = TimeWords.Set("rel-past"), RelFuture = TimeWords.Set("rel-future"), RelCurrent = TimeWords.Set("rel-current");
    private static readonly string MonthNoun = List("month-noun")[0], DayNoun = List("day-noun")[0], Today = List("today")[0];
    private static readonly string This = List("this")[0], In = List("in")[0], After = List("after")[0], Since = List("since")[0];
    private static readonly string Of = List("of")[0];
    private static readonly string Half = List("half")[0], Quarter = List("quarter")[0], Except = List("except")[0];
    private static readonly IReadOnlyList<string> YearNouns = [List("year-aam")[0], List("year-sana")[0]];
    // The preposition ل, a lead of a day of the month (للثاني والعشرين)
    private static readonly string Li = Al[1..];

    private static int? Int(Group g) => g.Success && int.TryParse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;

    private static int? DayOf(Match m)
    {
        if (Int(m.Groups["d"]) is { } d) return d is >= 1 and <= 31 ? d : null;
        if (m.Groups["dw"].Success && DurationReader.NumberValue(m.Groups["dw"].Value) is { } v && v == Math.Floor(v) && v is >= 1 and <= 31) return (int)v;
        return null;
    }

    private static int? YearOf(Match m)
    {
        if (Int(m.Groups["y"]) is { } y) return y;
        if (m.Groups["yw"].Success && DurationReader.NumberValue(m.Groups["yw"].Value) is { } v && v >= 1000) return (int)v;
        return null;
    }

    private static bool TryMonth(Match m, out MonthName month)
    {
        month = default;
        if (!TimeLexicon.TryMonth(m.Groups["m"].Value, out month)) return false;
        if (m.Groups["m2"].Success && TimeLexicon.TryMonth(m.Groups["m2"].Value, out var other) && other.Month != month.Month && other.Hijri == month.Hijri)
            return false; // «يناير/شباط» is not one month
        return true;
    }

    private static int HijriToGregorianYear(int hijriYear) =>
        Timex.FromHijri(hijriYear, 1, 1)?.Year ?? (int)Math.Round(hijriYear * 0.970224 + 621.5774);

    public static (TimeType, string)? DayMonthYear(Match m, RuleInput input)
    {
        if (!TryMonth(m, out var month) || DayOf(m) is not { } day) return null;
        int? year = YearOf(m);
        bool hijri = month.Hijri;
        if (hijri)
        {
            // «فوز … 2-صفر» is a score: a day glued to a month that is also a word («صفر» zero) needs a year, a
            // month noun or a word of past or future
            if (year is null && month.Homograph && !m.Groups["rel"].Success && !m.Groups["t"].Value.Contains(MonthNoun, StringComparison.Ordinal)
                && Regex.IsMatch(m.Groups["t"].Value, @"\d\s*[-/.]\s*\p{L}")) return null;
            if (year is null)
                return input.Ref is { } hr && input.Context.ResolveUnderspecified && Timex.HijriNear(hr, month.Month, day, WeekShift(m.Groups["rel"].Value)) is { } near
                    ? (TimeType.DATE, Timex.Date(near)) : null;
            return Timex.FromHijri(year.Value, month.Month, day) is { } g ? (TimeType.DATE, Timex.Date(g)) : null;
        }
        // «مارس 20 عاماً» is "practised for 20 years": a homograph month needs a year or its pair.
        if (month.Homograph && year is null && !m.Groups["m2"].Success && m.Groups["d"].Success && m.Groups["t"].Value.IndexOf(m.Groups["m"].Value, StringComparison.Ordinal) == 0) return null;
        if (year is { } y) return (TimeType.DATE, Timex.Date(y, month.Month, day));
        string rel = m.Groups["rel"].Value;
        if (input.Ref is { } anchor && rel.Length > 0 && WeekShift(rel) is var dir and not 0)
        {
            // the past or next such day, counted from the reference date
            var date = new DateOnly(anchor.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(anchor.Year, month.Month)));
            int yearOf = dir < 0 ? (date < anchor ? anchor.Year : anchor.Year - 1) : (date > anchor ? anchor.Year : anchor.Year + 1);
            return (TimeType.DATE, Timex.Date(yearOf, month.Month, day));
        }
        if (input.Context.ResolveUnderspecified && input.Ref is { } r)
        {
            // in a clause about what is to come the date is the next such day
            int placed = input.FutureBefore(m.Groups["t"].Index)
                ? (month.Month > r.Month || month.Month == r.Month && day >= r.Day ? r.Year : r.Year + 1)
                : Timex.NearestYear(r, month.Month, day);
            return (TimeType.DATE, Timex.Date(placed, month.Month, day));
        }
        return (TimeType.DATE, $"XXXX-{month.Month:00}-{day:00}");
    }

    public static (TimeType, string)? MonthYear(Match m, RuleInput input)
    {
        if (!TryMonth(m, out var month) || YearOf(m) is not { } year) return null;
        if (month.Hijri || m.Groups["hij"].Success && month.Hijri)
            return Timex.FromHijri(year, month.Month, 1) is { } g ? (TimeType.DATE, Timex.Month(g.Year, g.Month)) : null;
        return (TimeType.DATE, Timex.Month(year, month.Month));
    }

    public static (TimeType, string)? MonthAlone(Match m, RuleInput input)
    {
        if (!TryMonth(m, out var month) || month.Hijri) return null;
        string t = m.Groups["t"].Value;
        bool named = t.StartsWith(MonthNoun, StringComparison.Ordinal) || m.Groups["m2"].Success;
        // مارس "practised", آب "father", نيسان the car maker: a month only when named so, or after a word only a date follows
        if (month.Homograph && !named && !HomographMonthLeads.Contains(input.WordBefore(m.Groups["t"].Index))) return null;
        string rel = m.Groups["rel"].Value;
        if (input.Ref is { } r && (rel.Length > 0 || input.Context.ResolveUnderspecified))
        {
            int year = r.Year;
            if (RelPast.Contains(rel)) year = month.Month < r.Month ? r.Year : r.Year - 1;
            else if (RelFuture.Contains(rel)) year = month.Month > r.Month ? r.Year : r.Year + 1;
            else if (rel.Length == 0 && input.FutureBefore(m.Groups["t"].Index)) year = month.Month >= r.Month ? r.Year : r.Year + 1;
            else if (rel.Length == 0) year = Timex.NearestYear(r, month.Month, 15);
            return (TimeType.DATE, Timex.Month(year, month.Month));
        }
        return (TimeType.DATE, $"XXXX-{month.Month:00}");
    }

    public static (TimeType, string)? NumericDate(Match m, RuleInput input)
    {
        string a = m.Groups["a"].Value, b = m.Groups["b"].Value, c = m.Groups["c"].Value;
        int ia = int.Parse(a, CultureInfo.InvariantCulture), ib = int.Parse(b, CultureInfo.InvariantCulture), ic = int.Parse(c, CultureInfo.InvariantCulture);
        int y, mo, d;
        if (a.Length == 4) { y = ia; mo = ib; d = ic; }
        else if (a.Length <= 2)
        {
            y = c.Length == 4 ? ic : c.Length == 2 ? (ic <= (input.Ref?.Year ?? 2030) % 100 + 5 ? 2000 + ic : 1900 + ic) : -1;
            // Arabic writes day/month/year; a month over 12 means the American month/day/year.
            (d, mo) = ib > 12 && ia <= 12 ? (ib, ia) : (ia, ib);
        }
        else return null;
        if (m.Groups["s"].Value == "." && c.Length != 4) return null; // 1.5.2 is not a date
        // «2/10/1436هـ», «10/1/1436»: a Hijri year (marked, or one no Gregorian date of the news has)
        if (m.Groups["hij"].Success || y is >= 1300 and <= 1500)
            return mo is >= 1 and <= 12 && d is >= 1 and <= 30 && Timex.FromHijri(y, mo, d) is { } g ? (TimeType.DATE, Timex.Date(g)) : null;
        return Timex.TryDate(y, mo, d, out var date) ? (TimeType.DATE, Timex.Date(date)) : null;
    }

    public static (TimeType, string)? NumericDayMonth(Match m, RuleInput input)
    {
        int a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        int start = m.Groups["t"].Index;
        string before = input.WordBefore(start);
        bool lead = DateLeadWords.Contains(before);
        if (!lead && a <= 12 && b <= 12) return null; // 3/4 is a fraction as often as a date
        var (d, mo) = b > 12 && a <= 12 ? (b, a) : (a, b);
        if (mo is < 1 or > 12 || d is < 1 or > 31) return null;
        if (input.Context.ResolveUnderspecified && input.Ref is { } r) return (TimeType.DATE, Timex.Date(Timex.NearestYear(r, mo, d), mo, d));
        return (TimeType.DATE, $"XXXX-{mo:00}-{d:00}");
    }

    public static (TimeType, string)? Year(Match m, RuleInput input)
    {
        int y = Int(m.Groups["y"])!.Value;
        if (m.Groups["hij"].Success) return (TimeType.DATE, Timex.Year(HijriToGregorianYear(y)));
        return y is >= 1000 and <= 2200 ? (TimeType.DATE, Timex.Year(y)) : null;
    }

    /// <summary>A four-digit number is a year after a preposition (في 2020), before punctuation, or with an era (1444 هـ).</summary>
    public static (TimeType, string)? BareYear(Match m, RuleInput input)
    {
        int y = Int(m.Groups["y"])!.Value;
        if (m.Groups["hij"].Success) return (TimeType.DATE, Timex.Year(HijriToGregorianYear(y)));
        if (y is < 1800 or > 2100) return null;
        int start = m.Groups["t"].Index, end = start + m.Groups["t"].Length;
        char before = input.CharBefore(start), after = input.CharAfter(end);
        if (before is '$' or '€' or '£' || char.IsAsciiDigit(before) || before is ',' or '.' && start >= 2 && char.IsAsciiDigit(input.Key[start - 2])) return null;
        int digits = m.Groups["y"].Index;
        while (digits > 0 && input.Key[digits - 1] is ' ' or '(') digits--;
        string wordBefore = input.WordBefore(digits);
        bool lead = YearLeadWords.Contains(wordBefore) || wordBefore == And && PreviousIsYear(input.Key, digits - 1);
        bool closed = after is '\0' or '.' or ',' or '،' or '؛' or ')' or '(' or ':' or '\n' or '-' or '–' or '"' or '»' or '”' or '؟';
        bool opened = before is '(' or '\0' or '\n' or '،' or ',';
        return lead || closed || opened && !char.IsLetter(after) ? (TimeType.DATE, Timex.Year(y)) : null;
    }

    /// <summary>«2011 و2014»: the number before the و is itself a year.</summary>
    private static bool PreviousIsYear(string key, int waw)
    {
        int e = waw;
        while (e > 0 && key[e - 1] == ' ') e--;
        int s = e;
        while (s > 0 && char.IsAsciiDigit(key[s - 1])) s--;
        return e - s == 4 && int.TryParse(key.AsSpan(s, 4), out int y) && y is >= 1800 and <= 2100;
    }

    public static (TimeType, string)? YearRange(Match m, RuleInput input)
    {
        int y1 = Int(m.Groups["y1"])!.Value, y2 = Int(m.Groups["y2"])!.Value;
        if (y1 is < 1000 or > 2200 || y2 <= y1 || y2 > y1 + 200) return null;
        // «1433 / 1434هـ»: a span of Hijri years, in the Gregorian years they begin in
        if (m.Groups["hij"].Success) (y1, y2) = (HijriToGregorianYear(y1), HijriToGregorianYear(y2));
        string t = m.Groups["t"].Value;
        if (Regex.IsMatch(t, @"\s" + And) || t.Contains(And + "2", StringComparison.Ordinal) || t.Contains(And + "1", StringComparison.Ordinal))
        {
            // «2011 و2014» is two years unless «بين» or «عامي» says it is a span.
            string before = input.WordBefore(m.Groups["t"].Index);
            if (!m.Groups["lead"].Success && !RangeLeadWords.Contains(before)) return null;
        }
        return (TimeType.DATE, $"{Timex.Year(y1)}/{Timex.Year(y2)}");
    }

    public static (TimeType, string)? Decade(Match m, RuleInput input)
    {
        if (IsAgeAfter(input, m.Groups["t"].Index + m.Groups["t"].Length)) return null; // «في العشرينات من عمره»
        string c = m.Groups["c"].Value;
        if (!m.Groups["al"].Success && c.Length == 0) return null;
        int tens = int.Parse(ValueOf("decade", m.Groups["dec"].Value)!, CultureInfo.InvariantCulture);
        // Data/time-values.tsv: the first two digits of the century's years; «current» is the reference's century
        string? centuryValue = c.Length == 0 ? null : ValueOf("century", c);
        int century = centuryValue is null ? 19
            : centuryValue == "current" ? (input.Ref is { } r ? r.Year / 100 : 20)
            : int.Parse(centuryValue, CultureInfo.InvariantCulture);
        return (TimeType.DATE, $"{century}{tens}");
    }

    /// <summary>«من عمره» after an index: what comes before it is someone's age.</summary>
    private static bool IsAgeAfter(RuleInput input, int index)
    {
        int i = index;
        while (i < input.Key.Length && char.IsWhiteSpace(input.Key[i])) i++;
        return input.WordAfter(i) == Of && AgeNouns.Contains(input.WordAfter(i + Of.Length));
    }

    /// <summary>A vague reference to the future; «قريباً» after a verb of being is "near" («بات قريباً من»), not "soon".</summary>
    public static (TimeType, string)? Future(Match m, RuleInput input) =>
        m.Groups["t"].Value == Near && Copulas.Contains(input.WordBefore(m.Groups["t"].Index)) ? null : (TimeType.DATE, Timex.FutureRef);

    /// <summary>A century: the first two digits of its years (Data/time-values.tsv, century); «الحالي» is the reference's.</summary>
    public static (TimeType, string)? Century(Match m, RuleInput input) =>
        ValueOf("century", m.Groups["c"].Value) switch
        {
            null => null,
            "current" => input.Ref is { } r ? (TimeType.DATE, (r.Year / 100).ToString("00", CultureInfo.InvariantCulture)) : (TimeType.DATE, Timex.PresentRef),
            var digits => (TimeType.DATE, digits),
        };

    public static (TimeType, string)? Season(Match m, RuleInput input)
    {
        string code = ValueOf("season", m.Groups["s"].Value)!;
        if (Int(m.Groups["y"]) is { } y) return y is >= 1000 and <= 2200 ? (TimeType.DATE, $"{y}-{code}") : null;
        string rel = m.Groups["rel"].Value;
        if (input.Ref is not { } r) return (TimeType.DATE, $"XXXX-{code}");
        int startMonth = code switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        int year = r.Year;
        bool seasonWord = !YearNouns.Any(y => m.Groups["t"].Value.Contains(y, StringComparison.Ordinal));
        if (RelPast.Contains(rel))
            year = seasonWord ? (startMonth < r.Month ? r.Year : r.Year - 1) : r.Year - 1;
        else if (RelFuture.Contains(rel))
            year = seasonWord ? (startMonth > r.Month ? r.Year : r.Year + 1) : r.Year + 1;
        return (TimeType.DATE, $"{year}-{code}");
    }

    /// <summary>A quarter or half of a year: the year written, else the one its relative word or the publication gives.</summary>
    public static (TimeType, string)? YearPart(Match m, RuleInput input)
    {
        bool two = m.Groups["two"].Success;
        string part = two ? "H" : ValueOf("year-part", m.Groups["part"].Value) ?? "";
        string ordinal = two ? "1" : ValueOf("year-part-ordinal", m.Groups["ord"].Value) ?? "0";
        // «الربع الأخير» alone may be this year's or the latest: only with its year
        if (ordinal == "last" && m.Groups["bare"].Success) return null;
        int n = ordinal == "last" ? (part == "H" ? 2 : 4) : int.Parse(ordinal, CultureInfo.InvariantCulture);
        // «الربعين الأول والثاني» only: other pairs of quarters are no half
        if (two && ValueOf("year-part-ordinal", m.Groups["ord2"].Value) != "2") return null;
        if (n < 1 || part == "H" && n > 2 || part.Length == 0) return null;
        int year;
        if (Int(m.Groups["y"]) is { } y) year = y;
        else if (m.Groups["bare"].Success)
        {
            // a quarter or half named alone is the latest one begun by the reference: in August «الربع الثاني» is this
            // year's, «الربع الرابع» last year's
            if (two || !(m.Groups["t"].Value.StartsWith(Al, StringComparison.Ordinal) || m.Groups["t"].Value.StartsWith(Li, StringComparison.Ordinal))) return null;
            if (input.Ref is not { } br) return (TimeType.DATE, $"XXXX-{part}{n}");
            int startMonth = part == "Q" ? 3 * (n - 1) + 1 : 6 * (n - 1) + 1;
            year = startMonth <= br.Month ? br.Year : br.Year - 1;
        }
        else if (input.Ref is { } r)
        {
            string rel = m.Groups["rel"].Value;
            year = RelPast.Contains(rel) ? r.Year - 1 : RelFuture.Contains(rel) ? r.Year + 1 : r.Year;
        }
        else return (TimeType.DATE, $"XXXX-{part}{n}");
        return year is >= 1000 and <= 2200 ? (TimeType.DATE, $"{year}-{part}{n}") : null;
    }

    public static (TimeType, string)? RelativeDay(Match m, RuleInput input)
    {
        int start = m.Groups["t"].Index, end = start + m.Groups["t"].Length;
        int shift;
        if (m.Groups["d0"].Success)
        {
            // «لـ«اليوم»»: a word alone in quotation marks is a title (the paper «اليوم»), not today
            if (input.CharBefore(start) is '«' or '"' or '“' && input.CharAfter(end) is '»' or '"' or '”') return null;
            // «اليوم العالمي», «اليوم الأول»: the day of something, not today; «ذلك اليوم» is another day.
            string next = input.WordAfter(end);
            // «اليوم الوطني» is a day's name, not today; but «إلى» and «الا» (folded الي، الا) are particles, not an article
            if (next.StartsWith(Al, StringComparison.Ordinal) && !NotDefiniteWords.Contains(next) && input.CharAfter(end) != '،' && input.CharAfter(end) != ',' && !TimeLexicon.Weekdays.ContainsKey(next[2..])) return null;
            string before = input.WordBefore(start);
            if (NotTodayWords.Contains(before)) return null;
            shift = 0;
        }
        else shift = RelativeDayShift(m);
        if (input.Ref is { } r)
        {
            var day = r.AddDays(shift);
            // «أمس السبت», «اليوم (الأحد)»: the weekday names the day; the article was often published a day or
            // two after it was written, so the weekday wins, the nearest one on that side of the publication
            if (m.Groups["wd"].Success)
            {
                string wdText = m.Groups["wd"].Value;
                int iso = TimeLexicon.Weekdays[wdText.StartsWith(Al, StringComparison.Ordinal) ? wdText[2..] : wdText];
                int have = Timex.IsoDay(day.DayOfWeek);
                int delta = shift > 0 ? (iso - have + 7) % 7 : -((have - iso + 7) % 7);
                day = day.AddDays(delta);
            }
            return (TimeType.DATE, Timex.Date(day));
        }
        // without a publication date the weekday still says which day of the week it was
        if (m.Groups["wd"].Success)
        {
            string wdText = m.Groups["wd"].Value;
            return (TimeType.DATE, $"XXXX-WXX-{TimeLexicon.Weekdays[wdText.StartsWith(Al, StringComparison.Ordinal) ? wdText[2..] : wdText]}");
        }
        return (TimeType.DATE, shift == 0 ? Timex.PresentRef : shift < 0 ? Timex.PastRef : Timex.FutureRef);
    }

    /// <summary>The days a relative-day match counts from the day it was written: 0 today, -1 yesterday, -2, 1, 2.</summary>
    private static int RelativeDayShift(Match m) =>
        m.Groups["d0"].Success ? 0 : m.Groups["dm1"].Success ? -1 : m.Groups["dm2"].Success ? -2 : m.Groups["dp1"].Success ? 1 : 2;

    // rel is the text of the Rel group, one of the words of rel-past, rel-future and rel-current, or empty.
    private static int WeekShift(string rel) => RelFuture.Contains(rel) ? 1 : RelPast.Contains(rel) ? -1 : 0;

    /// <summary>The first day strictly after (<paramref name="dir"/> &gt; 0) or before the reference that falls on the weekday.</summary>
    private static DateOnly NearestWeekday(DateOnly r, int iso, int dir)
    {
        int step = dir > 0 ? 1 : -1;
        var d = r.AddDays(step);
        while (Timex.IsoDay(d.DayOfWeek) != iso) d = d.AddDays(step);
        return d;
    }

    public static (TimeType, string)? Weekday(Match m, RuleInput input)
    {
        string wdText = m.Groups["wd"].Value;
        bool article = wdText.StartsWith(Al, StringComparison.Ordinal);
        int iso = TimeLexicon.Weekdays[article ? wdText[2..] : wdText];
        string today = m.Groups["today"].Value;
        int start = m.Groups["t"].Index;
        if (today.Length == 0)
        {
            if (!article) return null;
            // «بن محمد الجمعة» is a family name, «إقامة الجمعة» the Friday prayer
            string lead = input.WordBefore(start);
            if (PrayerNouns.Contains(lead) || lead.Length > 0 && NameLeads.Contains(input.WordBefore(input.Key.LastIndexOf(lead, start, StringComparison.Ordinal)))) return null;
            // الأحد is also "the one", الاثنين "the two": without a lead word or a comma they stay numbers.
            if (iso is 7 or 1)
            {
                string before = input.WordBefore(start);
                char cb = input.CharBefore(start);
                // «الأحد الماضي», «الاثنين القادم»: the word of past or future after it says it is a day
                if (!WeekdayLeadWords.Contains(before) && cb is not ('،' or ',' or '(' or '\0' or '\n' or '-') && !m.Groups["rel"].Success) return null;
            }
        }
        else if (today == This && !article) return null;
        string rel = m.Groups["rel"].Value;
        if (RelCurrent.Contains(rel)) rel = "";
        int? dayNumber = DayOf(m);
        if (input.Ref is not { } r)
            return (TimeType.DATE, $"XXXX-WXX-{iso}");
        if (dayNumber is { } nth && m.Groups["dw"].Success && m.Groups["dw"].Value.StartsWith(Al, StringComparison.Ordinal) && nth <= 5 && !m.Groups["t"].Value.Contains($" {In} ", StringComparison.Ordinal))
        {
            // «الأحد الثاني»: the second Sunday of the reference month.
            var first = new DateOnly(r.Year, r.Month, 1);
            int offset = (iso - Timex.IsoDay(first.DayOfWeek) + 7) % 7 + 7 * (nth - 1);
            int day = 1 + offset;
            return (TimeType.DATE, Timex.Date(r.Year, r.Month, day));
        }
        if (dayNumber is { } dn2)
        {
            int dn = dn2;
            // «الخميس 21»: the 21st nearest the reference that falls on a Thursday.
            DateOnly? best = null;
            for (int k = -2; k <= 2; k++)
            {
                var first = new DateOnly(r.Year, r.Month, 1).AddMonths(k);
                if (dn > DateTime.DaysInMonth(first.Year, first.Month)) continue;
                var cand = new DateOnly(first.Year, first.Month, dn);
                if (Timex.IsoDay(cand.DayOfWeek) != iso) continue;
                if (best is null || Math.Abs(cand.DayNumber - r.DayNumber) < Math.Abs(best.Value.DayNumber - r.DayNumber)) best = cand;
            }
            var chosen = best ?? new DateOnly(r.Year, r.Month, Math.Min(dn, DateTime.DaysInMonth(r.Year, r.Month)));
            return (TimeType.DATE, Timex.Date(chosen));
        }
        // «الأربعاء الماضي» is the last Wednesday before the reference, «الأربعاء المقبل» the next one after it, whatever
        // the week (a Saturday's «الأربعاء المنصرم» is three days back, not ten)
        if (rel.Length > 0) return (TimeType.DATE, Timex.Date(NearestWeekday(r, iso, WeekShift(rel))));
        if (today.StartsWith(This, StringComparison.Ordinal)) return (TimeType.DATE, Timex.Date(Timex.WeekdayInWeek(r, iso, 0)));
        // «اليوم الثلاثاء» is the publication day when it is a Tuesday, else the Tuesday before (a wire story reprinted later).
        if (today == Today) return (TimeType.DATE, Timex.Date(Timex.OnOrBefore(r, iso)));
        // in a clause about what is to come («من المقرر أن يصدر التقرير يوم الجمعة») a weekday is the next such day
        if (input.Context.ResolveUnderspecified && input.FutureBefore(start)) return (TimeType.DATE, Timex.Date(Timex.OnOrBefore(r, iso).AddDays(Timex.IsoDay(r.DayOfWeek) == iso ? 0 : 7)));
        if (input.Context.ResolveUnderspecified) return (TimeType.DATE, Timex.Date(Timex.OnOrBefore(r, iso)));
        return (TimeType.DATE, $"XXXX-WXX-{iso}");
    }

    public static (TimeType, string)? WeekdayOfWeek(Match m, RuleInput input)
    {
        string wdText = m.Groups["wd"].Value;
        int iso = TimeLexicon.Weekdays[wdText.StartsWith(Al, StringComparison.Ordinal) ? wdText[2..] : wdText];
        if (input.Ref is not { } r) return (TimeType.DATE, $"XXXX-WXX-{iso}");
        return (TimeType.DATE, Timex.Date(Timex.WeekdayInWeek(r, iso, WeekShift(m.Groups["rel"].Value))));
    }

    /// <summary>
    /// A sports season: the one that starts in the summer of the reference year from June on («الموسم الجديد»,
    /// «الموسم الحالي»), else the one that started the year before; «الماضي» and «المقبل» move by one.
    /// </summary>
    public static (TimeType, string)? SportsSeason(Match m, RuleInput input)
    {
        if (input.Ref is not { } r) return null;
        int start = r.Month >= 6 ? r.Year : r.Year - 1;
        if (!m.Groups["new"].Success) start += WeekShift(m.Groups["rel"].Value);
        return (TimeType.DATE, $"{start:0000}/{start + 1:0000}");
    }

    public static (TimeType, string)? RelativePeriod(Match m, RuleInput input)
    {
        string rel = m.Groups["rel"].Value;
        bool thisOne = m.Groups["this"].Success;
        string t = m.Groups["t"].Value;
        // «بنهاية العام», «منتصف الشهر»: a part of the bare year or month is a part of the current one («نهاية
        // الأسبوع» alone is any weekend)
        if (rel.Length == 0 && !thisOne
            && !(t.StartsWith(Al, StringComparison.Ordinal) && ValueOf("period-unit", m.Groups["u"].Value) != "W" && AfterDatePart(input, m.Groups["t"].Index))) return null;
        if (thisOne && rel.Length == 0 && !t.Contains(" " + Al, StringComparison.Ordinal)) return null; // «هذا عام» is not «هذا العام»
        if (m.Groups["y"].Success && ValueOf("period-unit", m.Groups["u"].Value) != "Y") return null; // a Hijri year goes with a year only
        // «هذا الشهر الكريم» is Ramadan, not the calendar month
        if (thisOne && rel.Length == 0 && Honorifics.Contains(input.WordAfter(m.Groups["t"].Index + m.Groups["t"].Length))) return null;
        int shift = WeekShift(rel);
        string u = m.Groups["u"].Value;
        if (input.Ref is not { } r)
            return (TimeType.DATE, shift < 0 ? Timex.PastRef : shift > 0 ? Timex.FutureRef : Timex.PresentRef);
        return ValueOf("period-unit", u) switch
        {
            // the Arab week begins on Sunday (Saturday in some countries): a Sunday opens the ISO week that follows it
            "W" => (TimeType.DATE, Timex.Week(r.AddDays(7 * shift + (r.DayOfWeek == DayOfWeek.Sunday ? 1 : 0)))),
            "M" => (TimeType.DATE, Timex.Month(r.AddMonths(shift).Year, r.AddMonths(shift).Month)),
            _ => (TimeType.DATE, Timex.Year(r.Year + shift)),
        };
    }

    private static readonly HashSet<string> DatePartWords = [.. Values("date-part").Select(v => v.Word)];

    /// <summary>Whether the word before <paramref name="index"/>, read with its proclitics (بنهاية، وفي مطلع), names a part of a period.</summary>
    private static bool AfterDatePart(RuleInput input, int index)
    {
        string before = input.WordBefore(index);
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(before, readings, 3, Proclitics.Wa | Proclitics.Fa | Proclitics.Bi | Proclitics.Li);
        for (int i = 0; i < n; i++)
            if (DatePartWords.Contains(before[readings[i].Start..])) return true;
        return false;
    }

    /// <summary>«يوم 27», «عدت إلى 27.», «للثاني والعشرين»: a day of an unnamed month, only where the sentence ends after it.</summary>
    public static (TimeType, string)? DayOfMonth(Match m, RuleInput input)
    {
        if (DayOf(m) is not { } d) return null;
        int end = m.Groups["t"].Index + m.Groups["t"].Length;
        char after = input.CharAfter(end);
        if (after is not ('\0' or '.' or '!' or '؟' or '?' or '،' or ',' or '\n')) return null;
        string lead = m.Groups["lead"].Value;
        if (m.Groups["dw"].Success && !m.Groups["dw"].Value.StartsWith(Al, StringComparison.Ordinal) && lead != DayNoun) return null;
        if (lead == Li && !m.Groups["dw"].Success) return null;
        if (lead == Li && m.Groups["t"].Value[1] != Li[0]) return null; // للثاني, not لثاني
        if (input.Context.ResolveUnderspecified && input.Ref is { } r && d <= DateTime.DaysInMonth(r.Year, r.Month))
            return (TimeType.DATE, Timex.Date(d <= r.Day ? r.Year : r.AddMonths(-1).Year, d <= r.Day ? r.Month : r.AddMonths(-1).Month, d));
        return (TimeType.DATE, $"XXXX-XX-{d:00}");
    }

    public static (TimeType, string)? DayOfRelativeMonth(Match m, RuleInput input)
    {
        if (DayOf(m) is not { } d) return null;
        string rel = m.Groups["rel"].Value;
        if (rel.Length == 0 && !m.Groups["this"].Success) return null;
        if (input.Ref is not { } r) return (TimeType.DATE, $"XXXX-XX-{d:00}");
        var month = r.AddMonths(WeekShift(rel));
        return (TimeType.DATE, Timex.Date(month.Year, month.Month, d));
    }

    public static (TimeType, string)? AgoAfter(Match m, RuleInput input)
    {
        var parts = DurationReader.Read(m.Groups["dur"].Value);
        if (parts is null) return null;
        string dir = m.Groups["dir"].Value;
        // «منذ أربع سنوات» and «بعد أسبوع من التوتر» measure a stretch of time; «قبل عامين» points at a time
        // («منذ شهر و 21 يوما من الآن» counts back from now: a point)
        bool fromNow = NowWords.Any(w => m.Value.EndsWith(" " + w, StringComparison.Ordinal) || m.Value.EndsWith(" " + Al + w, StringComparison.Ordinal));
        // «بعد 35 عاماً من الآن» is a point as well
        if ((dir == After || dir == Since) && !fromNow && !parts.Any(p => p.Key[0] == 'T')) return (TimeType.DURATION, DurationReader.Format(parts));
        int sign = dir == After ? 1 : -1;
        if (input.Ref is not { } r) return (TimeType.DATE, sign < 0 ? Timex.PastRef : Timex.FutureRef);
        var date = r;
        bool clock = false;
        double hours = 0;
        foreach (var (unit, n) in parts)
        {
            if (unit[0] == 'T') { clock = true; hours += unit == "TH" ? n : unit == "TM" ? n / 60 : n / 3600; continue; }
            date = Timex.Shift(date, unit[0], n, sign);
        }
        if (clock && input.Context.ReferenceTime is { } time)
        {
            var dt = r.ToDateTime(time).AddHours(sign * hours);
            return (TimeType.TIME, dt.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        }
        if (clock && hours >= 24) date = date.AddDays(sign * (int)(hours / 24));
        // «قبل عامين», «قبل نحو ست سنوات» name a year, not a day of it; «قبل شهر» a month (a count of days keeps the day)
        if (!clock && parts.Keys.All(u => u is "Y" or "E" or "C")) return (TimeType.DATE, date.Year.ToString("0000", CultureInfo.InvariantCulture));
        if (!clock && parts.Keys.All(u => u is "M")) return (TimeType.DATE, Timex.Month(date.Year, date.Month));
        return (TimeType.DATE, Timex.Date(date));
    }


    /// <summary>Whether the number that opens a duration is someone's age (Quantities.Ages reads the grammar of ages).</summary>
    private static bool IsAge(Group duration, string key)
    {
        int s = duration.Index, e = s;
        // the number that opens it, in digits or a word («عمره قرابة مائة عام»)
        bool word = s < key.Length && char.IsLetter(key[s]);
        while (e < key.Length && !char.IsWhiteSpace(key[e]) && char.IsLetter(key[e]) == word) e++;
        return e > s && Quantities.Ages.End(key, s, e) >= 0;
    }

    public static (TimeType, string)? Duration(Match m, RuleInput input)
    {
        bool lead = m.Groups["lead"].Success, full = m.Groups["full"].Success;
        if (lead && IndefiniteLeads.Contains(m.Groups["lead"].Captures[0].Value)
            && (m.Groups["dur"].Value.StartsWith(Al, StringComparison.Ordinal) || NamesAPoint(m.Groups["t"], input))) return null;
        var parts = DurationReader.Read(m.Groups["dur"].Value, requireCount: !lead && !full);
        if (parts is null || !lead && !full && !DurationReader.StartsCounted(m.Groups["dur"].Value)) return null;
        // A lone «ساعة» or «شهر» counts only after لمدة/طوال or with كامل.
        int start = m.Groups["t"].Index;
        string before = input.WordBefore(start);
        if (AgoAfterWords.Contains(before)) return null;
        // «البالغ من العمر 26 عاماً», «خالد (41 عاماً)»: an age is a figure of years (the quantity step), not a stretch of time
        if (!lead && !full && IsAge(m.Groups["dur"], input.Key)) return null;
        return (TimeType.DURATION, DurationReader.Format(parts));
    }

    /// <summary>«ثاني أيام عيد الفطر»: the feast's Hijri day (Data/time-values.tsv, feast) in the Hijri year that puts it nearest the reference, plus the day counted.</summary>
    public static (TimeType, string)? FeastDay(Match m, RuleInput input)
    {
        if (input.Ref is not { } r || !input.Context.ResolveUnderspecified) return null;
        var md = ValueOf("feast", m.Groups["f"].Value)!.Split('-');
        int nth = m.Groups["ord"].Success ? int.Parse(ValueOf("feast-day-ordinal", m.Groups["ord"].Value)!, CultureInfo.InvariantCulture) : 1;
        return Timex.HijriNear(r, int.Parse(md[0], CultureInfo.InvariantCulture), int.Parse(md[1], CultureInfo.InvariantCulture), 0) is { } first
            ? (TimeType.DATE, Timex.Date(first.AddDays(nth - 1)))
            : null;
    }

    private static readonly HashSet<string> IndefiniteLeads = TimeWords.Set("duration-leads-indefinite");

    /// <summary>«خلال عام 2014», «خلال شهر رمضان», «خلال يوم الجمعة»: the unit opens a date, not a stretch of time.</summary>
    private static bool NamesAPoint(Group t, RuleInput input)
    {
        int end = t.Index + t.Length;
        if (char.IsAsciiDigit(input.CharAfter(end)) || input.CharAfter(end) == '(') return true;
        string next = input.WordAfter(end);
        return next.Length > 0 && (TimeLexicon.TryMonth(next, out _) || TimeLexicon.Weekdays.ContainsKey(next)
            || next.StartsWith(Al, StringComparison.Ordinal) && TimeLexicon.Weekdays.ContainsKey(next[2..]));
    }

    public static (TimeType, string)? PastPeriod(Match m, RuleInput input)
    {
        string t = m.Groups["t"].Value;
        // «السنوات القليلة القادمة» is a vague future (the future rule); «الأسابيع القليلة الماضية» a stretch of weeks
        if (m.Groups["few"].Success && PeriodRelFuture.Contains(m.Groups["rel"].Value)) return null;
        var parts = DurationReader.Read(t, requireCount: true);
        if (parts is { Count: > 0 }) return (TimeType.DURATION, DurationReader.Format(parts));
        var unit = Regex.Match(t, TimeLexicon.PluralUnitPattern).Value;
        var letter = TimeLexicon.Units.TryGetValue(unit, out var u) ? u.Unit : "Y";
        return (TimeType.DURATION, letter[0] == 'T' ? $"PTX{letter[1]}" : letter == "E" ? "PX0Y" : $"PX{letter}");
    }

    public static (TimeType, string)? Clock(Match m, RuleInput input)
    {
        int? h = Int(m.Groups["h"]);
        if (h is null && m.Groups["h"].Success && DurationReader.NumberValue(m.Groups["h"].Value) is { } hv) h = (int)hv;
        if (h is not { } hour || hour > 24) return null;
        int? minutes = Int(m.Groups["mi"]);
        int? seconds = Int(m.Groups["s"]);
        string frac = m.Groups["frac"].Value;
        if (frac.Length > 0)
        {
            if (frac.Contains(Half, StringComparison.Ordinal)) minutes = 30;
            else if (frac.StartsWith(Except, StringComparison.Ordinal)) { minutes = 45; hour = (hour + 23) % 24; }
            else if (frac.Contains(Quarter, StringComparison.Ordinal)) minutes = 15;
            else if (m.Groups["mn"].Success && DurationReader.NumberValue(m.Groups["mn"].Value) is { } mv) minutes = (int)mv;
        }
        if (minutes is > 59 || seconds is > 59) return null;
        string pod = m.Groups["pod"].Value;
        // Data/time-values.tsv, class part-of-day: how the part of the day moves an hour before noon
        string? half = pod.Length == 0 ? null : ValueOf("part-of-day", pod);
        if (hour < 12 && (half == "pm" || half == "pm-from-6" && hour >= 6 || half == "pm-before-6" && hour < 6))
            hour += 12;
        string v = $"T{hour:00}";
        if (minutes is { } mi) v += $":{mi:00}";
        if (seconds is { } s) v += $":{s:00}";
        return (TimeType.TIME, v);
    }

    public static (TimeType, string)? Set(Match m, RuleInput input)
    {
        if (m.Groups["adv"].Success)
            return RateUnits.Contains(input.WordBefore(m.Groups["t"].Index)) ? null : (TimeType.SET, ValueOf("set-adverb", m.Groups["adv"].Value)!);
        if (m.Groups["wd"].Success)
        {
            string wd = m.Groups["wd"].Value;
            return (TimeType.SET, $"XXXX-WXX-{TimeLexicon.Weekdays[wd.StartsWith(Al, StringComparison.Ordinal) ? wd[2..] : wd]}");
        }
        if (m.Groups["pod"].Success)
            return (TimeType.SET, ValueOf("set-part-of-day", m.Groups["pod"].Value)!);
        var parts = DurationReader.Read(m.Groups["t"].Value[3..]);
        return parts is null ? null : (TimeType.SET, DurationReader.Format(parts));
    }
}
