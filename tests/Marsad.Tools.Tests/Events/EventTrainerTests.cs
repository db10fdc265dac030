using Marsad.Analysis;
using Marsad.Analysis.Events;
using Marsad.Tools.Events;

namespace Marsad.Tools.Tests.Events;

public sealed class EventTrainerTests
{
    private static readonly Analysis.Pipeline.AnalysisPipeline s_before = MarsadPipeline.CreateBuilder().Remove<EventStep>().Build();

    // Small articles whose coded events are labelled by a rule standing in for the gold: an event whose trigger starts
    // its sentence's clause (a reported act) is an event; one after «منذ»/«عن» (a background or topic noun) is not.
    private static readonly string[] s_articles =
    [
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو.\nوتحدث الجانبان عن الحرب في سوريا.",
        "قتل مسلحون عشرة جنود في هجوم على قاعدة عسكرية.\nويعيش السكان أوضاعا صعبة منذ الحرب.",
        "تظاهر آلاف في العاصمة احتجاجا على الغلاء.\nوتناولت الصحف الحديث عن المفاوضات.",
        "وقعت الحكومة اتفاقا مع المعارضة في جنيف.\nوتعاني البلاد منذ الهجوم من أزمة.",
    ];

    private static EventTrainingData Data()
    {
        var data = new EventTrainingData(bits: 16);
        for (int i = 0; i < s_articles.Length; i++)
        {
            var doc = s_before.Analyze(s_articles[i]);
            data.AddArticle($"a{i}", doc, d =>
            {
                var labels = d.Layer<Event>().Select(e =>
                {
                    string before = d.Text[Math.Max(0, e.Trigger.Start - 6)..e.Trigger.Start];
                    return before.Contains("منذ", StringComparison.Ordinal) || before.Contains("عن", StringComparison.Ordinal) ? EventLabel.False : EventLabel.Required;
                }).ToList();
                return (labels, labels.Count(l => l == EventLabel.Required));
            });
        }
        return data;
    }

    private static byte[] TrainBytes(int seed)
    {
        var model = new EventTrainer { Epochs = 3, Folds = 2, Seed = seed }.Train(Data());
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void A_precision_target_takes_the_lowest_threshold_that_reaches_it_else_the_best_f_beta()
    {
        var data = Data();
        var everything = new EventTrainer { Epochs = 3, Folds = 2, TargetPrecision = 0, MinTargetTp = 1 };
        everything.Train(data);
        // Any precision reaches 0: the lowest threshold keeps every held-out event.
        Assert.Equal(everything.Before!.NewsTp, everything.CrossValidated!.NewsTp);
        Assert.Equal(everything.Before.NewsFp, everything.CrossValidated.NewsFp);
        var unreachable = new EventTrainer { Epochs = 3, Folds = 2, TargetPrecision = 1.01 }.Train(data);
        var fBeta = new EventTrainer { Epochs = 3, Folds = 2 }.Train(data);
        Assert.Equal(fBeta.Threshold, unreachable.Threshold);
    }

    [Fact]
    public void Same_data_and_seed_give_a_byte_identical_model() => Assert.Equal(TrainBytes(3), TrainBytes(3));

    [Fact]
    public void Training_data_holds_the_coded_events_with_their_labels()
    {
        var data = Data();
        Assert.Equal(s_articles.Length, data.NewsArticles);
        Assert.Contains(data.Examples, e => e.Positive);
        Assert.Contains(data.Examples, e => !e.Positive);
        Assert.All(data.Examples, e => Assert.NotEmpty(e.Features));
    }

    [Fact]
    public void The_trained_model_scores_its_training_events_by_their_labels()
    {
        var data = Data();
        var model = new EventTrainer { Epochs = 5, Folds = 2 }.Train(data);
        double positive = data.Examples.Where(e => e.Positive).Average(e => model.Score(e.Features));
        double negative = data.Examples.Where(e => !e.Positive).Average(e => model.Score(e.Features));
        Assert.True(positive > negative, $"positive {positive:F2}, negative {negative:F2}");
    }
}
