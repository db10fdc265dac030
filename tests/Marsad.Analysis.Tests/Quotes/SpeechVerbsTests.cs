using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Tests.Quotes;

public class SpeechVerbsTests
{
    [Fact]
    public void One_list_gives_the_event_coder_and_the_tagger_their_speaker_markers()
    {
        var events = SpeechVerbs.MarkersFor("events").ToHashSet(StringComparer.Ordinal);
        var tagger = SpeechVerbs.MarkersFor("tagger").ToHashSet(StringComparer.Ordinal);
        Assert.Subset(events, tagger);
        Assert.Equal(26, events.Count);
        Assert.Equal(18, tagger.Count);
        Assert.Contains("رات", events);      // رأت: the defective past drops its last letter
        Assert.Contains("يقول", tagger);
        Assert.DoesNotContain("افاد", tagger);
    }

    [Fact]
    public void The_quote_finder_reads_every_verb_and_its_inflections()
    {
        Assert.Equal(57, SpeechVerbs.All.Count);
        Assert.Equal(CueForm.Verb, SpeechCues.Classify("شددت"));
        Assert.Equal(CueForm.Participle, SpeechCues.Classify("مشيرا"));
        Assert.Equal(CueForm.Attribution, SpeechCues.Classify("بحسب"));
        Assert.True(SpeechCues.IsFiller(Marsad.Text.ArabicFolder.Fold("قائلاً")));
        Assert.True(SpeechCues.NeedsPreposition("اعربت"));
        // «بين» is also «between»: a cue only when أنّ follows it closely
        Assert.Equal(CueForm.Verb, SpeechCues.Classify("وبين"));
        Assert.True(SpeechCues.NeedsComplementizer("وبين"));
        Assert.False(SpeechCues.NeedsComplementizer("اوضح"));
    }

    [Theory]
    [InlineData("قال", false)]
    [InlineData("وأضاف", false)]
    [InlineData("يقول", false)]
    [InlineData("مؤكداً", false)]
    [InlineData("قالت", true)]
    [InlineData("وأوضحت", true)]
    [InlineData("تقول", true)]
    [InlineData("مؤكدةً", true)]
    [InlineData("نفت", true)]
    public void A_singular_speech_verb_has_the_gender_of_its_subject(string word, bool feminine) =>
        Assert.Equal(feminine ? CueGender.Feminine : CueGender.Masculine, SpeechCues.GenderOf(Marsad.Text.ArabicFolder.Fold(word)));

    [Theory]
    [InlineData("قالوا")]
    [InlineData("يقولون")]
    [InlineData("بحسب")]
    public void Plurals_and_other_cues_have_no_gender(string word) =>
        Assert.Null(SpeechCues.GenderOf(Marsad.Text.ArabicFolder.Fold(word)));
}
