using Marsad.Analysis;
using Marsad.Analysis.Events;
using Marsad.Analysis.Json;
using Marsad.Evaluation;
using Marsad.Tools.Events;

namespace Marsad.Cli.Commands;

/// <summary>
/// Where the events of the annotated articles are lost, counted as the scorer counts them: each gold event that counts
/// is matched, or has no candidate there, only candidates of another category, a candidate of its category whose
/// actor or recipient is wrong, or one whose parties are right but that the rules dropped or the classifier rejected;
/// each false event is of a gold event's category in its sentence with a party wrong, of another category in a gold
/// event's sentence, or where no gold event is told. With held-out scores, each article's events are decided by the
/// model of the fold that did not see it: what happens on unseen text.
/// </summary>
public sealed class EventBreakdown
{
    public static readonly string[] MissedClasses =
        ["matched", "no candidate", "wrong type", "actor missing", "actor wrong", "recipient missing or wrong", "parties right, rejected by the classifier", "parties right, dropped by the rules", "matched another gold event"];
    public static readonly string[] FalseClasses = ["right type, a party wrong", "another gold event's sentence, other type", "no gold event there"];

    public Dictionary<string, int> Gold { get; } = MissedClasses.ToDictionary(c => c, _ => 0);
    public Dictionary<string, int> False { get; } = FalseClasses.ToDictionary(c => c, _ => 0);

    /// <summary>Adds one article whose event layer holds its candidates: <paramref name="keep"/> says which (by example index) are kept.</summary>
    public void Add(GoldArticle gold, Document doc, NewsArticleEvents article, Func<int, bool> keep)
    {
        var kept = new List<Event>();
        var drafts = new List<(JsonEvent, string)>();
        for (int i = 0; i < article.Events.Count; i++)
        {
            bool k = keep(article.First + i);
            if (k) kept.Add(article.Events[i]);
            drafts.Add((ToJson(article.Events[i]), k ? "kept" : "rejected by the classifier"));
        }
        drafts.AddRange(article.Dropped.Select(d => (ToJson(d.Event), "dropped")));
        // The document's event layer holds every candidate, in order (as the training data set it).
        var every = AnalysisJsonMapping.FromDocument(doc);
        if (every.Events.Count != article.Events.Count) throw new InvalidOperationException($"{gold.Name}: the event layer is not the candidates");
        var analysis = every with { Events = [.. every.Events.Where((_, i) => keep(article.First + i))] };
        var totals = new EvaluationTotals();
        var errors = new List<EvaluationError>();
        var matches = new List<EventMatch>();
        AnalysisScorer.Score(analysis, gold.Root, totals, gold.Name, errors, matches, drafts);
        Gold["matched"] += totals.Events.Tp;
        foreach (var e in errors.Where(e => e.Layer == "events" && e.Kind == "missed"))
            Gold[MissedClass(e.Detail)]++;
        // A false event of another category that overlaps a gold event's evidence.
        var goldSpans = gold.Root.TryGetProperty("events", out var ge) && ge.ValueKind == System.Text.Json.JsonValueKind.Array
            ? ge.EnumerateArray().Select(g => (g.GetProperty("evidence").GetProperty("start").GetInt32(), g.GetProperty("evidence").GetProperty("end").GetInt32())).ToList()
            : [];
        for (int i = 0; i < kept.Count; i++)
        {
            if (matches[i] == EventMatch.PartiesWrong) False[FalseClasses[0]]++;
            else if (matches[i] == EventMatch.False)
            {
                var ev = kept[i].Evidence;
                bool inGold = goldSpans.Any(g => Math.Min(g.Item2, ev.End) > Math.Max(g.Item1, ev.Start));
                False[inGold ? FalseClasses[1] : FalseClasses[2]]++;
            }
        }
    }

    private static string MissedClass(string detail)
    {
        int at = detail.IndexOf("  — ", StringComparison.Ordinal);
        string why = at < 0 ? "" : detail[(at + 4)..];
        if (why.StartsWith("no trigger", StringComparison.Ordinal)) return "no candidate";
        if (why.StartsWith("wrong type", StringComparison.Ordinal)) return "wrong type";
        if (why.StartsWith("actor missing", StringComparison.Ordinal)) return "actor missing";
        if (why.StartsWith("actor wrong", StringComparison.Ordinal)) return "actor wrong";
        if (why.StartsWith("recipient", StringComparison.Ordinal)) return "recipient missing or wrong";
        if (why.StartsWith("parties right, rejected", StringComparison.Ordinal)) return "parties right, rejected by the classifier";
        if (why.StartsWith("parties right", StringComparison.Ordinal)) return "parties right, dropped by the rules";
        return "matched another gold event";
    }

    private static JsonEvent ToJson(Event e) => new()
    {
        Type = e.Type, Actor = e.Actor, Recipient = e.Recipient,
        Evidence = new JsonSpan { Start = e.Evidence.Start, End = e.Evidence.End }, Trigger = new JsonSpan { Start = e.Trigger.Start, End = e.Trigger.End },
    };

    public void Write(TextWriter w, string title)
    {
        int gold = Gold.Values.Sum();
        w.WriteLine($"{title}: {gold} gold events");
        foreach (var c in MissedClasses) w.WriteLine($"  {c,-44} {Gold[c],4}");
        w.WriteLine($"  false events {False.Values.Sum()}");
        foreach (var c in FalseClasses) w.WriteLine($"  {c,-44} {False[c],4}");
    }
}
