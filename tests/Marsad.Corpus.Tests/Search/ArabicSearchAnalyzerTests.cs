using Marsad.Corpus.Search;

namespace Marsad.Corpus.Tests.Search;

public sealed class ArabicSearchAnalyzerTests
{
    private static readonly ArabicSearchAnalyzer Analyzer = new();

    [Theory]
    [InlineData("وبالأمس", "امس")]
    [InlineData("الأمس", "امس")]
    [InlineData("أمس", "امس")]
    [InlineData("المفاوضات", "مفاوض")]
    [InlineData("مفاوضات", "مفاوض")]
    public void Clitic_and_plural_forms_share_a_term(string word, string term) => Assert.Equal([term], Analyzer.Terms(word));

    [Theory]
    [InlineData("وليد")]
    [InlineData("فلسطين")]
    [InlineData("وزير")]
    public void Names_that_begin_like_a_conjunction_keep_their_first_letter(string word) =>
        Assert.StartsWith(word[..1], Analyzer.Terms(word)[0]);

    [Fact]
    public void Diacritics_tatweel_and_latin_case_fold() =>
        Assert.Equal(Analyzer.Terms("مدرسة Lavrov"), Analyzer.Terms("مَدْرَســة LAVROV"));

    [Fact]
    public void Arabic_indic_digits_match_ascii() => Assert.Equal(["2015"], Analyzer.Terms("٢٠١٥"));
}
