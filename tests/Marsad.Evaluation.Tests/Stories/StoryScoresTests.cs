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
        // Measured 0.963 / 0.788 / 7 mixed; merging P 1.000, R 0.714, F1 0.833 (43 of the 115 judged pairs still found).
        // The recall floor is 0.78: the join threshold that took mixed stories from 12 to 7 cost a point of recall, and
        // the entity and tagger changes that came with it another (the stories' main entities and places moved).
        Assert.True(s.Purity >= 0.95, $"purity {s.Purity:F3}");
        Assert.True(s.PairRecall >= 0.78, $"pairwise recall {s.PairRecall:F3}");
        Assert.True(s.MixedStories <= 7, $"{s.MixedStories} mixed stories");
        Assert.True(s.Events.F1 >= 0.80, $"event merging F1 {s.Events.F1:F3}");
        Assert.True(s.Events.Precision >= 0.95, $"event merging precision {s.Events.Precision:F3}");
    }
}
