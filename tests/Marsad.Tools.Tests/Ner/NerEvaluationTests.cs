using Marsad.Analysis.Ner;
using Marsad.Tools.Ner;

namespace Marsad.Tools.Tests.Ner;

public sealed class NerEvaluationTests
{
    private static int[] Tags(string tags) => tags.Split(' ').Select(t => NerTags.Parse(t)).ToArray();

    [Fact]
    public void An_entity_counts_only_with_exact_boundaries_and_class()
    {
        var e = new NerEvaluation();
        // gold: [جورج بوش]PER في [واشنطن]LOC ; predicted: [جورج]PER بوش في [واشنطن]ORG
        e.Add(Tags("B-PERS I-PERS O B-LOC"), Tags("B-PER O O B-ORG"));
        var o = e.Overall;
        Assert.Equal((2, 2, 0), (o.Gold, o.Found, o.Correct));
        Assert.Equal(0, o.F1);
    }

    [Fact]
    public void Precision_recall_and_f1_per_class()
    {
        var e = new NerEvaluation();
        e.Add(Tags("B-PER I-PER O B-LOC O B-LOC"), Tags("B-PER I-PER O B-LOC O O"));
        var loc = e.Score(1);
        Assert.Equal(100, loc.Precision, 3);
        Assert.Equal(50, loc.Recall, 3);
        Assert.Equal(66.667, loc.F1, 3);
        Assert.Equal(100, e.Score(0).F1, 3);
        Assert.Equal(80, e.Overall.F1, 3); // 2 of 2 found are right, 2 of 3 gold found
    }

    [Fact]
    public void Inside_tag_after_outside_starts_an_entity_as_conlleval_does()
    {
        var chunks = NerEvaluation.Chunks(Tags("O I-LOC I-LOC O B-PER I-PER B-PER"));
        Assert.Equal([new TagChunk(1, 1, 3), new TagChunk(0, 4, 6), new TagChunk(0, 6, 7)], chunks);
    }

    [Fact]
    public void Conll_reader_accepts_tabs_spaces_and_blank_line_sentence_breaks()
    {
        var sentences = ConllCorpus.Read(["قال O", "جورج\tB-PERS", "بوش I-PERS", "", "", "-DOCSTART- O", "في O", "القاهرة B-LOC"]);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["قال", "جورج", "بوش"], sentences[0].Tokens);
        Assert.Equal(Tags("O B-PER I-PER"), sentences[0].Tags);
        Assert.Equal(["في", "القاهرة"], sentences[1].Tokens);
    }
}
