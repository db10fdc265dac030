using Marsad.Knowledge.Kb;
using Marsad.Tests;
using Marsad.Tools.Knowledge;
using Marsad.Tools.Ner;

namespace Marsad.Tools.Tests.Knowledge;

public class CommonWordStatisticsTests
{
    [SkippableFact]
    public void BuildingAgainGivesTheCommittedFile()
    {
        var conll = SharedData.Require("data", "ner", "anercorp", "ANERCorp_CamelRecipe_train.txt");
        Skip.IfNot(File.Exists(CommonWordStatistics.DefaultDictionary), "hunspell-ar is not installed (apt-get install hunspell-ar)");
        var path = Path.Combine(Path.GetTempPath(), $"common-words-{Guid.NewGuid():N}.tsv");
        try
        {
            var rows = CommonWordStatistics.Build(KnowledgeBase.Default, ConllCorpus.Read(conll), CommonWordStatistics.ReadDictionary(CommonWordStatistics.DefaultDictionary));
            CommonWordStatistics.Write(rows, path);
            var committed = File.ReadAllText(Path.Combine(SharedData.RepoRoot, CommonWordStatistics.DefaultOut));
            Assert.True(File.ReadAllText(path) == committed, "the committed common-words.tsv is stale: run `marsad kb common-words`");
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Counts_whole_names_pieces_of_names_and_words_apart()
    {
        var sentences = ConllCorpus.Read([
            "زار O", "جامعة B-ORG", "القاهرة I-ORG", "في O", "القاهرة B-LOC", ". O", "",
            "نقلت O", "جامعة O", "الخبر O", "",
        ]);
        var kb = new KnowledgeBase([new KbEntity("city:1", KbType.GPE, "Djamaa", ["جامعة"]), new KbEntity("city:2", KbType.GPE, "Cairo", ["القاهرة"]),
            new KbEntity("city:3", KbType.GPE, "Khobar", ["الخبر"])], [], new Dictionary<string, string>());
        var rows = CommonWordStatistics.Build(kb, sentences, ["خبر"]).ToDictionary(r => r.Form);
        Assert.Equal(new CommonWordStatistics.Row("جامعه", 1, 1, 0, false), rows["جامعه"]);
        Assert.Equal(new CommonWordStatistics.Row("القاهره", 0, 1, 1, false), rows["القاهره"]);
        Assert.Equal(new CommonWordStatistics.Row("الخبر", 1, 0, 0, true), rows["الخبر"]);
    }
}
