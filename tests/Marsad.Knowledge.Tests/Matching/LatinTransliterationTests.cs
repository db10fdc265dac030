using Marsad.Knowledge.Matching;

namespace Marsad.Knowledge.Tests.Matching;

/// <summary>An Arabic word is a transliteration of a Latin name when its consonants and written vowels render it.</summary>
public sealed class LatinTransliterationTests
{
    [Theory]
    [InlineData("Zinjibar", "زنجبار")]
    [InlineData("Mukalla", "المكلا")]
    [InlineData("Lavrov", "لافروف")]
    [InlineData("Netanyahu", "نتنياهو")]
    [InlineData("Netanyahu", "نتانياهو")]
    [InlineData("Abyan", "أبين")]
    [InlineData("Cheikh", "الشيخ")]
    [InlineData("Ould", "ولد")]
    [InlineData("Ahmed", "أحمد")]
    [InlineData("Erdogan", "أردوغان")]
    [InlineData("Mistura", "ميستورا")]
    [InlineData("Zayani", "الزياني")]
    public void A_transliteration_fits(string latin, string arabic) => Assert.True(LatinTransliteration.Fits(latin, arabic));

    [Theory]
    [InlineData("Mukalla", "مايكل")]    // ا ي where the Latin has u
    [InlineData("Mukalla", "المعجل")]   // ج is not k
    [InlineData("Abyan", "ابن")]        // no ي where the Latin has y
    [InlineData("Zinjibar", "زنجبيل")]
    [InlineData("Aden", "عدنان")]
    public void Another_word_does_not_fit(string latin, string arabic) => Assert.False(LatinTransliteration.Fits(latin, arabic));
}
