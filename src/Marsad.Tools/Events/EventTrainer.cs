using Marsad.Analysis.Events;

namespace Marsad.Tools.Events;

/// <summary>Cross-validated figures of the event classifier, counted as the analysis scorer counts events.</summary>
/// <param name="NewsTp">Kept events that match a gold event that counts (an optional one is neither right nor wrong).</param>
public sealed record EventCvFigures(int NewsTp, int NewsFp, int NewsRequiredGold, int GsrTp, int GsrFp, int GsrSentences)
{
    public double Precision => NewsTp + NewsFp == 0 ? 0 : (double)NewsTp / (NewsTp + NewsFp);
    public double Recall => NewsRequiredGold == 0 ? 0 : (double)NewsTp / NewsRequiredGold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double GsrPrecision => GsrTp + GsrFp == 0 ? 0 : (double)GsrTp / (GsrTp + GsrFp);
    public double GsrRecall => GsrSentences == 0 ? 0 : (double)GsrTp / GsrSentences;
}

/// <summary>
/// Trains the event classifier as a binary averaged perceptron over the hashed features of each candidate event
/// (as the name tagger is trained, without the sequence): where the sign of the score is wrong, the features move
/// toward the label; averaging over all steps steadies the weights. The acceptance threshold is chosen for precision
/// (the best F<sub>0.5</sub>) on cross-validation by article within the news data: each fold is scored by a model
/// trained on the other folds (and on the gold sentences of the other folds). Deterministic: a seeded shuffle and
/// single-threaded arithmetic give byte-identical models.
/// </summary>
public sealed class EventTrainer
{
    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 1;
    /// <summary>Independent runs (different shuffles) whose averaged weights are averaged again: less variance.</summary>
    public int Runs { get; init; } = 3;
    public int Folds { get; init; } = 5;
    /// <summary>The F-measure's β when choosing the threshold: below 1 weighs precision more than recall.</summary>
    public double Beta { get; init; } = 0.5;

    /// <summary>
    /// Whether an event whose category and sentence are a gold event's but whose parties are wrong is learned as an
    /// event: the classifier judges the trigger's context, and the parties are the argument finder's part.
    /// </summary>
    public bool LearnPartiesWrong { get; init; } = true;

    /// <summary>
    /// The size of an update from a gold sentence relative to one from a news article. With structural features only
    /// (no trigger word, no surrounding words) the sentences teach what an event's clause looks like rather than which
    /// words are events, so they weigh as much as news: cross-validated on dev, 1.0 keeps more true news events at a
    /// better precision than 0.3 or 0.5 (see docs/events.md), and the gold sentences keep their detection figure.
    /// </summary>
    public float GsrWeight { get; init; } = 1.0f;

    /// <summary>
    /// The cross-validated news precision the threshold should reach: the lowest threshold whose held-out precision
    /// reaches it (with at least <see cref="MinTargetTp"/> true events kept) wins; when none does, the best
    /// F<sub>β</sub>. Null: always the best F<sub>β</sub>.
    /// </summary>
    public double? TargetPrecision { get; init; }

    /// <summary>The fewest held-out true events a threshold chosen for <see cref="TargetPrecision"/> must keep: a
    /// precision measured on two or three events says nothing.</summary>
    public int MinTargetTp { get; init; } = 8;

    /// <summary>The figures of the last training: every candidate kept (the step without a model), and the cross-validated model.</summary>
    public EventCvFigures? Before { get; private set; }
    public EventCvFigures? CrossValidated { get; private set; }

    /// <summary>Each example's score by the model of the fold that did not see it, and the threshold chosen on them.</summary>
    public float[]? HeldOutScores { get; private set; }
    public float HeldOutThreshold { get; private set; }

    public EventModel Train(EventTrainingData data, Action<string>? log = null)
    {
        var examples = data.Examples;
        int size = 1 << data.Bits;
        // Folds by group: groups in order of first appearance, dealt round-robin, news and gold sentences each on their own.
        var fold = new int[examples.Count];
        var groupFold = new Dictionary<string, int>(StringComparer.Ordinal);
        int newsGroups = 0, gsrGroups = 0;
        for (int i = 0; i < examples.Count; i++)
        {
            var e = examples[i];
            if (!groupFold.TryGetValue(e.Group, out int f))
                groupFold[e.Group] = f = (e.FromNews ? newsGroups++ : gsrGroups++) % Folds;
            fold[i] = f;
        }

        var cvScores = new float[examples.Count];
        for (int k = 0; k < Folds; k++)
        {
            var train = Enumerable.Range(0, examples.Count).Where(i => fold[i] != k).ToArray();
            var weights = TrainWeights(examples, train, size);
            for (int i = 0; i < examples.Count; i++)
                if (fold[i] == k) cvScores[i] = Score(weights, examples[i].Features);
            log?.Invoke($"fold {k + 1}/{Folds}: trained on {train.Length} events");
        }

        float threshold = ChooseThreshold(examples, cvScores, data.NewsRequiredGold);
        Before = Figures(examples, null, float.NegativeInfinity, data);
        CrossValidated = Figures(examples, cvScores, threshold, data);
        (HeldOutScores, HeldOutThreshold) = (cvScores, threshold);
        log?.Invoke($"threshold {threshold:F4}");

        var all = Enumerable.Range(0, examples.Count).ToArray();
        return new EventModel(data.Bits, threshold, TrainWeights(examples, all, size));
    }

    /// <summary>The threshold of the best F<sub>β</sub> on the news events' cross-validated scores, halfway to the next lower score.</summary>
    private float ChooseThreshold(List<EventExample> examples, float[] scores, int requiredGold)
    {
        var news = Enumerable.Range(0, examples.Count).Where(i => examples[i].FromNews)
            .OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        double b2 = Beta * Beta, best = -1;
        float threshold = float.MaxValue, targetThreshold = float.NaN;
        int tp = 0, fp = 0;
        for (int r = 0; r < news.Length; r++)
        {
            var e = examples[news[r]];
            if (e.Label == EventLabel.Required) tp++;
            else if (e.Label is EventLabel.False or EventLabel.PartiesWrong) fp++;
            // Only between distinct scores: a threshold cannot split equal scores.
            if (r + 1 < news.Length && scores[news[r + 1]] == scores[news[r]]) continue;
            double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), rec = requiredGold == 0 ? 0 : (double)tp / requiredGold;
            double f = p + rec == 0 ? 0 : (1 + b2) * p * rec / (b2 * p + rec);
            float here = r + 1 < news.Length ? (scores[news[r]] + scores[news[r + 1]]) / 2 : scores[news[r]] - 1;
            if (f > best)
            {
                best = f;
                threshold = here;
            }
            if (TargetPrecision is { } target && p >= target && tp >= MinTargetTp) targetThreshold = here;
        }
        return float.IsNaN(targetThreshold) ? threshold : targetThreshold;
    }

    private static EventCvFigures Figures(List<EventExample> examples, float[]? scores, float threshold, EventTrainingData data)
    {
        int ntp = 0, nfp = 0, gtp = 0, gfp = 0;
        for (int i = 0; i < examples.Count; i++)
        {
            if (scores is not null && scores[i] < threshold) continue;
            var e = examples[i];
            if (e.FromNews) { if (e.Label == EventLabel.Required) ntp++; else if (e.Label is EventLabel.False or EventLabel.PartiesWrong) nfp++; }
            else if (e.Positive) gtp++; else gfp++;
        }
        return new EventCvFigures(ntp, nfp, data.NewsRequiredGold, gtp, gfp, data.GsrSentences);
    }

    private static float Score(float[] weights, int[] features)
    {
        float s = 0;
        foreach (int b in features) s += weights[b];
        return s;
    }

    private float[] TrainWeights(List<EventExample> examples, int[] ids, int size)
    {
        var sum = new float[size];
        for (int run = 0; run < Runs; run++)
        {
            var w = TrainRun(examples, ids, size, unchecked((ulong)(Seed + run * 7919)));
            for (int i = 0; i < size; i++) sum[i] += w[i];
        }
        for (int i = 0; i < size; i++) sum[i] /= Runs;
        return sum;
    }

    private float[] TrainRun(List<EventExample> examples, int[] ids, int size, ulong seed)
    {
        var w = new float[size];
        var u = new double[size];            // Σ step × update: averaged = w − u / steps
        var order = (int[])ids.Clone();
        var rng = new SplitMix(seed);
        long step = 1;
        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int id in order)
            {
                var e = examples[id];
                int y = e.Positive || LearnPartiesWrong && e.Label == EventLabel.PartiesWrong ? 1 : -1;
                if (y * Score(w, e.Features) <= 0)
                {
                    float delta = e.FromNews ? y : y * GsrWeight;
                    foreach (int b in e.Features) { w[b] += delta; u[b] += delta * (double)step; }
                }
                step++;
            }
        }
        var averaged = new float[size];
        for (int i = 0; i < size; i++) averaged[i] = (float)(w[i] - u[i] / step);
        return averaged;
    }
}
