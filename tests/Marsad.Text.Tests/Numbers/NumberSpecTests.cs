using System.Globalization;
using System.Text.Json;
using Marsad.Tests;
using Marsad.Text.Numbers;
using Xunit.Abstractions;

namespace Marsad.Text.Tests.Numbers;

/// <summary>
/// The Arabic number cases of Microsoft Recognizers-Text (../shared/data/numbers-dates/recognizers-text-arabic,
/// MIT): a case passes when every expected value is among the values found. Reports the rate and the failures.
/// </summary>
public class NumberSpecTests(ITestOutputHelper output)
{
    /// <summary>Cases left out on purpose, each with the reason.</summary>
    private static readonly (Func<string, string, bool> Applies, string Reason)[] Exclusions =
    [
        ((input, _) => input.Contains('^', StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(input, @"[0-9٠-٩]e[+\-]?[0-9٠-٩]"),
            "exponent and power notation (1.1^23, 12e-1, -1.1^--23): calculator input, not news text"),
        ((input, _) => RatioWords(input),
            "ratio phrases (واحد من ثلاثة، ١ على ٣، جزء من مئة): in news «واحد من ثلاثة» is one of three, a count, not the fraction 1/3"),
        ((_, values) => values.Contains("32200", StringComparison.Ordinal) || values.Contains("200440.6", StringComparison.Ordinal) || values == "1200000000",
            "expected value contradicts the text (٣٢٢ ألف is 322000; اثني عشر مليار is 12e9; مليون وألفين ومائتين… is over a million)"),
        ((input, values) => values.Contains("اثنين", StringComparison.Ordinal) || input.Contains("رقمان", StringComparison.Ordinal),
            "expects 2 from a dual noun (رقمان); the recogniser reads number words, not noun duals"),
        ((input, _) => input.Contains("90 -", StringComparison.Ordinal) || input.Contains("خمسة وتسعون مائة", StringComparison.Ordinal) || input.Contains("خمسة و تسعون مائة", StringComparison.Ordinal) || input.Contains("95 مائة", StringComparison.Ordinal),
            "arithmetic expressions (90 - 500 خمس, خمسة وتسعون مائة على خمسة)"),
    ];

    private static bool RatioWords(string input) =>
        System.Text.RegularExpressions.Regex.IsMatch(input, @"(واحد|[0-9٠-٩]+|جزء|مائة|مئة|ثلاثة|عشرين|اجزاء|أجزاء)\s+(من|على|في)\s+(واحد|اثنين|ثلاثة|أربعة|خمسة|عشرين|عشرون|مائة|مئة|تريليون|ألف|[0-9٠-٩])");

    [SkippableTheory]
    [InlineData("NumberModel.json")]
    [InlineData("OrdinalModel.json")]
    [InlineData("PercentModel.json")]
    public void Arabic_number_specs_pass_at_85_percent(string file)
    {
        var path = SharedData.Require("data", "numbers-dates", "recognizers-text-arabic", "Specs", "Number", "Arabic", file);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        int total = 0, passed = 0, excluded = 0;
        var failures = new List<string>();
        var reasons = new Dictionary<string, int>();
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var results = c.GetProperty("Results");
            if (results.GetArrayLength() == 0) continue;
            string input = c.GetProperty("Input").GetString()!;
            var expected = results.EnumerateArray().Select(r => r.GetProperty("Resolution").GetProperty("value").GetString()!).ToList();
            var joined = string.Join("|", expected);
            var excl = Exclusions.FirstOrDefault(e => e.Applies(input, joined));
            if (excl.Reason is not null)
            {
                excluded++;
                reasons[excl.Reason] = reasons.GetValueOrDefault(excl.Reason) + 1;
                continue;
            }
            total++;
            var found = NumberRecognizer.Recognize(input);
            var remaining = found.ToList();
            bool ok = true;
            foreach (var want in expected)
            {
                int hit = remaining.FindIndex(m => Matches(m, want));
                if (hit < 0) { ok = false; break; }
                remaining.RemoveAt(hit);
            }
            if (ok) passed++;
            else failures.Add($"  {input}  want [{joined}]  got [{string.Join("|", found.Select(f => $"{f.Span.Slice(input)}={f}"))}]");
        }
        double rate = total == 0 ? 0 : (double)passed / total;
        output.WriteLine($"{file}: {passed}/{total} = {rate:P1} ({excluded} excluded)");
        foreach (var (reason, n) in reasons) output.WriteLine($"  excluded {n}: {reason}");
        output.WriteLine("failures:");
        foreach (var f in failures) output.WriteLine(f);
        Assert.True(rate >= 0.85, $"{file}: {rate:P1} < 85 %\n" + string.Join("\n", failures));
    }

    private static bool Matches(NumberMatch m, string want)
    {
        if (m.Relative is not null) return m.Relative == want;
        bool percent = want.EndsWith('%');
        if (!double.TryParse(want.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) return false;
        if (percent != (m.Kind == NumberKind.Percent)) return false;
        return Math.Abs(m.Value - v) <= 1e-9 * Math.Max(1, Math.Abs(v));
    }
}
