using Marsad.Analysis.Events;
using Marsad.Analysis.Pipeline;
using Marsad.Text;

namespace Marsad.Analysis.Tests.Events;

/// <summary>A named person with a long chain of titles before the name, as the object of a verb. Sentences written for
/// these tests; the step runs without the classifier, as in EventStepTests.</summary>
public class TitledObjectTests
{
    private static IReadOnlyList<Event> Code(string text, params (string Name, EntityType Type, string Id)[] names)
    {
        var doc = new Document(text);
        new TokenizeStep().Run(doc);
        var entities = names.Select(n => new Entity(n.Id, n.Type, n.Id, n.Name, null, [new TextSpan(text.IndexOf(n.Name, StringComparison.Ordinal), n.Name.Length)], [])).ToList();
        doc.SetLayer<Entity>(entities);
        new EventStep((EventModel?)null).Run(doc);
        return doc.Layer<Event>();
    }

    /// <summary>«بحبس المتهم الأول سامي العتيبي»: the words before the name describe him; he is the one sentenced.</summary>
    [Fact]
    public void The_sentenced_is_found_behind_his_description()
    {
        var events = Code("وقضت محكمة الجنايات بحبس المتهم الأول سامي العتيبي لمدة عشر سنوات.",
            ("محكمة الجنايات", EntityType.ORG, "court"), ("سامي العتيبي", EntityType.PER, "otaibi"));
        var coerce = Assert.Single(events, e => e.Type == "COERCE");
        Assert.Equal(["court"], coerce.Actor);
        Assert.Equal(["otaibi"], coerce.Recipient);
    }

    /// <summary>A chain of titles ends at a preposition of place: near the sheikh's convoy is where, not who.</summary>
    [Fact]
    public void A_title_chain_does_not_run_across_a_preposition_of_place()
    {
        var events = Code("وفجر انتحاري نفسه قرب موكب الشيخ سامي العتيبي.", ("سامي العتيبي", EntityType.PER, "otaibi"));
        Assert.DoesNotContain(events, e => e.Actor.Contains("otaibi"));
    }
}
