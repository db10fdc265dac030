using Marsad.Analysis.Times;
using Marsad.Text;

namespace Marsad.Analysis.Tests.Times;

public class TimeCuesTests
{
    [Fact]
    public void Forms_cover_the_article_and_clitics_the_patterns_allow()
    {
        var forms = TimeCues.Forms(["ساعه"], clitics: true);
        Assert.Contains("ساعه", forms);
        Assert.Contains("الساعه", forms);
        Assert.Contains("وبالساعه", forms);
        Assert.Contains("للساعه", forms);
        Assert.DoesNotContain("وبالساعه", TimeCues.Forms(["ساعه"], clitics: false));
    }

    [Fact]
    public void A_cue_is_a_whole_word_and_an_opening_word_starts_where_the_rule_is_tried()
    {
        var cues = new TimeCues([TimeCues.Forms(["ان"], clitics: false), null, [.. TimeCues.DigitForms(clitics: true)]]);
        Assert.Equal([1UL, 0UL, 2UL], cues.RuleMasks);
        string key = ArabicFolder.Fold("منذ عامين من الآن وكان 5 بال6");
        var found = cues.Find(key);
        Assert.Equal([key.IndexOf("الان", StringComparison.Ordinal), key.IndexOf("بال6", StringComparison.Ordinal)], found.Select(f => f.Start));
        Assert.Equal(1UL, found[0].Mask); // «الآن», not the «ان» that ends «وكان»
        Assert.Equal(2UL, cues.At(key, key.IndexOf('5', StringComparison.Ordinal)));
        Assert.Equal(2UL, cues.At(key, key.IndexOf("بال6", StringComparison.Ordinal)));
        Assert.Equal(0UL, cues.At(key, key.IndexOf("الان", StringComparison.Ordinal) + 1)); // inside a word
    }

    [Fact]
    public void Filtering_rules_by_their_words_finds_the_same_times()
    {
        // Every rule that has opening or cue words, tried where they are and where they are not.
        string text = "وصل الوفد يوم الخميس 23 يوليو 2015 بعد ثلاث سنوات من الانتظار، وبعد 10 سنوات من الآن تنتهي الخطة. "
            + "وفي الربع الثاني من العام الحالي ارتفعت الأرباح، وفي الأشهر الثلاثة الماضية، وفي الخامس من الشهر الجاري، "
            + "عند الساعة الثامنة صباحا، والساعة 10.30 مساء، خلال الموسم الرياضي المنصرم، ولمدة عامين ونصف، وفي شهر مارس 2014.";
        var context = new TimeContext(new DateOnly(2015, 7, 21));
        var filtered = TimeRecognizer.Recognize(text, context);
        Assert.Equal(TimeRecognizer.Recognize(text, context, filterRules: false), filtered);
        Assert.True(filtered.Count >= 10, string.Join(" | ", filtered));
    }

    [Theory]
    [InlineData("ar-sample-01.txt")]
    [InlineData("ar-sample-02.txt")]
    [InlineData("ar-sample-03.txt")]
    public void Filtering_rules_finds_the_same_times_in_the_samples(string name)
    {
        string text = File.ReadAllText(Marsad.Tests.SharedData.Sample(name));
        var context = new TimeContext(new DateOnly(2015, 7, 21));
        Assert.Equal(TimeRecognizer.Recognize(text, context, filterRules: false), TimeRecognizer.Recognize(text, context));
    }
}
