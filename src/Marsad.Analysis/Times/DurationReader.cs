using System.Text;
using System.Text.RegularExpressions;
using Marsad.Text.Numbers;
using static Marsad.Analysis.Times.TimeWords;

namespace Marsad.Analysis.Times;

/// <summary>Reads a folded duration phrase («عام واحد و شهر و 21 يوما», «ساعتين ونصف», «الأشهر الـ6») into its parts.</summary>
internal static class DurationReader
{
    private static readonly string Half = P("half");
    // «بضعة», «بضع» (a few)
    private static readonly string Few = List("few")[0];

    private static readonly Regex s_part = new(
        $@"(?<half1>{Half}\s+(?:{Al})?)?(?:\(\s*(?<n>{TimeLexicon.NumberPattern})\s*\)\s*|(?<n>{TimeLexicon.NumberPattern})\s*)?(?:{Al})?(?<u>{TimeLexicon.UnitPattern})(?![\p{{L}}\p{{N}}])(?:\s+(?<n2>{Al}\d+|(?={Al})(?!{Al}(?:{TimeLexicon.WeekdayPattern})(?!\p{{L}})){TimeLexicon.NumberWordPattern}))?(?<half2>\s*{And}\s*(?:{Al})?{Half})?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Unit letter (Y M W D E C TH TM TS) to amount; null when the text holds no unit.</summary>
    public static Dictionary<string, double>? Read(string text, bool requireCount = false)
    {
        Dictionary<string, double>? parts = null;
        foreach (Match m in s_part.Matches(text))
        {
            var (unit, dual) = TimeLexicon.Units[Regex.Replace(m.Groups["u"].Value, @"\s+", " ")];
            double n;
            if (m.Groups["n"].Success) n = NumberValue(m.Groups["n"].Value) ?? double.NaN;
            else if (m.Groups["n2"].Success && NumberValue(m.Groups["n2"].Value) is { } after) n = after; // الأشهر الـ6
            else if (dual > 0) n = dual;
            else if (requireCount && !m.Groups["half1"].Success && !m.Groups["half2"].Success) continue;
            else n = 1;
            if (double.IsNaN(n)) continue;
            if (m.Groups["half1"].Success) n *= 0.5;
            if (m.Groups["half2"].Success) n += 0.5;
            parts ??= [];
            parts[unit] = parts.GetValueOrDefault(unit) + n;
        }
        return parts;
    }

    /// <summary>
    /// Whether the first unit of a phrase is counted (a number, a dual, a half): «يوم الأحد الساعة …» opens with a bare
    /// unit noun and is no stretch of time, though a counted unit follows.
    /// </summary>
    public static bool StartsCounted(string text)
    {
        var m = s_part.Match(text);
        if (!m.Success) return false;
        if (m.Groups["n"].Success || m.Groups["n2"].Success || m.Groups["half1"].Success || m.Groups["half2"].Success) return true;
        return TimeLexicon.Units[Regex.Replace(m.Groups["u"].Value, @"\s+", " ")].Dual > 0;
    }

    /// <summary>
    /// ISO 8601 duration in whole units where the text allows: «ستة أعوام ونصف» is P6Y6M, «نصف ساعة» PT30M, «ساعتين ونصف»
    /// PT2H30M (the annotation's form); a fraction that does not come out whole in the next unit stays (P1.3Y).
    /// </summary>
    public static string Format(Dictionary<string, double> parts)
    {
        double years = parts.GetValueOrDefault("Y") + 10 * parts.GetValueOrDefault("E") + 100 * parts.GetValueOrDefault("C");
        return Timex.Duration(years, parts.GetValueOrDefault("M"), parts.GetValueOrDefault("W"), parts.GetValueOrDefault("D"),
            parts.GetValueOrDefault("TH"), parts.GetValueOrDefault("TM"), parts.GetValueOrDefault("TS"), parts.Keys.Any(k => k[0] == 'T'));
    }

    /// <summary>Value of a number written in digits or words, in a folded key; «بضعة» (a few) counts three.</summary>
    public static double? NumberValue(string folded)
    {
        folded = folded.Trim();
        if (folded.StartsWith(Few, StringComparison.Ordinal)) return 3;
        if (folded.StartsWith(Al, StringComparison.Ordinal) && folded.Length > 2 && char.IsAsciiDigit(folded[2])) folded = folded[2..];
        return NumberRecognizer.ValueOf(folded);
    }
}
