using Marsad.Knowledge.Kb;

namespace Marsad.Knowledge.Tests.Kb;

public class KnowledgeBaseTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Default;

    [Fact]
    public void TheBuiltInKnowledgeBaseLoadsWithItsAttribution()
    {
        Assert.NotEmpty(Kb.Entities);
        Assert.Contains(Kb.Header, h => h.Contains("GeoNames", StringComparison.Ordinal) && h.Contains("CC BY 4.0", StringComparison.Ordinal));
        Assert.Contains(Kb.Header, h => h.Contains("ODbL", StringComparison.Ordinal));
    }

    [Fact]
    public void CoverageMeetsTheIssueCounts()
    {
        var s = KbStatistics.Of(Kb);
        Assert.True(s.States >= 250, $"{s.States} states and territories");
        Assert.True(s.Places >= 6000, $"{s.Places} cities and regions");
        Assert.True(s.PeopleAndOrganisations >= 5000, $"{s.PeopleAndOrganisations} people and organisations");
    }

    [Theory]
    [InlineData("روسيا", "RU")]
    [InlineData("روسيا الاتحادية", "RU")]
    [InlineData("جمهورية أذربيجان", "AZ")]
    [InlineData("المملكة العربية السعودية", "SA")]
    [InlineData("سيرغي لافروف", "per:sergey-lavrov")]
    [InlineData("سيرجي لافروف", "per:sergey-lavrov")]
    [InlineData("الاتحاد الأوروبي", "org:eu")]
    [InlineData("أنصار الله", "org:houthis")]
    [InlineData("قسد", "org:sdf")]
    [InlineData("ممر لاتشين", "loc:lachin-corridor")]
    [InlineData("الاتحاد السوفياتي", "hist:ussr")]
    public void ArabicNamesAndVariantsFindTheirEntity(string name, string id) => Assert.Equal(id, Kb.Find(name).FirstOrDefault());

    [Fact]
    public void CommonWordsAreNotNames()
    {
        Assert.Empty(Kb.Find("اليوم"));
        Assert.Empty(Kb.Find("الوطن"));
        Assert.Empty(Kb.Find("دون"));
    }

    [Theory]
    [InlineData("روسي")]
    [InlineData("روسية")]
    [InlineData("الروسي")]
    [InlineData("الروسية")]
    [InlineData("الروس")]
    [InlineData("الروسيين")]
    [InlineData("روسيون")]
    public void NationalityAdjectivesInEveryGenderAndNumberPointAtTheirState(string adjective) => Assert.Equal("RU", Kb.StateOfAdjective(adjective));

    [Fact]
    public void OfficesAreDated()
    {
        Assert.Equal("per:sergey-lavrov", Kb.HolderOf(Roles.ForeignMinister, "RU", new DateOnly(2023, 2, 28))?.Id);
        Assert.Equal("per:jeyhun-bayramov", Kb.HolderOf(Roles.ForeignMinister, "AZ", new DateOnly(2023, 2, 28))?.Id);
        Assert.Equal("per:elmar-mammadyarov", Kb.HolderOf(Roles.ForeignMinister, "AZ", new DateOnly(2019, 1, 1))?.Id);
        Assert.Equal("per:dmitry-medvedev", Kb.HolderOf(Roles.HeadOfState, "RU", new DateOnly(2010, 1, 1))?.Id);
    }

    [Fact]
    public void StatesKnowTheirCapitals() => Assert.Equal("Baku", Kb.CapitalOf("AZ")?.Name);

    [Fact]
    public void CitiesAndRegionsAreTypedFromTheirSource()
    {
        Assert.Equal(KbType.GPE, Kb.Get(Kb.Find("باكو")[0])!.Type);
        Assert.Equal(KbType.LOC, Kb.Get(Kb.Find("كاراباخ")[0])!.Type);
        Assert.Equal("Russia", Kb.Get("RU")!.Name);
    }
}
