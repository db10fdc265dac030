using Marsad.Analysis.Events;

namespace Marsad.Analysis.Tests.Events;

/// <summary>The event classifier as the default pipeline uses it: what it keeps of the events the lexicon codes.</summary>
public class EventModelTests
{
    private static readonly Pipeline.AnalysisPipeline s_before = MarsadPipeline.CreateBuilder().Remove<EventStep>().Build();

    /// <summary>The events the lexicon codes in <paramref name="text"/> (no classifier), and those the embedded classifier keeps.</summary>
    private static (IReadOnlyList<Event> Coded, IReadOnlyList<Event> Kept) Code(string text)
    {
        var doc = s_before.Analyze(text);
        return (new EventStep((EventModel?)null).Find(doc), new EventStep().Find(doc));
    }

    [Fact]
    public void KeepsAMeetingReportedInTheLead()
    {
        var (coded, kept) = Code("""
            لافروف يلتقي أوغلو في موسكو

            التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في موسكو يوم الاثنين، وبحث الجانبان الأوضاع في سوريا.
            """);
        Assert.Contains(coded, e => e.Type == "CONSULT");
        Assert.Contains(kept, e => e.Type == "CONSULT");
    }

    [Fact]
    public void DropsAWarNamedAsBackground()
    {
        var (coded, kept) = Code("""
            ارتفاع أسعار الغذاء في البلاد

            يعيش السكان أوضاعا اقتصادية صعبة منذ اندلاع الحرب الأهلية، وتقول الأسر إن أسعار الخبز تضاعفت هذا العام.
            """);
        Assert.Contains(coded, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(kept, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void TheEmbeddedModelLoadsAndRoundTrips()
    {
        var model = EventModel.Embedded;
        Assert.True(model.WeightCount > 0);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = EventModel.Load(stream);
        Assert.Equal(model.Threshold, loaded.Threshold);
        Assert.Equal(model.WeightCount, loaded.WeightCount);
        int[] features = [1, 17, 4242, 65000];
        Assert.Equal(model.Score(features), loaded.Score(features));
    }

    [Fact]
    public void AStepWithoutAModelKeepsEveryCodedEvent()
    {
        var doc = s_before.Analyze("قتل مسلحون عشرة أشخاص في هجوم على قرية. وتظاهر آلاف في العاصمة.");
        var step = new EventStep((EventModel?)null);
        Assert.Null(step.Model);
        Assert.Equal(step.Candidates(doc, 0).Count, step.Find(doc).Count);
    }
}
