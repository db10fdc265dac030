using System.Globalization;
using Marsad.Knowledge.Kb;
using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Web.Rendering;

/// <summary>
/// What the pages show for codes and canonical names: entities, countries and PLOVER event types in the
/// interface language, and dates in words. The stored value stays what links and filters use.
/// </summary>
public static class Labels
{
    private static readonly Lazy<Dictionary<string, string>> s_arabicByName = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in KnowledgeBase.Default.Entities)
            if (e.NamesAr.Count > 0) map.TryAdd(e.Name, WithoutDiacritics(e.NamesAr[0]));
        return map;
    });

    private static readonly Dictionary<string, (string En, string Ar)> s_eventTypes =
        LexiconReader.ResourceRows(typeof(Labels).Assembly, "Marsad.Web.event-types.tsv", 3, 3)
            .ToDictionary(r => r[0], r => (r[1], r[2]), StringComparer.Ordinal);

    /// <summary>An entity's canonical (knowledge-base) name: its Arabic name in the Arabic interface.</summary>
    public static string Entity(string name, UiText ui) =>
        ui.Lang == "ar" && s_arabicByName.Value.TryGetValue(name, out var ar) ? ar : name;

    /// <summary>A knowledge-base entity by id («city:108410»): its first Arabic name in the Arabic interface, else <paramref name="name"/>.</summary>
    public static string EntityById(string id, string name, UiText ui) =>
        ui.Lang == "ar" && KnowledgeBase.Default.Get(id) is { NamesAr.Count: > 0 } e ? WithoutDiacritics(e.NamesAr[0]) : name;

    /// <summary>An ISO 3166 country code as the knowledge base names the country.</summary>
    public static string Country(string code, UiText ui) =>
        KnowledgeBase.Default.Get(code.ToUpperInvariant()) is { Type: KbType.GPE } c ? (ui.Lang == "ar" && c.NamesAr.Count > 0 ? WithoutDiacritics(c.NamesAr[0]) : c.Name) : code;

    /// <summary>A PLOVER event type (ACCUSE) as a word of the interface language.</summary>
    public static string EventType(string type, UiText ui) =>
        s_eventTypes.TryGetValue(type.ToUpperInvariant(), out var l) ? (ui.Lang == "ar" ? l.Ar : l.En) : type;

    /// <summary>A stored timestamp or date (2015-07-21T09:00:00Z) as «21 يوليو 2015» / «21 July 2015»; other text as given.</summary>
    public static string Date(string? value, UiText ui) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? Date(d, ui) : value ?? ui.Unknown;

    public static string Date(DateOnly d, UiText ui) => $"{d.Day} {ui.Months[d.Month - 1]} {d.Year}";

    /// <summary>
    /// Labels of a chart's days (yyyy-MM-dd, or yyyy-MM for months): «21 يوليو» when all fall in one year, with
    /// the year when they do not; anything else as it is.
    /// </summary>
    public static List<string> DayAxis(IReadOnlyList<string> days, UiText ui)
    {
        var parsed = days.Select(d => DateOnly.TryParseExact(d.Length == 7 ? d + "-01" : d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x) ? x : (DateOnly?)null).ToList();
        bool oneYear = parsed.OfType<DateOnly>().Select(d => d.Year).Distinct().Count() <= 1;
        return [.. days.Select((d, i) => parsed[i] is not { } p ? d
            : d.Length == 7 ? $"{ui.Months[p.Month - 1]} {p.Year}"
            : oneYear ? ShortDate(p, ui) : Date(p, ui))];
    }

    /// <summary>A day without its year, for chart axes: «21 يوليو».</summary>
    public static string ShortDate(DateOnly d, UiText ui) => $"{d.Day} {ui.Months[d.Month - 1]}";

    /// <summary>An entity type (PER, ORG, GPE, LOC, FAC) as a word.</summary>
    public static string EntityType(string type, UiText ui) => (type, ui.Lang == "ar") switch
    {
        ("PER", true) => "شخص", ("ORG", true) => "منظمة", ("GPE", true) => "دولة أو مدينة", ("LOC", true) => "مكان", ("FAC", true) => "منشأة",
        ("PER", false) => "person", ("ORG", false) => "organisation", ("GPE", false) => "country or city", ("LOC", false) => "place", ("FAC", false) => "facility",
        _ => type,
    };

    /// <summary>
    /// A normalised time value (TIMEX: 2015-07-21, 2015-07, 2015-W30, PAST_REF, T10:00) in words where it is a
    /// calendar day or month; other values as they are.
    /// </summary>
    public static string Time(string? value, UiText ui)
    {
        if (string.IsNullOrEmpty(value)) return ui.Unknown;
        switch (value)
        {
            case "PRESENT_REF": return ui.Lang == "ar" ? "الآن" : "now";
            case "PAST_REF": return ui.Lang == "ar" ? "في الماضي" : "in the past";
            case "FUTURE_REF": return ui.Lang == "ar" ? "في المستقبل" : "in the future";
        }
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return Date(d, ui) + (value.Length > 11 && value[10] == 'T' ? " " + value[11..] : "");
        if (value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
            return $"{ui.Months[m.Month - 1]} {m.Year}";
        return value;
    }

    private static string WithoutDiacritics(string s) => string.Concat(s.Where(c => !ArabicLetters.IsDiacritic(c)));
}
