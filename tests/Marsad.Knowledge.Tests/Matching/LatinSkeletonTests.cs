using Marsad.Knowledge.Matching;

namespace Marsad.Knowledge.Tests.Matching;

/// <summary>A name typed in Latin letters meets the Arabic spellings of that name through their skeletons.</summary>
public sealed class LatinSkeletonTests
{
    [Theory]
    [InlineData("Zinjibar", "زنجبار")]
    [InlineData("Lavrov", "لافروف")]
    [InlineData("Netanyahu", "نتنياهو")]
    [InlineData("Mukalla", "المكلا")]
    [InlineData("Abyan", "أبين")]
    [InlineData("Ould", "ولد")]
    [InlineData("Cheikh", "الشيخ")]
    [InlineData("Ahmed", "أحمد")]
    [InlineData("Erdogan", "أردوغان")]
    [InlineData("Mistura", "ميستورا")]
    [InlineData("Zayani", "الزياني")]
    public void A_transliteration_has_the_skeleton_of_its_arabic_spelling(string latin, string arabic) =>
        Assert.Contains(NameSkeleton.Of(arabic), LatinSkeleton.Of(latin));

    [Theory]
    [InlineData("Zinjibar", "زنجبيل")]
    [InlineData("Lavrov", "لافتة")]
    public void Other_names_have_other_skeletons(string latin, string arabic) =>
        Assert.DoesNotContain(NameSkeleton.Of(arabic), LatinSkeleton.Of(latin));

    [Fact]
    public void An_ambiguous_letter_gives_each_reading() =>
        Assert.Equal(3, LatinSkeleton.Of("Othman").Count); // th: ث، ذ or ت
}
