using System.Text.Json;
using Marsad.Analysis.Json;
using Marsad.Evaluation;

namespace Marsad.Evaluation.Tests;

/// <summary>score.py's matching rules, on small hand-made analyses and gold files.</summary>
public sealed class AnalysisScorerTests
{
    // 0         1         2         3         4
    // 0123456789012345678901234567890123456789012345
    private const string Text = "وقال لافروف إن روسيا مستعدة للحوار مع أرمينيا.";

    private static string Gold(string quotesSpeaker = "lavrov") => $$$"""
        {"entities": {
           "lavrov": {"type": "PER", "names": ["Sergey Lavrov"], "mentions": [{"start": 5, "end": 11}], "optional": false},
           "russia": {"type": "GPE", "names": ["Russia"], "mentions": [{"start": 15, "end": 20}], "optional": false},
           "armenia": {"type": "GPE", "names": ["Armenia"], "mentions": [{"start": 38, "end": 45}], "optional": false}},
         "references": [],
         "quotes": [{"start": 12, "end": 45, "speaker": "{{{quotesSpeaker}}}", "kind": "indirect", "optional": false}],
         "times": [], "quantities": [],
         "events": [{"type": "AGREE", "actor": [["russia", "lavrov"]], "recipient": [["armenia"]], "evidence": {"start": 12, "end": 45}, "optional": false}],
         "sections": [],
         "source": {"publisher": {"ar": "عكاظ", "names": ["Okaz"]}, "origin": {"ar": "عكاظ", "names": ["Okaz"]} } }
        """;

    private static string Analysis(string lavrovMention = """{"start": 5, "end": 11}""", string speaker = "e1", string eventActor = "e2") => $$$"""
        {"text": "{{{Text}}}", "published": "2015-07-21",
         "entities": [
           {"id": "e1", "type": "PER", "name": "Sergey Lavrov", "mentions": [{{{lavrovMention}}}]},
           {"id": "e2", "type": "GPE", "name": "Russia", "mentions": [{"start": 15, "end": 20}]},
           {"id": "e3", "type": "GPE", "name": "Armenia", "mentions": [{"start": 38, "end": 45}]}],
         "quotes": [{"start": 12, "end": 45, "kind": "indirect", "speaker": "{{{speaker}}}"}],
         "events": [{"type": "AGREE", "actor": ["{{{eventActor}}}"], "recipient": ["e3"], "evidence": {"start": 0, "end": 46}, "trigger": {"start": 21, "end": 27}}],
         "sections": [], "source": {"publisher": {"name": "Okaz", "nameAr": "عكاظ"}, "origin": null}}
        """;

    private static EvaluationTotals Score(string analysis, string gold, List<EvaluationError>? errors = null)
    {
        var totals = new EvaluationTotals();
        using var g = JsonDocument.Parse(gold);
        AnalysisScorer.Score(AnalysisJsonReader.Read(analysis), g.RootElement, totals, "doc", errors);
        return totals;
    }

    [Fact]
    public void A_perfect_analysis_scores_one_on_every_layer()
    {
        var t = Score(Analysis(), Gold());
        Assert.Equal((3, 0, 0), (t.Mentions.Tp, t.Mentions.Fp, t.Mentions.Fn));
        Assert.Equal(1.0, t.EntitiesNamedRatio);
        Assert.Equal(1.0, t.SpeakersRatio);
        Assert.Equal((1, 0, 0), (t.Events.Tp, t.Events.Fp, t.Events.Fn));
        Assert.Equal(1.0, t.PublisherRatio);
        Assert.Equal(1.0, t.OriginRatio); // the publisher's own article: a null origin is right
    }

    [Fact]
    public void A_mention_may_carry_a_proclitic_the_gold_leaves_out_but_not_a_word()
    {
        // "وقال لافروف": starting at و of وقال would put a whole word before the name
        var withWord = Score(Analysis("""{"start": 0, "end": 11}"""), Gold());
        Assert.Equal((2, 1, 1), (withWord.Mentions.Tp, withWord.Mentions.Fp, withWord.Mentions.Fn));
    }

    [Fact]
    public void A_quote_given_to_the_wrong_entity_counts_as_found_but_its_speaker_wrong()
    {
        var errors = new List<EvaluationError>();
        var t = Score(Analysis(speaker: "e2"), Gold(), errors);
        Assert.Equal(1, t.Quotes.Tp);
        Assert.Equal((0, 1), (t.SpeakersRight, t.SpeakersOf));
        var e = Assert.Single(errors, x => x.Layer == "speakers");
        Assert.Contains("expected lavrov", e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_whose_actor_is_not_in_the_gold_slot_is_a_false_hit_and_the_gold_event_a_miss()
    {
        var t = Score(Analysis(eventActor: "e3"), Gold());
        Assert.Equal((0, 1, 1), (t.Events.Tp, t.Events.Fp, t.Events.Fn));
    }

    [Theory]
    [InlineData("AGREE", "e3", "rejected by the classifier", "actor wrong (rejected by the classifier: actor [armenia] recipient [armenia])")]
    [InlineData("AGREE", "e2", "rejected by the classifier", "parties right, rejected by the classifier")]
    [InlineData("CONSULT", "e2", "kept", "wrong type: CONSULT")]
    public void A_missed_event_says_why_from_the_drafts(string draftType, string draftActor, string stage, string why)
    {
        var errors = new List<EvaluationError>();
        var totals = new EvaluationTotals();
        using var g = JsonDocument.Parse(Gold());
        var draft = new JsonEvent
        {
            Type = draftType, Actor = [draftActor], Recipient = ["e3"],
            Evidence = new JsonSpan { Start = 0, End = 46 }, Trigger = new JsonSpan { Start = 21, End = 27 },
        };
        // The analysis codes no event; the drafts tell why the gold one is missed.
        string analysis = Analysis().Replace("""{"type": "AGREE", "actor": ["e2"], "recipient": ["e3"], "evidence": {"start": 0, "end": 46}, "trigger": {"start": 21, "end": 27}}""", "", StringComparison.Ordinal);
        AnalysisScorer.Score(AnalysisJsonReader.Read(analysis), g.RootElement, totals, "doc", errors, eventDrafts: [(draft, stage)]);
        var missed = Assert.Single(errors, e => e.Layer == "events");
        Assert.EndsWith("— " + why, missed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missed_event_with_no_draft_over_it_has_no_trigger()
    {
        var errors = new List<EvaluationError>();
        using var g = JsonDocument.Parse(Gold());
        string analysis = Analysis().Replace("""{"type": "AGREE", "actor": ["e2"], "recipient": ["e3"], "evidence": {"start": 0, "end": 46}, "trigger": {"start": 21, "end": 27}}""", "", StringComparison.Ordinal);
        AnalysisScorer.Score(AnalysisJsonReader.Read(analysis), g.RootElement, new EvaluationTotals(), "doc", errors, eventDrafts: []);
        Assert.EndsWith("— no trigger", Assert.Single(errors, e => e.Layer == "events").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_add_up_over_articles_before_the_ratios_are_taken()
    {
        var totals = new EvaluationTotals();
        foreach (var (analysis, gold) in new[] { (Analysis(), Gold()), (Analysis(speaker: "e2"), Gold()), (Analysis(speaker: "e2"), Gold()) })
        {
            using var g = JsonDocument.Parse(gold);
            AnalysisScorer.Score(AnalysisJsonReader.Read(analysis), g.RootElement, totals, "doc");
        }
        Assert.Equal(3, totals.Articles);
        Assert.Equal((1, 3), (totals.SpeakersRight, totals.SpeakersOf));
        Assert.Contains("speakers           right 0.33 (1/3)", totals.Report(), StringComparison.Ordinal);
        Assert.Contains("publisher right 1.00 (3/3)", totals.Report(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_an_entity_the_article_names_only_by_a_description_counts_when_resolved_to_it()
    {
        // «المملكة» with السعودية nowhere: the guide gives Saudi Arabia with a reference and no mention
        const string text = "وأكدت المملكة أنها مستعدة.";
        string gold = """
            {"entities": {"saudi_arabia": {"type": "GPE", "names": ["Saudi Arabia"], "mentions": [], "optional": false}},
             "references": [{"entity": "saudi_arabia", "start": 6, "end": 13}],
             "quotes": [], "times": [], "quantities": [], "events": [], "sections": [],
             "source": {"publisher": {"ar": "عكاظ", "names": ["Okaz"]}, "origin": {"ar": "عكاظ", "names": ["Okaz"]} } }
            """;
        string Analysis(string referenceSpan) => $$$"""
            {"text": "{{{text}}}", "published": "2015-07-21",
             "entities": [{"id": "e1", "type": "GPE", "name": "Saudi Arabia", "mentions": [], "references": [{{{referenceSpan}}}]}],
             "quotes": [], "events": [], "sections": [], "source": {"publisher": {"name": "Okaz", "nameAr": "عكاظ"}, "origin": null}}
            """;
        var resolved = Score(Analysis("""{"start": 6, "end": 13}"""), gold);
        Assert.Equal((1, 1), (resolved.ReferencesResolved, resolved.References));
        Assert.Equal(0, resolved.EntitiesFound); // the entities layer still scores names only
        var elsewhere = Score(Analysis("""{"start": 19, "end": 25}"""), gold);
        Assert.Equal((0, 1), (elsewhere.ReferencesResolved, elsewhere.References));
    }

    [Fact]
    public void References_given_are_counted_right_wrong_or_not_in_the_gold()
    {
        // «روسيا» is Russia's name in the gold: a reference of Armenia on it is wrong, one of Russia right, and
        // «الحوار» (no gold span) is listed as not in the gold
        string analysis = Analysis().Replace(
            """{"id": "e3", "type": "GPE", "name": "Armenia", "mentions": [{"start": 38, "end": 45}]}""",
            """{"id": "e3", "type": "GPE", "name": "Armenia", "mentions": [{"start": 38, "end": 45}], "references": [{"start": 15, "end": 20}, {"start": 28, "end": 34}]}""",
            StringComparison.Ordinal).Replace(
            """{"id": "e2", "type": "GPE", "name": "Russia", "mentions": [{"start": 15, "end": 20}]}""",
            """{"id": "e2", "type": "GPE", "name": "Russia", "mentions": [{"start": 15, "end": 20}], "references": [{"start": 15, "end": 20}]}""",
            StringComparison.Ordinal);
        var errors = new List<EvaluationError>();
        var totals = Score(analysis, Gold(), errors);
        Assert.Equal((3, 1, 1), (totals.ReferencesGiven, totals.ReferencesGivenRight, totals.ReferencesNotInGold));
        Assert.Contains(errors, e => e.Layer == "references" && e.Kind == "wrong" && e.Start == 15 && e.Detail.Contains("russia", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Layer == "references" && e.Kind == "ungold" && e.Start == 28);
    }

    [Fact]
    public void Norm_folds_hamza_alef_maqsura_taa_marbuta_diacritics_and_separators_like_score_py()
    {
        Assert.Equal(AnalysisScorer.Norm("الأمم المتحدة"), AnalysisScorer.Norm("الامم  المتحده"));
        Assert.Equal("al-riyadh".Replace('-', ' '), AnalysisScorer.Norm("Al-Riyadh"));
        Assert.Equal(AnalysisScorer.Norm("مُستعدّة"), AnalysisScorer.Norm("مستعده"));
    }
}
