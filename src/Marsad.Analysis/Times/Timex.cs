using System.Globalization;

namespace Marsad.Analysis.Times;

/// <summary>TIMEX3 value strings and the calendar arithmetic behind them.</summary>
internal static class Timex
{
    public const string PresentRef = "PRESENT_REF", PastRef = "PAST_REF", FutureRef = "FUTURE_REF";

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Date(int year, int month, int day) => $"{Year(year)}-{month:00}-{day:00}";
    public static string Month(int year, int month) => $"{Year(year)}-{month:00}";
    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}";
    }

    /// <summary>ISO weekday: Monday 1 … Sunday 7.</summary>
    public static int IsoDay(DayOfWeek d) => d == DayOfWeek.Sunday ? 7 : (int)d;

    /// <summary>The given ISO weekday in the ISO week that contains <paramref name="d"/>, shifted by whole weeks.</summary>
    public static DateOnly WeekdayInWeek(DateOnly d, int isoDay, int weekShift) =>
        d.AddDays(isoDay - IsoDay(d.DayOfWeek) + 7 * weekShift);

    /// <summary>The latest day on or before <paramref name="d"/> that falls on the weekday.</summary>
    public static DateOnly OnOrBefore(DateOnly d, int isoDay) => d.AddDays(-((IsoDay(d.DayOfWeek) - isoDay + 7) % 7));

    public static string Number(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// An ISO 8601 duration with each fraction carried into the next smaller unit when it comes out whole there
    /// (P0.5Y → P6M, PT1.5H → PT1H30M, a half week and P2.5M stay); <paramref name="clock"/> writes the T part even when empty.
    /// </summary>
    public static string Duration(double years, double months, double weeks, double days, double hours, double minutes, double seconds, bool clock)
    {
        Carry(ref years, ref months, 12);
        // a month has no whole number of days: P2.5M stays
        Carry(ref weeks, ref days, 7);
        Carry(ref days, ref hours, 24);
        Carry(ref hours, ref minutes, 60);
        Carry(ref minutes, ref seconds, 60);
        var sb = new System.Text.StringBuilder("P");
        if (years > 0) sb.Append(Number(years)).Append('Y');
        if (months > 0) sb.Append(Number(months)).Append('M');
        if (weeks > 0) sb.Append(Number(weeks)).Append('W');
        if (days > 0) sb.Append(Number(days)).Append('D');
        if (clock || hours > 0 || minutes > 0 || seconds > 0)
        {
            sb.Append('T');
            if (hours > 0) sb.Append(Number(hours)).Append('H');
            if (minutes > 0) sb.Append(Number(minutes)).Append('M');
            if (seconds > 0) sb.Append(Number(seconds)).Append('S');
        }
        return sb.ToString();

        static void Carry(ref double big, ref double small, int factor)
        {
            double whole = Math.Floor(big), rest = (big - whole) * factor;
            if (rest < 1e-9 || Math.Abs(rest - Math.Round(rest)) > 1e-6) return;
            big = whole;
            small += Math.Round(rest);
        }
    }

    /// <summary>A duration value written with whole units where it can be (P0.5Y → P6M); any other value as it is.</summary>
    public static string WholeUnits(string value)
    {
        var m = System.Text.RegularExpressions.Regex.Match(value, @"^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:(T)(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$");
        if (!m.Success || value == "P") return value;
        double G(int i) => m.Groups[i].Success ? double.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture) : 0;
        return Duration(G(1), G(2), G(3), G(4), G(6), G(7), G(8), m.Groups[5].Success);
    }

    /// <summary>Shifts by n units; a shift past year 1 or 9999 («منذ مليون عام») stops at the calendar's edge.</summary>
    public static DateOnly Shift(DateOnly d, char unit, double n, int sign)
    {
        int k = (int)Math.Clamp(Math.Round(n) * sign, -9999 * 12, 9999 * 12);
        try
        {
            return ShiftUnchecked(d, unit, k);
        }
        catch (ArgumentOutOfRangeException)
        {
            return sign < 0 ? DateOnly.MinValue : DateOnly.MaxValue;
        }
    }

    private static DateOnly ShiftUnchecked(DateOnly d, char unit, int k) =>
        unit switch
        {
            'Y' => d.AddYears(k),
            'M' => d.AddMonths(k),
            'W' => d.AddDays(7 * k),
            'D' => d.AddDays(k),
            'E' => d.AddYears(10 * k),
            'C' => d.AddYears(100 * k),
            _ => d,
        };

    public static bool TryDate(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>The year that puts a month and day nearest the reference, leaning to the past as news does.</summary>
    public static int NearestYear(DateOnly reference, int month, int day)
    {
        int best = reference.Year;
        double bestCost = double.MaxValue;
        for (int y = reference.Year - 1; y <= reference.Year + 1; y++)
        {
            int dd = Math.Min(day, DateTime.DaysInMonth(y, month));
            int diff = new DateOnly(y, month, dd).DayNumber - reference.DayNumber;
            double cost = diff > 0 ? diff * 2.5 : -diff;
            if (cost < bestCost) { bestCost = cost; best = y; }
        }
        return best;
    }

    private static readonly UmAlQuraCalendar s_hijri = new();

    /// <summary>
    /// A Hijri day and month without a year, placed next to the reference: the next such day (<paramref name="dir"/> &gt; 0),
    /// the last one (&lt; 0), or the nearest (0) — «27 شوال المقبل», «الثاني من شوال».
    /// </summary>
    public static DateOnly? HijriNear(DateOnly reference, int month, int day, int dir)
    {
        int hy;
        try { hy = s_hijri.GetYear(reference.ToDateTime(TimeOnly.MinValue)); }
        catch (ArgumentOutOfRangeException) { return null; }
        DateOnly? best = null;
        for (int y = hy - 1; y <= hy + 1; y++)
        {
            if (FromHijri(y, month, day) is not { } d) continue;
            if (dir > 0 && d <= reference || dir < 0 && d >= reference) continue;
            if (best is null || Math.Abs(d.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber)) best = d;
        }
        return best;
    }

    /// <summary>A Hijri date (Umm al-Qura) in the Gregorian calendar, or null outside the calendar's range (1318–1500 AH).</summary>
    public static DateOnly? FromHijri(int year, int month, int day)
    {
        try
        {
            if (month is < 1 or > 12) return null;
            int days = s_hijri.GetDaysInMonth(year, month);
            return DateOnly.FromDateTime(s_hijri.ToDateTime(year, month, Math.Min(day, days), 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
