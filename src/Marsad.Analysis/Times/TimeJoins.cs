using Marsad.Text;

namespace Marsad.Analysis.Times;

/// <summary>
/// Expressions the rules find apart that the text writes as one: a weekday and the date written after it, a vague
/// «earlier» before the period it is in, a period counted up to now. Each pass looks only at the next expression, so
/// it is linear in the number of expressions.
/// </summary>
internal static class TimeJoins
{
    private const int MaxGap = 16;
    private static readonly HashSet<string> DateJoiners = TimeWords.Set("date-joiners");
    private static readonly HashSet<string> UntilNow = TimeWords.Set("until-now");

    public static void Apply(string text, List<TimeMatch> found)
    {
        WeekdayAndItsDate(text, found);
        VagueBeforeItsPeriod(text, found);
        PeriodUntilNow(text, found);
    }

    /// <summary>
    /// «الجمعة الموافق 18 / 8 / 1436هـ», «الأربعاء المقبل 12 أغسطس»: a weekday followed by a date, with nothing but
    /// «الموافق», a comma or a dash between, names one day; the date written out gives the value (a part of the day
    /// before the weekday stays: «صباح يوم الجمعة 4 / 8 / 1436هـ»). A date in parentheses is an aside of its own
    /// («اليوم الأحد (19 يوليو)»).
    /// </summary>
    private static void WeekdayAndItsDate(string text, List<TimeMatch> found)
    {
        int kept = 0;
        for (int i = 0; i < found.Count; i++)
        {
            var first = found[i];
            if (i + 1 < found.Count && found[i + 1] is var next && next.Type == TimeType.DATE && IsDayValue(next.Value)
                && first.Type is TimeType.DATE or TimeType.TIME && (IsDayValue(first.Value) || first.Value.StartsWith("XXXX-WXX-", StringComparison.Ordinal))
                && HasWeekday(text, first.Span) && !HasWeekday(text, next.Span)
                && JoinerBetween(text, first.Span.End, next.Span.Start))
            {
                int end = next.Span.End;
                string day = next.Value[..10];
                var merged = first.Type == TimeType.TIME && first.Value.Length > 10 && first.Value[10] == 'T'
                    ? new TimeMatch(TextSpan.FromBounds(first.Span.Start, end), TimeType.TIME, day + first.Value[10..])
                    : new TimeMatch(TextSpan.FromBounds(first.Span.Start, end), TimeType.DATE, next.Value);
                found[kept++] = merged;
                i++;
                continue;
            }
            found[kept++] = first;
        }
        found.RemoveRange(kept, found.Count - kept);
    }

    /// <summary>«في وقت سابق هذا الشهر»: «earlier» only says where in the named period; the period is the expression.</summary>
    private static void VagueBeforeItsPeriod(string text, List<TimeMatch> found)
    {
        int kept = 0;
        for (int i = 0; i < found.Count; i++)
        {
            var t = found[i];
            if (IsVague(t.Value) && i + 1 < found.Count && found[i + 1] is var next && next.Type == TimeType.DATE && !IsVague(next.Value)
                && text.AsSpan(t.Span.End, next.Span.Start - t.Span.End).IsWhiteSpace() && next.Span.Start - t.Span.End <= 2)
                continue;
            found[kept++] = t;
        }
        found.RemoveRange(kept, found.Count - kept);
    }

    /// <summary>«منذ بداية العام وحتى الآن»: a period followed by «(و)حتى الآن» is that period, up to now.</summary>
    private static void PeriodUntilNow(string text, List<TimeMatch> found)
    {
        int kept = 0;
        for (int i = 0; i < found.Count; i++)
        {
            var t = found[i];
            if (t.Type == TimeType.DATE && !IsVague(t.Value) && i + 1 < found.Count && found[i + 1] is var next && next.Value == Timex.PresentRef
                && UntilNow.Contains(Words(text, next.Span)) && next.Span.Start - t.Span.End <= 3
                && ArabicFolder.Fold(text.AsSpan(t.Span.End, next.Span.Start - t.Span.End)).Trim() is "" or TimeWords.And)
            {
                found[kept++] = new TimeMatch(TextSpan.FromBounds(t.Span.Start, next.Span.End), t.Type, t.Value);
                i++;
                continue;
            }
            found[kept++] = t;
        }
        found.RemoveRange(kept, found.Count - kept);
    }

    private static bool IsVague(string value) => value.EndsWith("_REF", StringComparison.Ordinal);

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
