using Marsad.Corpus.Store;
using Marsad.Corpus.Stories;

namespace Marsad.Corpus.Tests.Stories;

public sealed class EventMergerTests
{
    private static EventReport Report(string article, int index, string outlet, string type, string[] actors, string[] recipients, string? date = "2015-08-02", string? place = null, string trigger = "استقبل") =>
        new(article, index, outlet, new FactEvent(type, null, actors, recipients, place, date, trigger, "استقبل ولي العهد وزير الخارجية", 10));

    [Fact]
    public void A_name_meets_its_longer_form_but_a_family_name_alone_meets_no_one()
    {
        // The event step ran the name into the next word in one outlet: «محمد الجاسر المقبولين».
        Assert.Single(EventMerger.Merge([
            Report("a1", 0, "sabq", "REQUEST", ["محمد الجاسر المقبولين"], [], trigger: "ودعا"),
            Report("a2", 0, "alweeam", "REQUEST", ["محمد الجاسر"], [], trigger: "دعا"),
        ]));
        Assert.Equal("actors", EventMerger.Disagreement(
            Report("a1", 0, "sabq", "CONSULT", ["فهد بن سعيد القحطاني"], []),
            Report("a2", 0, "alweeam", "CONSULT", ["القحطاني"], [])));
    }

    [Fact]
    public void A_report_without_participants_joins_one_with_them_only_on_the_same_trigger_word()
    {
        // One war story: the wounded Bahah visits in Aden are not the battles the Houthis lost there.
        Assert.Equal("trigger", EventMerger.Disagreement(
            Report("a1", 0, "sabq", "ASSAULT", [], [], trigger: "الجرحى"),
            Report("a2", 0, "3alyoum", "ASSAULT", ["Houthis"], ["عبدربه هادي"], trigger: "معارك")));
        // The same reception, one outlet naming the host and the other no one: one event (clitics aside).
        Assert.Single(EventMerger.Merge([
            Report("a1", 0, "sabq", "CONSULT", ["Mohamed bin Zayed"], [], trigger: "استقبل"),
            Report("a2", 0, "alweeam", "CONSULT", [], [], trigger: "واستقبل"),
        ]));
    }

    [Fact]
    public void Three_outlets_reporting_one_meeting_are_one_event_with_three_reports()
    {
        var merged = EventMerger.Merge([
            Report("a1", 0, "sabq", "CONSULT", ["Mohamed bin Zayed"], ["Adel al-Jubeir"]),
            Report("a2", 3, "alweeam", "CONSULT", ["Mohamed bin Zayed"], []),
            Report("a3", 1, "3alyoum", "CONSULT", [], ["عادل الجبير", "Adel al-Jubeir"], place: "Abu Dhabi"),
        ]);
        var e = Assert.Single(merged);
        Assert.Equal(3, e.Reports.Count);
        Assert.Equal(["sabq", "alweeam", "3alyoum"], e.Sources);
        Assert.Equal("a1#0", e.Id);
        Assert.Equal("Abu Dhabi", e.Place);
    }

    [Fact]
    public void Disagreeing_reports_stay_apart()
    {
        var merged = EventMerger.Merge([
            Report("a1", 0, "sabq", "CONSULT", ["Mohamed bin Zayed"], []),
            Report("a2", 0, "okaz", "CONSULT", ["John Kerry"], []),                   // another actor
            Report("a3", 0, "alyaum", "AGREE", ["Mohamed bin Zayed"], []),            // another type
            Report("a4", 0, "alriyadh", "CONSULT", ["Mohamed bin Zayed"], [], date: "2015-07-28"), // days apart
            Report("a1", 1, "sabq", "CONSULT", ["Mohamed bin Zayed"], []),            // the same article again
        ]);
        Assert.Equal(5, merged.Count);
    }

    [Fact]
    public void A_report_fitting_two_events_does_not_chain_them()
    {
        // b fits a (shared actor) and c (no actors), but a and c disagree on the recipient: b joins one, never both.
        var merged = EventMerger.Merge([
            Report("a", 0, "sabq", "ASSAULT", ["Houthis"], ["Aden"]),
            Report("c", 0, "okaz", "ASSAULT", [], ["Taiz"]),
            Report("b", 0, "alyaum", "ASSAULT", ["Houthis"], []),
        ]);
        Assert.Equal(2, merged.Count);
        Assert.All(merged, e => Assert.False(e.Reports.Any(r => r.Article == "a") && e.Reports.Any(r => r.Article == "c")));
    }

    [Fact]
    public void One_sentence_two_outlets_carry_is_one_event_however_its_participants_were_named()
    {
        const string Sabq = "كما وافق الاتحاد السعودي لكرة القدم على تخصيص مبلغ من دخل عقد النقل التلفزيوني لأندية الدرجة الممتازة";
        const string Alweeam = "كما وافق اتحاد القدم على تخصيص مبلغ من دخل عقد النقل التلفزيوني لأندية الدرجة الممتازة";
        EventReport R(string article, string actor, string evidence, string trigger = "وافق", string date = "2015-08-02") =>
            new(article, 0, article, new FactEvent("AGREE", null, [actor], [], null, date, trigger, evidence, 10));
        Assert.Null(EventMerger.Disagreement(R("a1", "Saudi Arabian Football Federation", Sabq), R("a2", "اتحاد القدم", Alweeam)));
        // Another trigger word in the sentence, another day, or another sentence: the names decide again.
        Assert.Equal("actors", EventMerger.Disagreement(R("a1", "Saudi Arabian Football Federation", Sabq), R("a2", "اتحاد القدم", Alweeam, trigger: "تخصيص")));
        Assert.Equal("date", EventMerger.Disagreement(R("a1", "Saudi Arabian Football Federation", Sabq), R("a2", "اتحاد القدم", Alweeam, date: "2015-07-20")));
        Assert.Equal("actors", EventMerger.Disagreement(R("a1", "Saudi Arabian Football Federation", Sabq),
            R("a2", "اتحاد القدم", "كما وافق اتحاد القدم على نقل مباريات الدوري إلى ملاعب جديدة في الموسم المقبل بعد اكتمال الصيانة")));
    }
}
