using Marsad.Analysis.Events;
using Marsad.Analysis.Pipeline;
using Marsad.Text;

namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Who a condemnation, a welcome or a refusal is aimed at when its object is someone's act, and the agent named after
/// «من جانب». The sentences are written for these tests; the step runs without the classifier, as in EventStepTests.
/// </summary>
public class AttitudeObjectTests
{
    /// <summary>Codes the events of <paramref name="text"/> with the given names marked as entities.</summary>
    private static IReadOnlyList<Event> Code(string text, params (string Name, EntityType Type, string Id)[] names)
    {
        var doc = new Document(text);
        new TokenizeStep().Run(doc);
        var entities = new List<Entity>();
        foreach (var (name, type, id) in names)
        {
            var spans = new List<TextSpan>();
            // Whole words only, as the entity step marks them: «إسرائيل» inside «الإسرائيلية» is an adjective, not a name.
            for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
                if ((i == 0 || !char.IsLetter(text[i - 1])) && (i + name.Length == text.Length || !char.IsLetter(text[i + name.Length])))
                    spans.Add(new TextSpan(i, name.Length));
            entities.Add(new Entity(id, type, id, name, null, spans, []));
        }
        doc.SetLayer<Entity>(entities);
        new EventStep((EventModel?)null).Run(doc);
        return doc.Layer<Event>();
    }

    /// <summary>Condemning «الهجمات الإسرائيلية» condemns Israel; the hospital struck is the attacks' target.</summary>
    [Fact]
    public void A_condemned_attack_names_its_doer_as_the_recipient()
    {
        var events = Code("أدان مجلس الأمن الهجمات الإسرائيلية على مستشفى الشفاء في غزة. وقالت إسرائيل إنها لم تقصد المدنيين.",
            ("مجلس الأمن", EntityType.ORG, "unsc"), ("إسرائيل", EntityType.GPE, "israel"), ("مستشفى الشفاء", EntityType.FAC, "shifa"));
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        Assert.Equal(["unsc"], accuse.Actor);
        Assert.Equal(["israel"], accuse.Recipient);
    }

    /// <summary>Welcoming Turkish strikes on the group's positions is support for Turkey, not for the group.</summary>
    [Fact]
    public void A_welcomed_act_is_its_doers_not_its_targets()
    {
        var events = Code("رحب الوزير كيري بالهجمات التركية على مواقع داعش قرب الحدود. وتقول تركيا إنها ستواصل حملتها.",
            ("كيري", EntityType.PER, "kerry"), ("داعش", EntityType.ORG, "isis"), ("تركيا", EntityType.GPE, "turkey"));
        var support = Assert.Single(events, e => e.Type == "SUPPORT");
        Assert.Equal(["kerry"], support.Actor);
        Assert.Equal(["turkey"], support.Recipient);
    }

    /// <summary>In «استهداف السفارة الإسرائيلية» the adjective is the embassy's: Israel is the victim of the attack,
    /// not the one condemned.</summary>
    [Fact]
    public void The_victim_of_a_condemned_attack_is_not_taken_for_its_doer()
    {
        var events = Code("أدان الأردن استهداف السفارة الإسرائيلية في القاهرة. وقالت إسرائيل إن موظفيها بخير.",
            ("الأردن", EntityType.GPE, "jordan"), ("إسرائيل", EntityType.GPE, "israel"), ("القاهرة", EntityType.GPE, "cairo"));
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        Assert.Equal(["jordan"], accuse.Actor);
        Assert.DoesNotContain("israel", accuse.Recipient);
    }

    /// <summary>A refused proposal is refused to the one who made it: «الاقتراح الإيراني» → Iran.</summary>
    [Fact]
    public void A_refused_proposal_is_refused_to_its_author()
    {
        var events = Code("رفضت الحكومة العراقية أمس الاقتراح الإيراني بشأن الحدود. وكانت إيران قد قدمته الشهر الماضي.",
            ("الحكومة العراقية", EntityType.ORG, "iraq_gov"), ("إيران", EntityType.GPE, "iran"));
        var reject = Assert.Single(events, e => e.Type == "REJECT");
        Assert.Equal(["iraq_gov"], reject.Actor);
        Assert.Equal(["iran"], reject.Recipient);
    }

    /// <summary>«من جانب» names the agent of a passive or an event noun, as «من قبل» does; «بجانب» (beside) does not.</summary>
    [Fact]
    public void The_agent_after_min_janib_does_the_attack()
    {
        var events = Code("وتعرضت القرية لقصف عنيف من جانب جماعة الحوثي.", ("جماعة الحوثي", EntityType.ORG, "houthis"));
        Assert.Equal(["houthis"], Assert.Single(events, e => e.Type == "ASSAULT").Actor);
        var beside = Code("وتعرضت القرية لقصف عنيف بجانب مقر جماعة الحوثي.", ("جماعة الحوثي", EntityType.ORG, "houthis"));
        Assert.DoesNotContain(beside, e => e.Actor.Contains("houthis"));
    }

    /// <summary>An agent marker names the agent of the act nearest before it: the gunmen attacked the station; they did
    /// not arrest the journalist.</summary>
    [Fact]
    public void An_agent_marker_belongs_to_the_nearest_act_before_it()
    {
        var events = Code("وجرى اعتقال الصحفي عقب هجوم على مركز الشرطة من قبل حركة الشباب.", ("حركة الشباب", EntityType.ORG, "shabab"));
        Assert.Contains("shabab", Assert.Single(events, e => e.Type == "ASSAULT").Actor);
        Assert.DoesNotContain(events, e => e.Type == "COERCE" && e.Actor.Contains("shabab"));
    }
}
