using Marsad.Corpus.Stories;
using Marsad.Tests;
using Xunit.Abstractions;

namespace Marsad.Corpus.Tests.Stories;

/// <summary>
/// The ANS headline pairs (../shared/data/news/ans-pairs/stance, all three splits): does the story measure (key-term
/// cosine at <see cref="StoryClusterer.JoinThreshold"/>) put a headline and its paraphrase ("agree") in one story, and
/// how often does it do so for a contradicting rewrite ("disagree": the same event with a fact changed) and for
/// "other" pairs? Term weights are learnt from all the headlines first, as a stream would.
/// </summary>
public sealed class AnsPairsTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Paraphrased_headlines_are_judged_the_same_story()
    {
        var folder = SharedData.Require("data", "news", "ans-pairs", "stance");
        var pairs = new List<(string A, string B, string Label)>();
        foreach (var split in (string[])["train", "dev", "test"])
            foreach (var line in File.ReadLines(Path.Combine(folder, split + ".csv")).Skip(1))
            {
                var f = line.Split(',');
                if (f.Length == 3) pairs.Add((f[0], f[1], f[2].Trim()));
            }
        var terms = new KeyTerms();
        foreach (var (a, b, _) in pairs)
        {
            terms.Add(a, "");
            terms.Add(b, "");
        }
        double threshold = new StoryClusterer().JoinThreshold;
        var same = new Dictionary<string, (int Same, int All)>();
        foreach (var (a, b, label) in pairs)
        {
            bool together = TermVector.Cosine(terms.Vector(a, ""), terms.Vector(b, "")) >= threshold;
            var (s, n) = same.GetValueOrDefault(label);
            same[label] = (s + (together ? 1 : 0), n + 1);
        }
        foreach (var (label, (s, n)) in same.OrderBy(kv => kv.Key))
            output.WriteLine($"{label}: {n} pairs, judged same story {s} ({100.0 * s / n:F1} %)");
        // Reading 1, strict dedup: only a paraphrase counts as the same story; a contradiction is a negative.
        int tp = same["agree"].Same, fn = same["agree"].All - tp;
        int fp = same["disagree"].Same + same["other"].Same;
        output.WriteLine($"paraphrase only as positive: {Prf(tp, fp, fn)}");
        // Reading 2, stories: a contradicting rewrite reports the same event (ANS builds it from the same headline), so it is the same story.
        int tp2 = same["agree"].Same + same["disagree"].Same, fn2 = same["agree"].All + same["disagree"].All - tp2;
        output.WriteLine($"paraphrase and contradiction as positive: {Prf(tp2, same["other"].Same, fn2)}");
        Assert.True(pairs.Count >= 3700);
        double recall = (double)tp / same["agree"].All, otherRate = (double)same["other"].Same / same["other"].All;
        Assert.True(recall >= 0.88, $"paraphrase recall {recall:F3}");
        Assert.True(otherRate <= 0.1, $"other pairs judged the same story at {otherRate:F3}");
    }

    private static string Prf(int tp, int fp, int fn)
    {
        double p = (double)tp / (tp + fp), r = (double)tp / (tp + fn);
        return $"precision {p:F3}, recall {r:F3}, F1 {2 * p * r / (p + r):F3} ({tp} tp, {fp} fp, {fn} fn)";
    }
}
