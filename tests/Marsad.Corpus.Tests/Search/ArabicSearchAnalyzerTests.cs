using Marsad.Corpus.Search;

namespace Marsad.Corpus.Tests.Search;

/// <summary>A query word finds a text word when the query's term is among the text word's index terms.</summary>
public sealed class ArabicSearchAnalyzerTests
{
    private static bool Finds(string query, string text) =>
        SearchIndex.Analyzer.Terms(text).Contains(Assert.Single(SearchIndex.QueryAnalyzer.Terms(query)));

    [Theory]
    [InlineData("أمس", "وبالأمس")]
    [InlineData("الأمس", "أمس")]
    [InlineData("وزارة", "ووزارة")]
    [InlineData("الوزارة", "بالوزارة")]
    [InlineData("قطاع", "لقطاع")]
    [InlineData("بريطانيا", "وبريطانيا")]
    [InlineData("بريطانيا", "ببريطانيا")]
    [InlineData("مفاوضات", "المفاوضات")]
    [InlineData("وليد", "ووليد")]
    [InlineData("فلسطين", "وفلسطين")]
    [InlineData("الاتحاد", "للاتحاد")]
    [InlineData("السعودية", "وللسعودية")]
    public void A_word_finds_its_forms_with_clitics(string query, string text) => Assert.True(Finds(query, text));

    [Theory]
    [InlineData("وليد", "ولد")]
    [InlineData("كتاب", "كاتب")]
    [InlineData("سلام", "إسلام")]
    [InlineData("ليد", "وليد")]      // a protected name is not read as و + ليد
    [InlineData("لسطين", "فلسطين")]
    [InlineData("يتم", "سيتم")]      // the future marker is not a search clitic
    public void Different_words_do_not_match(string query, string text) => Assert.False(Finds(query, text));

    [Fact]
    public void Diacritics_tatweel_and_latin_case_fold() =>
        Assert.Equal(SearchIndex.Analyzer.Terms("مدرسة Lavrov"), SearchIndex.Analyzer.Terms("مَدْرَســة LAVROV"));

    [Fact]
    public void Arabic_indic_digits_match_ascii() => Assert.Equal(["2015"], SearchIndex.Analyzer.Terms("٢٠١٥"));
}
