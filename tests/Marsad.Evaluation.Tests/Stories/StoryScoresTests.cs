using Marsad.Evaluation.Stories;
using Marsad.Tests;

namespace Marsad.Evaluation.Tests.Stories;

/// <summary>The story assignment and the event merging keep what they reach on the judged dev day (eval/stories/dev):
/// floors just under what `marsad eval stories --gold eval/stories/dev` prints.</summary>
public sealed class StoryScoresTests
{
    [SkippableFact]
    public void The_dev_day_keeps_its_purity_recall_and_event_merging()
    {
        string news = SharedData.Require("data", "news", "saudinewsnet", "dataset");
        var split = StoryGold.Load(Path.Combine(SharedData.RepoRoot, "eval", "stories", "dev")).Single();
        var texts = new GoldTexts(news);
        var s = StoryEvaluation.Run(split, texts, TextWriter.Null, StoryEvaluation.History(split, news, 1));
        // Measured 0.978 / 0.869 / 5 mixed (towns the gazetteers lack found from datelines and settlement nouns); merging P 1.000, R 0.800, F1 0.889 over the 64 of the 175 judged pairs whose
        // reports the event step gives. The event classifier is precision-first and keeps few events, so only a few judged
        // reports are produced; the pair floor guards that coverage, the F1 and precision floors the merger on it.
        Assert.True(s.Purity >= 0.97, $"purity {s.Purity:F3}");
        Assert.True(s.PairRecall >= 0.86, $"pairwise recall {s.PairRecall:F3}");
        Assert.True(s.MixedStories <= 5, $"{s.MixedStories} mixed stories");
        Assert.True(s.Events.F1 >= 0.88, $"event merging F1 {s.Events.F1:F3}");
        Assert.True(s.Events.Found >= 55, $"{s.Events.Found} judged pairs whose reports the event step gives");
        Assert.True(s.Events.Precision >= 0.90, $"event merging precision {s.Events.Precision:F3}");
    }
}
