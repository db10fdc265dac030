using Marsad.Analysis.Json;
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
    public void One_actor_with_two_acts_of_a_type_and_no_recipient_on_both_sides_is_two_events()
    {
        // A federation that adopts a financial year and imposes penalties on one day: the actor meets, the act does not.
        Assert.Equal("trigger", EventMerger.Disagreement(
            Report("a1", 0, "3alyoum", "SUPPORT", ["اتحاد القدم"], [], trigger: "يعتمد"),
            Report("a2", 0, "alweeam", "SUPPORT", ["اتحاد القدم"], [], trigger: "فرض")));
        // the same act told with the same word is one event; with both recipients named, the parties decide
        Assert.Null(EventMerger.Disagreement(
            Report("a1", 0, "3alyoum", "SUPPORT", ["اتحاد القدم"], [], trigger: "اعتمد"),
            Report("a2", 0, "alweeam", "SUPPORT", ["اتحاد القدم"], [], trigger: "اعتمدت")));
        Assert.Null(EventMerger.Disagreement(
            Report("a1", 0, "sabq", "CONSULT", ["Mohamed bin Zayed"], ["Adel al-Jubeir"], trigger: "استقبل"),
            Report("a2", 0, "okaz", "CONSULT", ["Mohamed bin Zayed"], ["Adel al-Jubeir"], trigger: "التقى")));
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

    private static EventReport Told(string article, string type, string[] actors, string[] recipients, string trigger, string evidence, EventParties? parties = null) =>
        new(article, 0, article, new FactEvent(type, null, actors, recipients, null, "2015-08-02", trigger, evidence, 10, parties));

    [Fact]
    public void A_linked_person_meets_the_name_another_outlet_left_unlinked()
    {
        // One outlet's entity step linked the host (canonical name, with the Arabic names the article gives him); the
        // other's did not and kept the full name of the text.
        var linked = Told("a1", "CONSULT", ["Muhammad bin Nayef"], [], "استقبل", "استقبل ولي العهد في قصر السلام اليوم المهنئين بالعيد",
            new EventParties(["Muhammad bin Nayef", "محمد بن نايف"], []));
        var unlinked = Told("a2", "CONSULT", ["محمد بن نايف بن عبدالعزيز آل سعود"], [], "استقبل", "استقبل الأمير محمد بن نايف بن عبدالعزيز آل سعود المهنئين");
        Assert.Null(EventMerger.Disagreement(linked, unlinked));
        // Without the Arabic names, the two are two people to the merger.
        Assert.Equal("actors", EventMerger.Disagreement(linked with { Event = linked.Event with { Parties = null } }, unlinked));
    }

    [Fact]
    public void A_father_named_in_a_sons_lineage_is_not_the_son()
    {
        // «سلمان بن عبدالعزيز» is every word of «محمد بن سلمان بن عبدالعزيز», in order, but it is his father.
        Assert.Equal("actors", EventMerger.Disagreement(
            Report("a1", 0, "sabq", "CONSULT", ["سلمان بن عبدالعزيز"], []),
            Report("a2", 0, "alweeam", "CONSULT", ["محمد بن سلمان بن عبدالعزيز"], [])));
        Assert.Null(EventMerger.Disagreement(
            Report("a1", 0, "sabq", "CONSULT", ["محمد بن سلمان"], []),
            Report("a2", 0, "alweeam", "CONSULT", ["محمد بن سلمان بن عبدالعزيز"], [])));
    }

    [Fact]
    public void A_meeting_told_from_either_side_is_one_meeting_but_an_attack_is_not()
    {
        // «زار الأمير الأردن» and «استقبل الأردن الأمير»: host and guest trade places, one visit.
        Assert.Single(EventMerger.Merge([
            Report("a1", 0, "sabq", "CONSULT", ["الأمير خالد الفيصل"], ["الأردن"]),
            Report("a2", 0, "alweeam", "CONSULT", ["الأردن"], ["الأمير خالد الفيصل"]),
        ]));
        // Who struck whom matters: the Houthis shelling the coalition is not the coalition bombing the Houthis.
        Assert.Equal("actors", EventMerger.Disagreement(
            Report("a1", 0, "sabq", "ASSAULT", ["التحالف"], ["الحوثيون"], trigger: "قصف"),
            Report("a2", 0, "alweeam", "ASSAULT", ["الحوثيون"], ["التحالف"], trigger: "قصف")));
        // One shared name on one side only is not enough to trade places: two receptions of one guest by two hosts.
        Assert.Equal("actors", EventMerger.Disagreement(
            Report("a1", 0, "sabq", "CONSULT", ["الأردن"], []),
            Report("a2", 0, "alweeam", "CONSULT", ["مصر"], ["الأردن"])));
    }

    [Fact]
    public void One_sentence_meets_itself_whatever_the_pronoun_on_its_trigger()
    {
        const string One = "وأكد المدير العام خلال زيارته لمنزل أسرة الفقيد في المحافظة أمس أن الوطن لن ينسى تضحيات أبنائه";
        const string Two = "وأكد المدير العام خلال الزيارة لمنزل أسرة الفقيد في المحافظة أمس أن الوطن لن ينسى تضحيات أبنائه";
        Assert.Null(EventMerger.Disagreement(
            Told("a1", "CONSULT", ["المدير العام"], [], "زيارته", One), Told("a2", "CONSULT", ["مدير عام الإدارة"], [], "الزيارة", Two)));
        // Apart from one sentence a feminine verb and its noun tell nothing of one occurrence: a bombing by the coalition
        // and another by the Houthis.
        Assert.Equal("trigger", EventMerger.Disagreement(
            Told("a1", "ASSAULT", ["التحالف"], [], "قصف", "قصف طيران التحالف أمس مواقع في المحافظة الشرقية من البلاد"),
            Told("a2", "ASSAULT", [], [], "قصفت", "وقال شهود إن الميليشيات قصفت المنازل في أحياء المدينة القديمة")));
    }

    [Fact]
    public void The_stored_analysis_gives_each_participant_the_names_other_outlets_may_use()
    {
        static JsonSpan S(string text) => new() { Start = 0, End = text.Length, Text = text };
        var analysis = new JsonAnalysis
        {
            Entities =
            [
                new JsonEntity { Id = "e1", Type = "PER", Name = "Adel al-Jubeir", NameAr = "عادل الجبير", Kb = "per:adel-al-jubeir",
                    Mentions = [S("عادل بن أحمد الجبير"), S("الجبير"), S("وزير الخارجية السعودي")] },
                new JsonEntity { Id = "e2", Type = "GPE", Name = "Jordan", NameAr = "الأردن", Kb = "JO", Mentions = [S("الأردن")] },
            ],
            Events = [new JsonEvent { Type = "CONSULT", Actor = ["e1"], Recipient = ["e2"], Evidence = S("زار الجبير الأردن"), Trigger = S("زار") }],
        };
        var parties = Assert.Single(ArticleFacts.From(analysis).Events).Parties!;
        // The full name is kept; a family name alone and a title are many people.
        Assert.Equal(["Adel al-Jubeir", "عادل الجبير", "عادل بن أحمد الجبير"], parties.ActorForms);
        Assert.Equal(["Jordan", "الأردن"], parties.RecipientForms);
    }
}
