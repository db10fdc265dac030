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
            var rows = CommonWordStatistics.Build(KnowledgeBase.Default, ConllCorpus.Read(conll), CommonWordStatistics.ReadDictionary(CommonWordStatistics.DefaultDictionary),
                CommonWordStatistics.ReadFeminines(CommonWordStatistics.DefaultDictionary));
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

    [Fact]
    public void A_word_that_reads_as_a_proclitic_and_a_name_is_counted_whole()
    {
        var sentences = ConllCorpus.Read([
            "رحلة O", "فريدة O", "من O", "ولبنان B-LOC", "إلى O", "وكوريا B-LOC", "الشمالية I-LOC", "",
        ]);
        var kb = new KnowledgeBase([new KbEntity("city:1", KbType.GPE, "Rhede", ["ريدة"]), new KbEntity("state:LB", KbType.GPE, "Lebanon", ["لبنان"]),
            new KbEntity("state:KP", KbType.GPE, "North Korea", ["كوريا"])], [], new Dictionary<string, string>());
        var rows = CommonWordStatistics.Build(kb, sentences, ["فريد"], new HashSet<string> { "فريده" }).ToDictionary(r => r.Form);
        // ف + ريدة is a listed word (the feminine of فريد) and a word of the text: the whole word is a common word
        Assert.Equal(new CommonWordStatistics.Row("فريده", 1, 0, 0, true), rows["فريده"]);
        // و + a name, only ever used as a name (alone or as a longer name's first word), gets no row
        Assert.False(rows.ContainsKey("ولبنان"));
        Assert.False(rows.ContainsKey("وكوريا"));
    }

    [Fact]
    public void The_dictionary_derives_feminines_from_its_affix_rules()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"hunspell-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllLines(Path.Combine(dir, "ar.aff"), ["FLAG long", "AF 2", "AF BA # 1", "AF CC # 2", "SFX BA Y 1", "SFX BA 0 ة .", "SFX CC Y 1", "SFX CC 0 ات ."]);
            File.WriteAllLines(Path.Combine(dir, "ar.dic"), ["3", "فريد/1", "كتاب/2", "بيت"]);
            var feminines = CommonWordStatistics.ReadFeminines(Path.Combine(dir, "ar.dic"));
            Assert.Equal(["فريده"], feminines);
        }
        finally { Directory.Delete(dir, true); }
    }
}
