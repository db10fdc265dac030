namespace Marsad.Analysis.Events;

/// <summary>
/// The PLOVER aux of an event from the words around its trigger: negated (لم، لن، لا، عدم; a denial: نفى), hypothetical (إذا، لو،
/// في حال), future (سوف، سـ; scheduled: من المقرر، المرتقب), historical (كان قد, or a sentence date well before publication).
/// </summary>
internal static class EventModality
{
    private static readonly HashSet<string> s_negations = EventWords.Set("negations");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_denials = EventWords.Set("denials").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> s_conditionals = EventWords.Set("conditionals");
    private static readonly HashSet<string> s_future = EventWords.Set("future");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_scheduled = EventWords.Set("scheduled").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> s_perfect = EventWords.Set("perfect");
    private static readonly HashSet<string> s_pastAuxiliaries = EventWords.Set("past-auxiliaries");

    public static string? Find(WordKeys[] words, TriggerMatch m, int? sentenceYear, int? publishedYear)
    {
        for (int i = Math.Max(0, m.Start - 2); i < m.Start; i++)
            if (s_negations.Contains(words[i].Key)) return "negated";
        // «ونفى المندوب … إجراء أي مسؤول سعودي زيارة»: what is denied did not happen, as far as the article tells.
        if (InClauseBefore(words, m.Start, s_denials)) return "negated";
        for (int i = 0; i < m.Start; i++)
            if (s_conditionals.Contains(words[i].Key)) return "hypothetical";
        if (m.Future || m.Start > 0 && s_future.Contains(words[m.Start - 1].Key)) return "future";
        // «ومن المقرر أن يصل الوزير»، «القمة المرتقبة»: what is scheduled has not happened yet.
        if (InClauseBefore(words, m.Start, s_scheduled)) return "future";
        // Past perfect «كان قد فعل», also with the subject between: «وكانت القوات قد هاجمت».
        if (m.Start > 0 && s_perfect.Contains(words[m.Start - 1].Key))
            for (int i = Math.Max(0, m.Start - 5); i < m.Start - 1; i++)
                if (s_pastAuxiliaries.Contains(words[i].Key)) return "historical";
        if (sentenceYear is { } y && publishedYear is { } p && y < p - 1) return "historical";
        return null;
    }

    /// <summary>Whether one of the six words before <paramref name="start"/>, within its clause (not past . ؛ :), has a
    /// key in <paramref name="set"/> (any proclitic stripped).</summary>
    private static bool InClauseBefore(WordKeys[] words, int start, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        for (int i = start - 1; i >= 0 && i >= start - 6; i--)
        {
            if (words[i].IsPunctuation && words[i].Key is "." or "؛" or ":") break;
            if (words[i].AnyKeyIn(set)) return true;
        }
        return false;
    }
}
