using Marsad.Text;
using Marsad.Text.Numbers;

namespace Marsad.Analysis.Times;

/// <summary>
/// Finds temporal expressions in Arabic text and gives each its TIMEX3 type and value. All rules run over the
/// ArabicFolder key; where matches overlap the longest wins. Spans point into the original text. Thread-safe.
/// </summary>
public static class TimeRecognizer
{
    private const int WindowLength = 120;

    public static IReadOnlyList<TimeMatch> Recognize(string text, TimeContext context) =>
        Recognize(text, ArabicFolder.FoldWithMap(text), context);

    public static IReadOnlyList<TimeMatch> Recognize(string text, FoldedText folded, TimeContext context)
    {
        string key = folded.Key;
        var input = new RuleInput(key, context);
        var candidates = new List<(int Start, int End, int Rule, TimeType Type, string Value)>();
        foreach (var (start, kinds) in TimeAnchors.Starts(key, WindowLength))
        {
            // A window of the text from this word start: long enough for any expression, cut at a space so
            // that no word is split (the rules' end-of-word checks see the true end of the last word).
            int end = Math.Min(key.Length, start + WindowLength);
            while (end < key.Length && !char.IsWhiteSpace(key[end])) end++;
            for (int r = 0; r < TimeRules.All.Length; r++)
            {
                var rule = TimeRules.All[r];
                if ((rule.Needs & kinds) == 0) continue;
                var m = rule.Pattern.Match(key, start, end - start);
                if (!m.Success) continue;
                var t = m.Groups["t"];
                if (t.Length > 0 && rule.Resolve(m, input) is { } res) candidates.Add((t.Index, t.Index + t.Length, r, res.Type, res.Value));
            }
        }
        // Longest first; on a tie the earlier rule (more specific) wins.
        candidates.Sort((a, b) => (b.End - b.Start) != (a.End - a.Start) ? (b.End - b.Start).CompareTo(a.End - a.Start) : a.Rule.CompareTo(b.Rule));
        var taken = new List<(int Start, int End)>();
        var result = new List<TimeMatch>();
        foreach (var c in candidates)
        {
            if (taken.Exists(s => s.Start < c.End && c.Start < s.End)) continue;
            taken.Add((c.Start, c.End));
            int last = c.End;
            while (last > c.Start && key[last - 1] == ' ') last--;
            var span = NumberRecognizer.WithTrailingMarks(text, folded.ToSource(c.Start, last));
            result.Add(new TimeMatch(span, c.Type, c.Value));
        }
        result.Sort((a, b) => a.Span.CompareTo(b.Span));
        return result;
    }
}
