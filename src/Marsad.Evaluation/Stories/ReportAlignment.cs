using Marsad.Corpus.Store;

namespace Marsad.Evaluation.Stories;

/// <summary>Where a judged report is among an article's reports now: the index of the report, whether its trigger
/// starts where the judged one did, or (index -1) why none is that report.</summary>
public readonly record struct ReportMatch(int Index, bool Exact, string Why)
{
    public static readonly ReportMatch None = new(-1, false, "article not read");
}

/// <summary>
/// Finds a judged event report (article, trigger offset, type) among the reports the event step gives for the article
/// now. The step changes (a trigger moves to the next word, a type is read again), so exact identity would lose reports
/// that still tell the same occurrence. A report is the judged one when its trigger starts at the judged offset (the
/// same word of the same sentence: the same occurrence, whatever type it is given now; the judged label is about the
/// occurrence, not the type), or when it has the judged type and its evidence sentence holds the judged trigger (of
/// several, the one whose trigger is nearest). A report of another type elsewhere in the sentence, or of the type in
/// another sentence, may tell another occurrence: the judged label might not hold for it, so the pair is "not
/// produced" rather than scored on a stand-in.
/// </summary>
public static class ReportAlignment
{
    public static ReportMatch Find(string text, IReadOnlyList<FactEvent> events, int triggerStart, string type)
    {
        int best = -1, bestDistance = int.MaxValue;
        bool otherType = false, sameTypeElsewhere = false;
        for (int k = 0; k < events.Count; k++)
            if (events[k].TriggerStart == triggerStart)
                return new ReportMatch(k, string.Equals(events[k].Type, type, StringComparison.Ordinal), "");
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (!string.Equals(e.Type, type, StringComparison.Ordinal))
            {
                if (Holds(text, e, triggerStart)) otherType = true;
                continue;
            }
            if (!Holds(text, e, triggerStart)) { sameTypeElsewhere = true; continue; }
            int distance = e.TriggerStart < 0 ? int.MaxValue - 1 : Math.Abs(e.TriggerStart - triggerStart);
            if (distance < bestDistance) { best = k; bestDistance = distance; }
        }
        if (best >= 0) return new ReportMatch(best, false, "");
        return new ReportMatch(-1, false,
            otherType ? $"its sentence now gives another type than {type}, at another word"
            : sameTypeElsewhere ? $"{type} reports of the article lie in other sentences"
            : events.Count == 0 ? "no report in the article" : $"no {type} report in the article");
    }

    /// <summary>Whether the report's evidence sentence, found in the text around its trigger, covers the offset.</summary>
    private static bool Holds(string text, FactEvent e, int offset)
    {
        if (string.IsNullOrEmpty(e.Evidence) || offset < 0 || offset >= text.Length) return false;
        // The evidence is the sentence as the analysis cut it; the occurrence that holds the trigger is the one meant.
        for (int at = text.IndexOf(e.Evidence, StringComparison.Ordinal); at >= 0; at = text.IndexOf(e.Evidence, at + 1, StringComparison.Ordinal))
        {
            bool holdsTrigger = e.TriggerStart < 0 || (e.TriggerStart >= at && e.TriggerStart < at + e.Evidence.Length);
            if (holdsTrigger && offset >= at && offset < at + e.Evidence.Length) return true;
        }
        return false;
    }
}
