using Marsad.Text;
using Marsad.Text.Numbers;

namespace Marsad.Analysis.Times;

/// <summary>
/// Finds temporal expressions in Arabic text and gives each its TIMEX3 type and value. All rules run over the
/// ArabicFolder key; where matches overlap the longest wins. Spans point into the original text. Thread-safe.
/// </summary>
internal static class TimeRecognizer
{
    private const int WindowLength = 120;

    // The words rules open with or need (see TimeRule.Opens and Cues): a rule is not tried where they are not.
    private static readonly TimeCues s_opens = new([.. TimeRules.All.Select(r => r.Opens)]);
    private static readonly TimeCues s_cues = new([.. TimeRules.All.Select(r => r.Cues)]);

    private static bool Covered(bool[] taken, int start, int end) => start < end && taken.AsSpan(start, end - start).Contains(true);

    public static IReadOnlyList<TimeMatch> Recognize(string text, TimeContext context, bool filterRules = true) =>
        Recognize(text, ArabicFolder.FoldWithMap(text), context, filterRules);

    /// <param name="filterRules">Whether rules are tried only where their opening and cue words are (the default);
    /// without, every rule whose anchor kind lies ahead is tried, which finds the same, more slowly (tests compare).</param>
    public static IReadOnlyList<TimeMatch> Recognize(string text, FoldedText folded, TimeContext context, bool filterRules = true)
    {
        string key = folded.Key;
        var input = new RuleInput(key, context);
        var candidates = new List<(int Start, int End, int Rule, TimeType Type, string Value)>();
        var rules = TimeRules.All;
        var cues = s_cues.Find(key);
        int firstCue = 0;
        foreach (var (start, kinds) in TimeAnchors.Starts(key, WindowLength))
        {
            // A window of the text from this word start: long enough for any expression, cut at a space so
            // that no word is split (the rules' end-of-word checks see the true end of the last word).
            int end = Math.Min(key.Length, start + WindowLength);
            while (end < key.Length && !char.IsWhiteSpace(key[end])) end++;
            // the cue words in the window (starts ascend, so the first one in it only moves forward)
            while (firstCue < cues.Count && cues[firstCue].Start < start) firstCue++;
            ulong cuesHere = filterRules ? 0 : ulong.MaxValue;
            for (int c = firstCue; c < cues.Count && cues[c].Start < end; c++) cuesHere |= cues[c].Mask;
            ulong opensHere = filterRules ? s_opens.At(key, start) : ulong.MaxValue;
            for (int r = 0; r < rules.Length; r++)
            {
                var rule = rules[r];
                if ((rule.Needs & kinds) == 0) continue;
                if (s_opens.RuleMasks[r] is var open and not 0 && (open & opensHere) == 0) continue;
                if (s_cues.RuleMasks[r] is var cue and not 0 && (cue & cuesHere) == 0) continue;
                var m = rule.Pattern.Match(key, start, end - start);
                if (!m.Success) continue;
                var t = m.Groups["t"];
                if (t.Length > 0 && rule.Resolve(m, input) is { } res) candidates.Add((t.Index, t.Index + t.Length, r, res.Type, res.Value));
            }
        }
        // Longest first; on a tie the earlier rule (more specific) wins.
        candidates.Sort((a, b) => (b.End - b.Start) != (a.End - a.Start) ? (b.End - b.Start).CompareTo(a.End - a.Start) : a.Rule.CompareTo(b.Rule));
        // The characters already in an expression: an overlap check costs the candidate's length, not the number
        // of expressions taken before (which made long texts quadratic).
        var taken = new bool[key.Length];
        var result = new List<TimeMatch>();
        foreach (var c in candidates)
        {
            if (Covered(taken, c.Start, c.End)) continue;
            Array.Fill(taken, true, c.Start, c.End - c.Start);
            int last = c.End;
            while (last > c.Start && key[last - 1] == ' ') last--;
            int first = c.Start;
            var (type, value) = (c.Type, c.Value);
            // «صباح اليوم», «مساء السبت», «بعد ظهر اليوم الاثنين»: the part of day makes the day a time of that day
            if (type == TimeType.DATE && IsDay(value) && PhraseBefore(key, first, PartsOfDay) is { } pod && !Covered(taken, pod.Start, first))
            {
                (first, type, value) = (pod.Start, TimeType.TIME, value + "T" + pod.Code);
                Array.Fill(taken, true, pod.Start, c.Start - pod.Start);
            }
            // «نهاية الأسبوع الماضي», «عطلة نهاية هذا الأسبوع»: the weekend of that week
            else if (type == TimeType.DATE && IsWeek(value) && PhraseBefore(key, first, WeekParts) is { } wp && !Covered(taken, wp.Start, first))
            {
                (first, value) = (wp.Start, value + "-" + wp.Code);
                Array.Fill(taken, true, wp.Start, c.Start - wp.Start);
            }
            // «أوائل 2016», «منتصف يوليو», «بنهاية الشهر الجاري»: the part named is within the same value
            else if (type == TimeType.DATE && !IsDay(value) && !value.EndsWith("_REF", StringComparison.Ordinal)
                && PhraseBefore(key, first, DateParts) is { } dp && !Covered(taken, dp.Start, first))
            {
                first = dp.Start;
                Array.Fill(taken, true, dp.Start, c.Start - dp.Start);
            }
            var span = NumberRecognizer.WithTrailingMarks(text, folded.ToSource(first, last));
            result.Add(new TimeMatch(span, type, value));
        }
        result.Sort((a, b) => a.Span.CompareTo(b.Span));
        TimeJoins.Apply(text, result);
        AnchorClockTimes(text, result, context);
        return result;
    }

    /// <summary>
    /// «الساعة الثامنة صباحا» names a moment of a day the text has already given in the same paragraph («أمس»،
    /// «الاثنين 20 يوليو»), else of the reference date. Left bare (T08) when neither is known. Each gap of text is read
    /// once, so the pass is linear.
    /// </summary>
    private static void AnchorClockTimes(string text, List<TimeMatch> found, TimeContext context)
    {
        string? reference = context.Reference is { } r ? Timex.Date(r) : null;
        string? day = null;
        int dayEnd = 0;
        for (int i = 0; i < found.Count; i++)
        {
            var (span, type, value) = found[i];
            if (value.Length >= 10 && IsDay(value[..10])) { (day, dayEnd) = (value[..10], span.End); continue; }
            if (type != TimeType.TIME || value.Length < 3 || value[0] != 'T' || !char.IsAsciiDigit(value[1])) continue;
            bool sameParagraph = day is not null && text.AsSpan(dayEnd, span.Start - dayEnd).IndexOf('\n') < 0;
            if ((sameParagraph ? day : reference) is not { } of) continue;
            found[i] = new TimeMatch(span, type, of + (value.Length == 3 ? value + ":00" : value));
        }
    }

    private static bool IsWeek(string value) => value.Length == 8 && value[4] == '-' && value[5] == 'W' && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[7]);

    private static bool IsDay(string value) => value.Length == 10 && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[0]);

    // Parts of the day in TIMEX3 (TMO morning, TAF afternoon, TEV evening, TNI night), folded, as the word before a day.
    // Data/time-values.tsv, class day-part, in file order: the first phrase that ends before the index wins.
    private static readonly (string Words, string Code)[] PartsOfDay = [.. TimeWords.Values("day-part")];

    // Parts of a year, month, week or century (أوائل، منتصف، نهاية…), as the words before it: Data/time-values.tsv, class date-part.
    private static readonly (string Words, string Code)[] DateParts = [.. TimeWords.Values("date-part")];

    // Parts of a week (WE weekend), as the words before a week: Data/time-values.tsv, class week-part.
    private static readonly (string Words, string Code)[] WeekParts = [.. TimeWords.Values("week-part")];

    /// <summary>The words of <paramref name="phrases"/> right before a key index («صباح »، «وبعد ظهر »، «نهاية »), with their start and TIMEX code.</summary>
    private static (int Start, string Code)? PhraseBefore(string key, int index, (string Words, string Code)[] phrases)
    {
        int e = index;
        while (e > 0 && key[e - 1] == ' ') e--;
        if (e == index) return null; // the day's word must stand apart
        foreach (var (words, code) in phrases)
        {
            int s = e - words.Length;
            if (s < 0 || string.CompareOrdinal(key, s, words, 0, words.Length) != 0) continue;
            if (s > 0 && key[s - 1] is 'و' or 'ف' or 'ب' or 'ل') s--; // «وصباح اليوم»
            if (s > 0 && char.IsLetter(key[s - 1])) continue;
            return (s, code);
        }
        return null;
    }
}
