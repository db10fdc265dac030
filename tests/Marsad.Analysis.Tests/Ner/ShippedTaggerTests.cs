using Marsad.Analysis.Ner;
using Marsad.Text;

namespace Marsad.Analysis.Tests.Ner;

/// <summary>The tagger with the model shipped in Marsad.Analysis (taggers of small trained models are tested in Marsad.Tools.Tests).</summary>
public sealed class ShippedTaggerTests
{
    private static List<(string Text, EntityType Type)> Names(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens).Select(s => new Sentence(s)).ToList();
        return PerceptronNameTagger.Default.Tag(text, tokens, sentences).Select(n => (n.Span.Slice(text), n.Type)).ToList();
    }

    [Fact]
    public void A_capitalised_Latin_word_alone_in_Arabic_text_is_an_organisation()
    {
        var names = Names("أعلنت شركتا IBM وLenovo اتفاقا جديدا مع شبكة CNN أمس.");
        Assert.Contains(("CNN", EntityType.ORG), names);
        Assert.Contains(names, n => n.Text.EndsWith("Lenovo", StringComparison.Ordinal) && n.Type == EntityType.ORG);
    }

    [Theory]
    [InlineData("وتسلم الجائزة المهندس بندر بن عايض العصيمي أمس.", "بندر بن عايض العصيمي")]
    [InlineData("وأوضح الناطق باسم الشرطة العقيد زياد الرقيطي أن الحادث وقع ليلا.", "زياد الرقيطي")]
    [InlineData("والتقت المديرة العامة هيفاء الزامل بعدد من المعلمات.", "هيفاء الزامل")]
    public void A_family_name_never_met_in_training_is_read_with_the_given_name_before_it(string text, string name)
    {
        // Family names (ال…ي، ال…) are an open class: the tagger reads them from the given name's word class before them.
        Assert.Contains((name, EntityType.PER), Names(text));
    }

    [Fact]
    public void Capitals_inside_an_English_phrase_are_not_taken_for_organisations()
    {
        var names = Names("وكتب على اللافتة عبارة Welcome To Our City بخط كبير.");
        Assert.DoesNotContain(names, n => n.Type == EntityType.ORG);
    }
    [Fact]
    public void A_decoded_name_is_never_beaten_by_a_sequence_without_it()
    {
        // The span margin is the best sequence's score over the best without the span: never negative for a decoded name.
        const string text = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن وزير الخارجية سيرغي لافروف سيزور الرياض وجدة الأسبوع المقبل.";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens).Select(s => new Sentence(s)).ToList();
        var names = new PerceptronNameTagger(NerModel.Embedded, sureMargin: 0).Tag(text, tokens, sentences);
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.True(n.Confidence >= 0.5f, $"{n.Span.Slice(text)} {n.Confidence}"));
        Assert.Contains(new PerceptronNameTagger(NerModel.Embedded, sureMargin: 256).Tag(text, tokens, sentences),
                        n => n.Span.Slice(text) == "فلاديمير بوتين" && n.Type == EntityType.PER && n.Confidence >= 0.5f);
    }
}
