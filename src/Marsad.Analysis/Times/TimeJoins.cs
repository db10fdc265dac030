using Marsad.Text;

namespace Marsad.Analysis.Times;

/// <summary>
/// Expressions the rules find apart that the text writes as one: a weekday and the date written after it, a vague
/// «earlier» before the period it is in, a period counted up to now, a clock time and the day after it. Each join
/// looks only at the next expression, so every pass is linear in the number of expressions.
/// </summary>
internal static class TimeJoins
{
    private const int MaxGap = 16;
    private static readonly HashSet<string> DateJoiners = TimeWords.Set("date-joiners");
    private static readonly HashSet<string> UntilNow = TimeWords.Set("until-now");

    /// <summary>Applies the joins to expressions in text order.</summary>
    public static void Apply(string text, List<TimeMatch> found)
    {
        Pairwise(found, (first, next) => WeekdayAndItsDate(text, first, next));
        Pairwise(found, (first, next) => VagueBeforeItsPeriod(text, first, next));
        Pairwise(found, (first, next) => PeriodUntilNow(text, first, next));
        Pairwise(found, (first, next) => ClockAndTheDayAfter(text, first, next));
    }

    /// <summary>Replaces each expression and the next one by what <paramref name="join"/> makes of them, when it makes one.</summary>
    private static void Pairwise(List<TimeMatch> found, Func<TimeMatch, TimeMatch, TimeMatch?> join)
    {
        int kept = 0;
        for (int i = 0; i < found.Count; i++)
        {
            if (i + 1 < found.Count && join(found[i], found[i + 1]) is { } joined)
            {
                found[kept++] = joined;
                i++;
                continue;
            }
            found[kept++] = found[i];
        }
        found.RemoveRange(kept, found.Count - kept);
    }

    /// <summary>
    /// «الجمعة الموافق 18 / 8 / 1436هـ», «الأربعاء المقبل 12 أغسطس»: a weekday followed by a date, with nothing but
    /// «الموافق», a comma or a dash between, names one day; the date written out gives the value (a part of the day
    /// before the weekday stays: «صباح يوم الجمعة 4 / 8 / 1436هـ»). A date in parentheses is an aside of its own
    /// («اليوم الأحد (19 يوليو)»).
    /// </summary>
    private static TimeMatch? WeekdayAndItsDate(string text, TimeMatch first, TimeMatch next)
    {
        if (next.Type != TimeType.DATE || !IsDayValue(next.Value)
            || first.Type is not (TimeType.DATE or TimeType.TIME) || !(IsDayValue(first.Value) || first.Value.StartsWith("XXXX-WXX-", StringComparison.Ordinal))
            || !HasWeekday(text, first.Span) || HasWeekday(text, next.Span) || !JoinerBetween(text, first.Span.End, next.Span.Start))
            return null;
        var span = TextSpan.FromBounds(first.Span.Start, next.Span.End);
        return first.Type == TimeType.TIME && first.Value.Length > 10 && first.Value[10] == 'T'
            ? new TimeMatch(span, TimeType.TIME, next.Value[..10] + first.Value[10..])
            : new TimeMatch(span, TimeType.DATE, next.Value);
    }

    /// <summary>«في وقت سابق هذا الشهر»: «earlier» only says where in the named period; the period is the expression.</summary>
    private static TimeMatch? VagueBeforeItsPeriod(string text, TimeMatch first, TimeMatch next) =>
        IsVague(first.Value) && next.Type == TimeType.DATE && !IsVague(next.Value)
        && next.Span.Start - first.Span.End <= 2 && text.AsSpan(first.Span.End, next.Span.Start - first.Span.End).IsWhiteSpace()
            ? next
            : null;

    /// <summary>«منذ بداية العام وحتى الآن»: a period followed by «(و)حتى الآن» is that period, up to now.</summary>
    private static TimeMatch? PeriodUntilNow(string text, TimeMatch first, TimeMatch next) =>
        first.Type == TimeType.DATE && !IsVague(first.Value) && next.Value == Timex.PresentRef
        && UntilNow.Contains(Words(text, next.Span)) && next.Span.Start - first.Span.End <= 3
        && ArabicFolder.Fold(text.AsSpan(first.Span.End, next.Span.Start - first.Span.End)).Trim() is "" or TimeWords.And
            ? new TimeMatch(TextSpan.FromBounds(first.Span.Start, next.Span.End), first.Type, first.Value)
            : null;

    /// <summary>
    /// «الساعة الثامنة ليلاً من يوم أمس الجمعة», «الساعة التاسعة من صباح أمس»: a clock time followed by the day it
    /// belongs to, joined by «من» (or nothing but a space or a parenthesis), is one moment of that day.
    /// </summary>
    private static TimeMatch? ClockAndTheDayAfter(string text, TimeMatch first, TimeMatch next)
    {
        var (span, type, value) = first;
        return type == TimeType.TIME && value.Length >= 3 && value[0] == 'T' && char.IsAsciiDigit(value[1])
            && IsDayValue(next.Value) && OnlyOfBetween(text, span.End, next.Span.Start)
                ? new TimeMatch(TextSpan.FromBounds(span.Start, next.Span.End), TimeType.TIME, next.Value[..10] + (value.Length == 3 ? value + ":00" : value))
                : null;
    }

    /// <summary>Whether the text between two expressions is white space, a closing parenthesis or comma, and at most «من».</summary>
    private static bool OnlyOfBetween(string text, int start, int end)
    {
        if (end - start > 8) return false;
        var gap = text.AsSpan(start, end - start).Trim(" \t)\u060C,");
        return gap.IsEmpty || gap.SequenceEqual("من");
    }

    private static bool IsVague(string value) => value.EndsWith("_REF", StringComparison.Ordinal);

    /// <summary>A day («2015-07-20»), or a moment or part of a day («2015-07-20T08:00», «2015-07-20TMO»).</summary>
    private static bool IsDayValue(string value) =>
        value.Length >= 10 && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[9]) && (value.Length == 10 || value[10] == 'T');

    /// <summary>The folded words of a span joined by «_», as the time word lists write phrases.</summary>
    private static string Words(string text, TextSpan span) =>
        string.Join('_', ArabicFolder.Fold(span.Slice(text)).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether one of the span's words is a weekday name (with the article or a proclitic: الجمعة، والسبت).</summary>
    private static bool HasWeekday(string text, TextSpan span)
    {
        foreach (var w in ArabicFolder.Fold(span.Slice(text)).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = w.Trim('(', ')', '«', '»', '"');
            if (TimeLexicon.Weekdays.ContainsKey(word)) return true;
            int al = word.IndexOf(TimeWords.Al, StringComparison.Ordinal);
            if (al is >= 0 and <= 2 && TimeLexicon.Weekdays.ContainsKey(word[(al + 2)..])) return true;
        }
        return false;
    }

    /// <summary>Whether the text between two expressions is only white space, a comma, a dash and «الموافق».</summary>
    private static bool JoinerBetween(string text, int start, int end)
    {
        if (end - start > MaxGap) return false;
        foreach (var w in ArabicFolder.Fold(text.AsSpan(start, end - start)).Split([' ', '\t', '\n', ',', '\u060C', '-', '–'], StringSplitOptions.RemoveEmptyEntries))
            if (!DateJoiners.Contains(w)) return false;
        return true;
    }
}
