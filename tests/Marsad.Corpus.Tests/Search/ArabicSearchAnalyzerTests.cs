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
    [InlineData("سياسة", "سياستها")]     // a pronoun on a ة-noun
    [InlineData("سياستها", "سياسة")]
    [InlineData("سياستها", "السياسات")]
    [InlineData("حكومة", "حكومتنا")]
    [InlineData("نائب", "نائبا")]        // the accusative or dual alef
    [InlineData("نائبا", "النائب")]
    [InlineData("نائب", "نائبان")]
    [InlineData("جندي", "جنديين")]
    [InlineData("حكومة", "حكومتين")]     // the dual of a ة-noun
    [InlineData("الحوثيون", "الحوثيين")]  // sound plurals
    [InlineData("المعلمون", "للمعلمين")]
    [InlineData("السعودية", "السعودي")]
    [InlineData("قواتها", "القوات")]
    [InlineData("كتاب", "كتابه")]
    [InlineData("يؤكد", "يؤكدها")]
    [InlineData("الهادئ", "هادئة")]
    public void A_word_finds_its_inflected_forms(string query, string text) => Assert.True(Finds(query, text));

    [Theory]
    [InlineData("وليد", "ولد")]
    [InlineData("كتاب", "كاتب")]
    [InlineData("سلام", "إسلام")]
    [InlineData("ليد", "وليد")]      // a protected name is not read as و + ليد
    [InlineData("لسطين", "فلسطين")]
    [InlineData("يتم", "سيتم")]      // the future marker is not a search clitic
    [InlineData("العبادي", "العبادة")]  // a nisba is not a ة-noun of its root
    [InlineData("العبادة", "العبادي")]
    [InlineData("هادي", "هادئة")]
    [InlineData("هادئة", "هادي")]
    [InlineData("هادي", "الهادئ")]      // a final hamza seat is not a ي
    [InlineData("سياسة", "سياسي")]
    public void Different_words_do_not_match(string query, string text) => Assert.False(Finds(query, text));

    [Fact]
    public void Diacritics_tatweel_and_latin_case_fold() =>
        Assert.Equal(SearchIndex.Analyzer.Terms("مدرسة Lavrov"), SearchIndex.Analyzer.Terms("مَدْرَســة LAVROV"));

    [Fact]
    public void Arabic_indic_digits_match_ascii() => Assert.Equal(["2015"], SearchIndex.Analyzer.Terms("٢٠١٥"));
}
