using Marsad.Analysis;
using Marsad.Analysis.Events;
using Marsad.Tests;
using Marsad.Tools.Events;

namespace Marsad.Tools.Tests.Events;

public class GsrEvaluationTests
{
    [SkippableFact]
    public void UniversalPetrarchGoldSentencesMeetTheTargets()
    {
        var path = SharedData.Require("data", "events", "universalpetrarch-arabic", "arabic_gsr_validation_18-11-14.xml");
        var gold = GsrReader.Parse(File.ReadAllText(path));
        Assert.Equal(645, gold.Count);
        var scores = new GsrEvaluation(MarsadPipeline.CreateBuilder().Remove<EventStep>().Build(), new EventStep()).Score(gold);
        Assert.True(scores.F1 >= 0.90, $"detection F1 {scores.F1:F3}");
        Assert.True(scores.TypeAccuracy >= 0.90, $"type accuracy {scores.TypeAccuracy:F3}");
        Assert.True(scores.ActorAccuracy >= 0.80, $"actor accuracy {scores.ActorAccuracy:F3}");
        Assert.True(scores.RecipientAccuracy >= 0.50, $"recipient accuracy {scores.RecipientAccuracy:F3}");
    }
}
