using Marsad.Analysis.Ner;
using Marsad.Text;

namespace Marsad.Analysis.Tests.Ner;

public sealed class PerceptronNameTaggerTests
{
    private static List<(string Text, EntityType Type)> Names(string text, PerceptronNameTagger? tagger = null)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens).Select(s => new Sentence(s)).ToList();
        return (tagger ?? new PerceptronNameTagger(TinyNerCorpus.Model)).Tag(text, tokens, sentences)
            .Select(n => (n.Span.Slice(text), n.Type)).ToList();
    }

    [Fact]
    public void Finds_a_person_and_a_place_in_running_text()
    {
        var names = Names("قال الرئيس سامي حداد في بيروت أمس.");
        Assert.Equal([("سامي حداد", EntityType.PER), ("بيروت", EntityType.LOC)], names);
    }

    [Fact]
    public void A_capitalised_Latin_word_alone_in_Arabic_text_is_an_organisation()
    {
        var names = Names("أعلنت شركتا IBM وLenovo اتفاقا جديدا مع شبكة CNN أمس.", PerceptronNameTagger.Default);
        Assert.Contains(("CNN", EntityType.ORG), names);
        Assert.Contains(names, n => n.Text.EndsWith("Lenovo", StringComparison.Ordinal) && n.Type == EntityType.ORG);
    }

    [Fact]
    public void Capitals_inside_an_English_phrase_are_not_taken_for_organisations()
    {
        var names = Names("وكتب على اللافتة عبارة Welcome To Our City بخط كبير.", PerceptronNameTagger.Default);
        Assert.DoesNotContain(names, n => n.Type == EntityType.ORG);
    }

    [Fact]
    public void A_conjunction_glued_to_a_name_is_left_out_of_its_span()
    {
        var names = Names("زار الوفد باكو وأذربيجان ثم عاد.");
        Assert.Contains(("أذربيجان", EntityType.LOC), names);
    }

    [Fact]
    public void A_name_that_starts_like_a_clitic_keeps_its_first_letter()
    {
        var names = Names("وقال وليد إن الاجتماع في القاهرة كان مفيدا.");
        Assert.Contains(("وليد", EntityType.PER), names);
    }

    [Fact]
    public void Each_sentence_is_tagged_and_offsets_point_into_the_original_text()
    {
        const string text = "قال الرئيس سامي حداد في بيروت أمس.\nوقال كريم إن الاجتماع في موسكو كان مفيدا.";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens).Select(s => new Sentence(s)).ToList();
        var names = new PerceptronNameTagger(TinyNerCorpus.Model).Tag(text, tokens, sentences);
        Assert.Equal(["سامي حداد", "بيروت", "كريم", "موسكو"], names.Select(n => n.Span.Slice(text)));
        Assert.All(names, n => Assert.InRange(n.Confidence, 0f, 1f));
    }
}
