using Marsad.Text.Clitics;

namespace Marsad.Text.Tests.Clitics;

public class LightStemmerTests
{
    [Theory]
    [InlineData("وبالأمس", "امس")]
    [InlineData("للاجتماع", "اجتماع")]
    [InlineData("والحكومة", "حكوم")]
    [InlineData("كتابهم", "كتاب")]
    [InlineData("المصريون", "مصر")]
    [InlineData("اللبنانيين", "لبنان")]
    [InlineData("وأذربيجان", "اذربيج")]
    public void Strips_clitics_and_light_suffixes(string word, string stem) => Assert.Equal(stem, LightStemmer.Stem(word));

    [Theory]
    [InlineData("فلسطين", "فلسطين")]
    [InlineData("وفلسطين", "فلسطين")]
    [InlineData("وليد", "وليد")]
    [InlineData("بوتين", "بوتين")]
    [InlineData("كانت", "كانت")]
    public void Protected_words_are_not_cut(string word, string stem) => Assert.Equal(stem, LightStemmer.Stem(word));

    [Fact]
    public void A_lone_fa_is_not_stripped() => Assert.Equal("في", LightStemmer.Stem("فيها"));

    [Fact]
    public void Two_spellings_give_one_key() => Assert.Equal(LightStemmer.Stem("الأمريكية"), LightStemmer.Stem("والامريكيه"));

    [Fact]
    public void The_article_leaves_at_least_two_letters() => Assert.Equal("الم", LightStemmer.Stem("الم"));

    [Fact]
    public void Lone_conjunction_needs_a_three_letter_stem() => Assert.Equal("وقد", LightStemmer.Stem("وقد"));
}
