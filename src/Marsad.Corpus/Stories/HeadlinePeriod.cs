using Marsad.Analysis.Times;

namespace Marsad.Corpus.Stories;

/// <summary>
/// The period a headline reports on: a month it names that is not the month it was published in («يختتم شهر يوليو»
/// on 2 August tells July's close, not the day's). Two headlines of one theme over two periods are two happenings (the
/// market's July close and its close of the day), however alike their words. Only whole months count: a day (the
/// next match, «غداً») belongs to the day's happening, and a year in a headline is as often an event's name
/// («أولمبياد 2024») as a period.
/// </summary>
public static class HeadlinePeriod
{
    /// <summary>The key of the period: the month (yyyy-MM) the headline names outside its publication month, else ""
    /// (the news of its day).</summary>
    public static string Of(string? title, DateTime? published)
    {
        if (string.IsNullOrWhiteSpace(title) || published is null) return "";
        var day = DateOnly.FromDateTime(published.Value);
        string own = day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var t in TimeExpressions.Find(title, day))
            if (IsMonth(t.Value) && t.Value != own) return t.Value;
        return "";
    }

    private static bool IsMonth(string v) =>
        v.Length == 7 && v[4] == '-' && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[3]) && char.IsAsciiDigit(v[5]) && char.IsAsciiDigit(v[6]);
}
