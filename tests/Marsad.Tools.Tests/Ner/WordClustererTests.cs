using Marsad.Analysis.Ner;
using Marsad.Tools.Ner;

namespace Marsad.Tools.Tests.Ner;

public sealed class WordClustererTests
{
    private static readonly string[] People = ["سيرغي", "جيهون", "أندريا", "كوفي", "باراك", "نيكولا", "فلاديمير", "أنجيلا", "دونالد", "تيريزا"];
    private static readonly string[] Places = ["موسكو", "باكو", "روما", "أكرا", "شيكاغو", "باريس", "برلين", "لندن", "مدريد", "أثينا"];
    private static readonly string[] Verbs = ["قال", "أكد", "أعلن", "صرح"];

    /// <summary>Articles where people follow «الرئيس» and come before a verb, and places follow «في» and come before «أمس».</summary>
    private static List<string> Articles()
    {
        var articles = new List<string>();
        for (int a = 0; a < 40; a++)
        {
            var text = new System.Text.StringBuilder();
            for (int s = 0; s < 10; s++)
            {
                string person = People[(a * 7 + s * 3) % People.Length], place = Places[(a * 5 + s) % Places.Length], verb = Verbs[(a + s) % Verbs.Length];
                text.Append(verb + " الرئيس " + person + " في " + place + " أمس إن الوضع مستقر . ");
                text.Append("وزار الوزير " + People[(a + s) % People.Length] + " مدينة " + Places[(a * 3 + s) % Places.Length] + " يوم الأحد . ");
            }
            articles.Add(text.ToString());
        }
        return articles;
    }

    private static WordClusterer Clusterer => new() { MinCount = 3, Branching = [4, 2], Dimensions = 16, ContextWords = 50 };

    private static int[] PathOf(WordClusterer.Result result, string word)
    {
        var form = WordClusters.FormOf(Marsad.Text.ArabicFolder.Fold(word))!;
        int i = Array.IndexOf(result.Forms, form);
        Assert.True(i >= 0, $"{word} ({form}) has no cluster");
        return result.Paths[i];
    }

    [Fact]
    public void Words_of_the_same_contexts_share_a_cluster_and_other_words_do_not()
    {
        var result = Clusterer.Learn(Articles());
        var people = People.Select(p => string.Join('.', PathOf(result, p))).ToList();
        var places = Places.Select(p => string.Join('.', PathOf(result, p))).ToList();
        Assert.False(people.Intersect(places).Any());
        // Not one word per cluster: each person shares its cluster with other people, each place with other places.
        Assert.All(people, p => Assert.True(people.Count(q => q == p) > 1));
        Assert.All(places, p => Assert.True(places.Count(q => q == p) > 1));
    }

    [Fact]
    public void Clusters_are_keyed_by_the_form_without_clitics()
    {
        Assert.Equal(WordClusters.FormOf("رياض"), WordClusters.FormOf("وبالرياض"));
        Assert.Null(WordClusters.FormOf("2015"));
        Assert.Null(WordClusters.FormOf("،"));
        Assert.Equal("cnn", WordClusters.FormOf("cnn"));
    }

    [Fact]
    public void Same_text_gives_a_byte_identical_cluster_file()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var a = Path.Combine(dir.FullName, "a.tsv.gz");
            var b = Path.Combine(dir.FullName, "b.tsv.gz");
            WordClusterer.Write(Clusterer.Learn(Articles()), a);
            WordClusterer.Write(Clusterer.Learn(Articles()), b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
            var clusters = WordClusters.Load(a);
            Assert.Equal(Clusterer.Learn(Articles()).Forms.Length, clusters.Count);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void A_model_keeps_its_clusters_when_saved_and_loaded()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var file = Path.Combine(dir.FullName, "clusters.tsv.gz");
            WordClusterer.Write(Clusterer.Learn(Articles()), file);
            var clusters = WordClusters.Load(file);
            var model = new NerTrainer { Epochs = 2, BucketBits = 16, Folds = 2, Runs = 1, Clusters = clusters }.Train(TinyNerCorpus.Build(), new NerLexicon());
            using var stream = new MemoryStream();
            model.Save(stream);
            stream.Position = 0;
            var loaded = NerModel.Load(stream);
            Assert.Equal(clusters.Count, loaded.Clusters.Count);
            string[] sentence = ["قال", "الرئيس", "جيهون", "بيراموف", "في", "باكو", "أمس", "."];
            Assert.Equal(model.Predict(sentence), loaded.Predict(sentence));
        }
        finally { dir.Delete(recursive: true); }
    }
}
