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
