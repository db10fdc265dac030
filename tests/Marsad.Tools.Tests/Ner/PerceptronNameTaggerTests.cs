using Marsad.Analysis;
using Marsad.Analysis.Ner;
using Marsad.Text;

namespace Marsad.Tools.Tests.Ner;

/// <summary>The tagger with a model trained on <see cref="TinyNerCorpus"/> (the shipped model's own tests are in Marsad.Analysis.Tests).</summary>
public sealed class PerceptronNameTaggerTests
{
    private static List<(string Text, EntityType Type)> Names(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens).Select(s => new Sentence(s)).ToList();
        return new PerceptronNameTagger(TinyNerCorpus.Model).Tag(text, tokens, sentences)
            .Select(n => (n.Span.Slice(text), n.Type)).ToList();
    }

    [Fact]
    public void Finds_a_person_and_a_place_in_running_text()
    {
        var names = Names("قال الرئيس سامي حداد في بيروت أمس.");
        Assert.Equal([("سامي حداد", EntityType.PER), ("بيروت", EntityType.LOC)], names);
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
