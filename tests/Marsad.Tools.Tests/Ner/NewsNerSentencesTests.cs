using Marsad.Analysis.Ner;
using Marsad.Tools.Ner;

namespace Marsad.Tools.Tests.Ner;

public sealed class NewsNerSentencesTests
{
    private static NewsMention Mention(string text, string name, string type, int occurrence = 0, bool optional = false)
    {
        int at = -1;
        for (int k = 0; k <= occurrence; k++) at = text.IndexOf(name, at + 1, StringComparison.Ordinal);
        return new NewsMention(at, at + name.Length, type, optional);
    }

    private static string Tags(ConllSentence s) => string.Join(' ', s.Tags.Select(t => NerTags.Names[t]));

    [Fact]
    public void Mentions_become_bio_tags_on_the_tokens_the_tagger_reads()
    {
        const string text = "استقبل الأمير محمد بن سلمان والرئيس في الرياض. وغادر إلى واشنطن.";
        var sentences = NewsNerSentences.From(text,
            [Mention(text, "محمد بن سلمان", "PER"), Mention(text, "الرياض", "GPE"), Mention(text, "واشنطن", "GPE")], weight: 2);
        Assert.Equal(2, sentences.Count);
        Assert.Equal("استقبل الأمير محمد بن سلمان والرئيس في الرياض .", string.Join(' ', sentences[0].Tokens));
        Assert.Equal("O O B-PER I-PER I-PER O O B-LOC O", Tags(sentences[0]));
        Assert.Equal("O O B-LOC O", Tags(sentences[1]));
        Assert.All(sentences, s => Assert.Equal(2f, s.Weight));
    }

    [Fact]
    public void A_mention_after_a_proclitic_tags_the_whole_token_and_adjacent_names_stay_apart()
    {
        const string text = "زار وبالقاهرة مصر اليوم.";
        int cairo = text.IndexOf("القاهرة", StringComparison.Ordinal);
        var sentences = NewsNerSentences.From(text, [new NewsMention(cairo, cairo + "القاهرة".Length, "GPE", false), Mention(text, "مصر", "GPE")]);
        Assert.Equal("O B-LOC B-LOC O O", Tags(Assert.Single(sentences)));
    }

    [Fact]
    public void Sentences_with_a_doubtful_name_are_left_out_and_facilities_count_as_places()
    {
        const string text = "قال الله تعالى. ووصل إلى مطار الملك خالد.";
        var sentences = NewsNerSentences.From(text, [Mention(text, "الله", "MISC", optional: true), Mention(text, "مطار الملك خالد", "FAC")]);
        var kept = Assert.Single(sentences);
        Assert.Equal("O O B-LOC I-LOC I-LOC O", Tags(kept));
    }
}
