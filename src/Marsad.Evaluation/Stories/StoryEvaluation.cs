using Marsad.Analysis;
using Marsad.Analysis.Json;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using Marsad.Corpus.Stories;

namespace Marsad.Evaluation.Stories;

/// <summary>
/// Judged report pairs scored against the merged events: a pair is predicted "same" when both reports are in one merged
/// event. A judged report names the event step's output of the day it was judged (article, trigger offset, type); the
/// step changes, so each is looked for among the reports it gives now (<see cref="ReportAlignment"/>): the same trigger
/// offset, else a report of the same type whose evidence sentence holds the judged trigger. A pair whose two reports are
/// both given is scored; one whose report the step no longer gives is counted in <see cref="NotProduced"/>, neither
/// right nor wrong: merging cannot be judged on a report that does not exist, and coverage says how much is scored.
/// </summary>
/// <param name="Found">Pairs whose two reports the event step still gives (exactly or aligned); only these are scored.</param>
/// <param name="Aligned">Of <paramref name="Found"/>, pairs with a report found by its sentence rather than its exact offset.</param>
public sealed record EventPairScores(int Judged, int Found, int Aligned, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int NotProduced => Judged - Found;
    /// <summary>The share of judged pairs the event step still gives both reports of.</summary>
    public double Coverage => Judged == 0 ? 0 : (double)Found / Judged;
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// How the story assignment groups judged articles. Purity: the share of each assigned story's articles that belong to
/// its main judged story, over all articles (1.0 when no story mixes happenings). Pairwise recall: the share of article
/// pairs judged to report one happening that are assigned one story; pairwise precision the converse.
/// <see cref="MixedStories"/> counts assigned stories holding articles of more than one judged happening.
/// </summary>
public sealed record StoryScores(
    string Split, int Articles, int GoldStories, int Stories, int Threads, double Purity, double PairPrecision, double PairRecall,
    long GoldPairs, int MixedStories, EventPairScores Events, IReadOnlyList<string> Errors);

/// <summary>
/// Runs the story assignment of ingest over a judged split and scores it: the articles are read from their records,
/// analysed, checked for copies and assigned to stories in publication order (as `marsad ingest` does), then the events
/// of each story are merged (<see cref="EventMerger"/>) and the judged report pairs scored.
/// </summary>
public static class StoryEvaluation
{
    /// <param name="history">Articles of the days before (titles and texts): their words count into the term frequencies
    /// first, as the stored days of a running corpus do, but they are not assigned.</param>
    public static StoryScores Run(StorySplit split, GoldTexts texts, TextWriter stderr, IEnumerable<ArticleInput>? history = null)
    {
        var inputs = new List<(GoldStoryArticle Gold, ArticleInput Input)>();
        foreach (var g in split.Articles)
        {
            try { inputs.Add((g, texts.Read(g.File, g.Url, g.Where))); }
            catch (InvalidDataException e) { stderr.WriteLine($"marsad: {e.Message}"); }
        }
        var facts = new ArticleFacts[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            var doc = MarsadPipeline.Default.Analyze(inputs[i].Input.Text, inputs[i].Input.Metadata);
            facts[i] = ArticleFacts.FromAnalysisJson(AnalysisJsonWriter.ToJson(doc));
        });

        // Publication order, as a stream arrives; ties keep the judged file's order.
        var order = Enumerable.Range(0, inputs.Count).OrderBy(i => Published(inputs[i].Input) ?? DateTime.MaxValue).ThenBy(i => i).ToArray();
        var copies = new CopyIndex();
        var clusterer = new StoryClusterer();
        var storyOf = new int[inputs.Count];
        foreach (var h in history ?? []) clusterer.Terms.Observe(h.Metadata.Title ?? "", h.Text);
        foreach (int i in order)
        {
            var (_, found) = copies.Add(inputs[i].Input.Text);
            var meta = inputs[i].Input.Metadata;
            clusterer.Add(meta.Title, inputs[i].Input.Text, Publisher(inputs[i].Input, facts[i]), Published(inputs[i].Input),
                found.Select(m => m.Other), StorySignals.From(facts[i], meta.Title));
        }
        var itemOf = new int[inputs.Count];
        for (int k = 0; k < order.Length; k++) itemOf[order[k]] = k;
        for (int i = 0; i < inputs.Count; i++) storyOf[i] = clusterer.StoryOf(itemOf[i]).Id;

        var errors = new List<string>();
        var (purity, mixed) = Purity(inputs, storyOf, errors);
        var (precision, recall, goldPairs) = Pairs(inputs, storyOf, errors);
        var threads = inputs.Select((_, i) => clusterer.ThreadOf(clusterer.StoryOf(itemOf[i]).Id)).Distinct().Count();
        var events = ScoreEvents(split, inputs, facts, storyOf, errors);
        return new StoryScores(split.Name, inputs.Count, inputs.Select(x => x.Gold.Key).Distinct().Count(), storyOf.Distinct().Count(), threads,
            purity, precision, recall, goldPairs, mixed, events, errors);
    }

    /// <summary>
    /// The articles of the <paramref name="days"/> days before the split's first file (files named by day, as
    /// SaudiNewsNet's are: 2015-08-02.zip), read from <paramref name="newsFolder"/>; none when the files are not named by day.
    /// </summary>
    public static IEnumerable<ArticleInput> History(StorySplit split, string newsFolder, int days)
    {
        var first = split.Articles.Select(a => DateOnly.TryParseExact(Path.GetFileNameWithoutExtension(a.File), "yyyy-MM-dd", out var d) ? d : (DateOnly?)null)
            .Min();
        if (first is null || days <= 0) yield break;
        for (int k = days; k >= 1; k--)
        {
            string path = Path.Combine(newsFolder, first.Value.AddDays(-k).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".zip");
            if (!File.Exists(path)) continue;
            foreach (var r in InputArticles.Read([path]))
                if (r.Article is { } a) yield return a;
        }
    }

    private static string? Publisher(ArticleInput input, ArticleFacts facts) => facts.PublisherId ?? input.Metadata.Publisher;

    private static DateTime? Published(ArticleInput input) =>
        input.Metadata.Published is { } p ? p.Date.ToDateTime(p.Time ?? TimeOnly.MinValue) : null;

    private static (double Purity, int Mixed) Purity(List<(GoldStoryArticle Gold, ArticleInput Input)> inputs, int[] storyOf, List<string> errors)
    {
        int majority = 0, mixed = 0;
        foreach (var story in Enumerable.Range(0, inputs.Count).GroupBy(i => storyOf[i]))
        {
            var byGold = story.GroupBy(i => inputs[i].Gold.Key).OrderByDescending(g => g.Count()).ToList();
            majority += byGold[0].Count();
            if (byGold.Count == 1) continue;
            mixed++;
            errors.Add($"mixed story {story.Key} ({story.Count()} articles):");
            foreach (var g in byGold)
                foreach (int i in g) errors.Add($"    {inputs[i].Gold.Story,-28} {inputs[i].Input.Metadata.Title}");
        }
        return (inputs.Count == 0 ? 0 : (double)majority / inputs.Count, mixed);
    }

    private static (double Precision, double Recall, long GoldPairs) Pairs(List<(GoldStoryArticle Gold, ArticleInput Input)> inputs, int[] storyOf, List<string> errors)
    {
        long both = 0, gold = 0, system = 0;
        for (int i = 0; i < inputs.Count; i++)
            for (int j = i + 1; j < inputs.Count; j++)
            {
                bool g = inputs[i].Gold.Key == inputs[j].Gold.Key, s = storyOf[i] == storyOf[j];
                if (g) gold++;
                if (s) system++;
                if (g && s) both++;
            }
        foreach (var story in Enumerable.Range(0, inputs.Count).GroupBy(i => inputs[i].Gold.Key).Where(g => g.Select(i => storyOf[i]).Distinct().Count() > 1))
        {
            errors.Add($"split story {inputs[story.First()].Gold.Story}:");
            foreach (int i in story.OrderBy(i => storyOf[i])) errors.Add($"    story {storyOf[i],-5} {inputs[i].Input.Metadata.Title}");
        }
        return (system == 0 ? 1 : (double)both / system, gold == 0 ? 1 : (double)both / gold, gold);
    }

    private static EventPairScores ScoreEvents(StorySplit split, List<(GoldStoryArticle Gold, ArticleInput Input)> inputs, ArticleFacts[] facts, int[] storyOf, List<string> errors)
    {
        // Merge each story's reports, then name every report by its article and index.
        var eventOf = new Dictionary<(string Url, int Index), (string Event, int Story, EventReport Report)>();
        foreach (var story in Enumerable.Range(0, inputs.Count).GroupBy(i => storyOf[i]))
        {
            var reports = story.SelectMany(i => facts[i].Events.Select((e, k) => new EventReport(inputs[i].Gold.Url, k, facts[i].PublisherId, e)));
            foreach (var merged in EventMerger.Merge(reports))
                foreach (var r in merged.Reports) eventOf.TryAdd((r.Article, r.Index), (merged.Id, story.Key, r));
        }
        var articleOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < inputs.Count; i++) articleOf.TryAdd(inputs[i].Gold.Url, i);
        ReportMatch Find(GoldReport g) =>
            articleOf.TryGetValue(g.Url, out int i) ? ReportAlignment.Find(inputs[i].Input.Text, facts[i].Events, g.TriggerStart, g.Type) : ReportMatch.None;

        int found = 0, aligned = 0, tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var pair in split.Pairs)
        {
            var ma = Find(pair.A);
            var mb = Find(pair.B);
            if (ma.Index < 0 || mb.Index < 0)
            {
                errors.Add($"{pair.Where}: not produced ({(ma.Index < 0 ? ma.Why : mb.Why)}), judged {(pair.Same ? "same" : "different")}");
                continue;
            }
            found++;
            if (!ma.Exact || !mb.Exact) aligned++;
            var a = eventOf[(pair.A.Url, ma.Index)];
            var b = eventOf[(pair.B.Url, mb.Index)];
            bool same = a.Event == b.Event;
            if (same && pair.Same) tp++;
            else if (same) { fp++; errors.Add($"{pair.Where}: merged, judged different"); Describe(a.Report, b.Report, errors); }
            else if (pair.Same)
            {
                fn++;
                string why = a.Story != b.Story ? "two stories" : EventMerger.Disagreement(a.Report, b.Report) ?? "joined other events";
                errors.Add($"{pair.Where}: not merged ({why}), judged same");
                Describe(a.Report, b.Report, errors);
            }
            else tn++;
        }
        return new EventPairScores(split.Pairs.Count, found, aligned, tp, fp, fn, tn);
    }

    /// <summary>The two reports of a misjudged pair as the merger saw them.</summary>
    private static void Describe(EventReport a, EventReport b, List<string> errors)
    {
        foreach (var r in new[] { a, b })
        {
            var e = r.Event;
            errors.Add($"    «{e.Trigger}» {e.Type}/{e.Mode ?? "-"} {e.Date ?? "no date"} actors [{string.Join(", ", e.Actors)}] recipients [{string.Join(", ", e.Recipients)}] place {e.Place ?? "-"}: {e.Evidence}");
        }
    }
}
