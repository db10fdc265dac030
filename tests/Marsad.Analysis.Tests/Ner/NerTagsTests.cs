using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests.Ner;

public sealed class NerTagsTests
{
    [Theory]
    [InlineData("B-PERS", "B-PER")]
    [InlineData("I-PERS", "I-PER")]
    [InlineData("B-PER", "B-PER")]
    [InlineData("I-LOC", "I-LOC")]
    [InlineData("B-GPE", "B-LOC")]
    [InlineData("B-MISC", "B-MISC")]
    [InlineData("O", "O")]
    [InlineData("B-DATE", "O")]
    public void Corpus_tags_map_onto_the_four_classes(string tag, string expected) =>
        Assert.Equal(expected, NerTags.Names[NerTags.Parse(tag)]);

    [Fact]
    public void Inside_tag_cannot_follow_outside_or_another_class()
    {
        Assert.False(NerTags.Allowed(NerTags.O, NerTags.Parse("I-PER")));
        Assert.False(NerTags.Allowed(NerTags.Parse("B-LOC"), NerTags.Parse("I-PER")));
        Assert.False(NerTags.Allowed(-1, NerTags.Parse("I-ORG")));
        Assert.True(NerTags.Allowed(NerTags.Parse("B-ORG"), NerTags.Parse("I-ORG")));
    }
}
