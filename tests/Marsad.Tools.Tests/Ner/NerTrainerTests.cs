using Marsad.Analysis.Ner;
using Marsad.Tools.Ner;

namespace Marsad.Tools.Tests.Ner;

public sealed class NerTrainerTests
{
    private static byte[] TrainBytes(int seed)
    {
        var model = new NerTrainer { Epochs = 2, BucketBits = 16, Seed = seed, Folds = 2 }.Train(TinyNerCorpus.Build(), new NerLexicon());
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Same_data_and_seed_give_a_byte_identical_model() => Assert.Equal(TrainBytes(7), TrainBytes(7));

    [Fact]
    public void A_saved_model_loads_and_tags_as_before()
    {
        var model = TinyNerCorpus.Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        string[] sentence = ["قال", "الرئيس", "جيهون", "بيراموف", "في", "باكو", "أمس", "."];
        Assert.Equal(model.Predict(sentence), loaded.Predict(sentence));
    }

    [Fact]
    public void Learns_people_after_titles_and_places_after_prepositions()
    {
        var tags = TinyNerCorpus.Model.Predict(["قال", "الرئيس", "سيرغي", "لافروف", "في", "موسكو", "أمس", "."]);
        Assert.Equal("O O B-PER I-PER O B-LOC O O", string.Join(' ', tags.Select(t => NerTags.Names[t])));
    }
}
