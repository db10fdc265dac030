namespace Marsad.Analysis.Events;

/// <summary>
/// The PLOVER aux of an event from the words around its trigger: negated (لم، لن، لا، عدم), hypothetical (إذا، لو،
/// في حال), future (سوف، سـ), historical (كان قد, or a sentence date well before publication).
/// </summary>
internal static class EventModality
{
    private static readonly HashSet<string> s_negations = new(StringComparer.Ordinal) { "لم", "لن", "لا", "ما", "ليس", "عدم", "دون", "بدون", "ولم", "ولن", "ولا" };
    private static readonly HashSet<string> s_conditionals = new(StringComparer.Ordinal) { "اذا", "لو", "حال", "حاله", "ولو", "واذا", "فاذا" };

    public static string? Find(WordKeys[] words, TriggerMatch m, int? sentenceYear, int? publishedYear)
    {
        for (int i = Math.Max(0, m.Start - 2); i < m.Start; i++)
            if (s_negations.Contains(words[i].Key)) return "negated";
        for (int i = 0; i < m.Start; i++)
            if (s_conditionals.Contains(words[i].Key)) return "hypothetical";
        if (m.Future || m.Start > 0 && words[m.Start - 1].Key is "سوف" or "وسوف") return "future";
        // Past perfect «كان قد فعل», also with the subject between: «وكانت القوات قد هاجمت».
        if (m.Start > 0 && words[m.Start - 1].Key == "قد")
            for (int i = Math.Max(0, m.Start - 5); i < m.Start - 1; i++)
                if (words[i].Key is "كان" or "كانت" or "كانوا" or "وكان" or "وكانت" or "وكانوا") return "historical";
        if (sentenceYear is { } y && publishedYear is { } p && y < p - 1) return "historical";
        return null;
    }
}
