using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Times;

/// <summary>A month name: its number, calendar and whether it is also an everyday word (مارس "practised", آب "father").</summary>
internal readonly record struct MonthName(int Month, bool Hijri, bool Homograph);

/// <summary>
/// Words of time in their folded spelling (ArabicFolder keys), and regular-expression fragments built from them.
/// Month names come from the embedded Data/months.tsv (derived from CLDR, see its header).
/// </summary>
internal static class TimeLexicon
{
    public static readonly Dictionary<string, MonthName> Months = LoadMonths();

    /// <summary>Every month name, longest first, spaces as \s+.</summary>
    public static readonly string MonthPattern = Alternation(Months.Keys);

    public static readonly Dictionary<string, int> Weekdays = LoadWeekdays();

    public static readonly string WeekdayPattern = $"(?:{TimeWords.Al})?(?:" + string.Join("|", Weekdays.Keys) + ")";

    /// <summary>Duration units and their TIMEX letter (T-prefixed ones are clock units); duals count two.</summary>
    public static readonly Dictionary<string, (string Unit, int Dual)> Units = BuildUnits();

    public static readonly string UnitPattern = Alternation(Units.Keys);

    /// <summary>Plural units only (الأشهر، السنوات): «الأشهر الـ6 الماضية».</summary>
    public static readonly string PluralUnitPattern = TimeWords.P("plural-units");

    /// <summary>Number words a date or duration may be written with (ثلاثة، الحادي والعشرين، ألفين).</summary>
    public static readonly string NumberWordPattern = BuildNumberWords();

    /// <summary>The number words of <see cref="NumberWordPattern"/>, folded, without the article.</summary>
    public static readonly IReadOnlyList<string> NumberWords = LoadNumberWords();

    /// <summary>A number in digits (1.5، الـ6) or words (ثلاثة، واحد وعشرين، بضعة).</summary>
    public static readonly string NumberPattern =
        $@"(?:(?:{TimeWords.Al})?\d+(?:[.,]\d+)?|{NumberWordPattern}(?:\s*{TimeWords.And}\s*{NumberWordPattern}|\s+{NumberWordPattern})*)";

    public static bool TryMonth(string keyText, out MonthName month) =>
        Months.TryGetValue(Regex.Replace(keyText, @"\s+", " "), out month);

    private static Dictionary<string, MonthName> LoadMonths()
    {
        var d = new Dictionary<string, MonthName>(StringComparer.Ordinal);
        foreach (var f in LexiconReader.ResourceRows(typeof(TimeLexicon).Assembly, "Marsad.Analysis.Times.months.tsv", 4, 4))
            d[ArabicFolder.Fold(f[0])] = new MonthName(int.Parse(f[1], CultureInfo.InvariantCulture), f[2] == "h", f[3] == "1");
        return d;
    }

    private static Dictionary<string, int> LoadWeekdays()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in LexiconReader.ResourceRows(typeof(TimeLexicon).Assembly, "Marsad.Analysis.Times.weekdays.tsv", 2, 2))
            d[f[0]] = int.Parse(f[1], CultureInfo.InvariantCulture);
        return d;
    }

    private static Dictionary<string, (string, int)> BuildUnits()
    {
        var d = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var f in LexiconReader.ResourceRows(typeof(TimeLexicon).Assembly, "Marsad.Analysis.Times.duration-units.tsv", 3, 3))
        {
            int dual = int.Parse(f[1], CultureInfo.InvariantCulture);
            foreach (var form in f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[ArabicFolder.Fold(form)] = (f[0], dual);
        }
        return d;
    }

    private static string BuildNumberWords() =>
        $"(?:(?:{TimeWords.Al})?(?:" + string.Join("|", LoadNumberWords().OrderByDescending(w => w.Length)) + "))";

    private static List<string> LoadNumberWords() =>
        [.. WordClasses.FromResource(typeof(TimeLexicon).Assembly, "Marsad.Analysis.Times.number-words.tsv")["number"].Select(w => ArabicFolder.Fold(w)).Distinct()];

    private static string Alternation(IEnumerable<string> keys) =>
        "(?:" + string.Join("|", keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace("\\ ", @"\s+", StringComparison.Ordinal).Replace(" ", @"\s+", StringComparison.Ordinal))) + ")";
}
