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
        // Measured 0.963 / 0.788 / 7 mixed; merging P 1.000, R 0.600, F1 0.750 over the 103 of the 175 judged pairs whose
        // reports the event step gives (the 60 pairs judged again over its current reports are harder than the 43 left of
        // the first 115: F1 was 0.833 on those alone; on all 103 it was 0.710 before one sentence carried by two outlets merged).
        // The recall floor is 0.78: the join threshold that took mixed stories from 12 to 7 cost a point of recall, and
        // the entity and tagger changes that came with it another (the stories' main entities and places moved).
        Assert.True(s.Purity >= 0.95, $"purity {s.Purity:F3}");
        Assert.True(s.PairRecall >= 0.78, $"pairwise recall {s.PairRecall:F3}");
        Assert.True(s.MixedStories <= 7, $"{s.MixedStories} mixed stories");
        Assert.True(s.Events.F1 >= 0.74, $"event merging F1 {s.Events.F1:F3}");
        Assert.True(s.Events.Found >= 100, $"{s.Events.Found} judged pairs whose reports the event step gives");
        Assert.True(s.Events.Precision >= 0.95, $"event merging precision {s.Events.Precision:F3}");
    }
}
