using Marsad.Knowledge.Kb;
using Marsad.Tests;
using Marsad.Tools.Knowledge;

namespace Marsad.Tools.Tests.Knowledge;

public class KbBuilderTests
{
    private static readonly Lazy<KnowledgeBase> s_built = new(() => new KbBuilder(SharedData.Path_("data")).Build());

    [SkippableFact]
    public void BuildingAgainGivesTheCommittedFile()
    {
        SharedData.Require("data", "gazetteers");
        using var a = new StringWriter();
        using var b = new StringWriter();
        KbFile.Write(s_built.Value, a);
        KbFile.Write(KnowledgeBase.Default, b);
        Assert.Equal(b.ToString().Split('\n').Length, a.ToString().Split('\n').Length);
        Assert.True(a.ToString() == b.ToString(), "the committed Data/kb.tsv.gz is stale: run `marsad kb build`");
    }

    [SkippableFact]
    public void ActorDictionaryErrorsAreRepaired()
    {
        SharedData.Require("data", "events");
        var roles = s_built.Value.Roles;
        Assert.DoesNotContain(roles, r => r.Start is { } s && r.End is { } e && e < s);
        Assert.DoesNotContain(roles, r => r.Start?.Year < 1900 || r.End?.Year > 2100);
        Assert.Equal(roles.Count, roles.Distinct().Count());
        // نوري المالكي appears once though the dictionary lists him under several heads
        Assert.Single(s_built.Value.Find("نوري المالكي"));
    }
}
