using Marsad.Analysis.Pipeline;

namespace Marsad.Analysis.Tests.Entities;

public class FamilyNamesTests
{
    private static Document Analyze(string text)
    {
        PublicationDate.TryParse("2010-03-01", out var d);
        return MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = d });
    }

    [Theory]
    [InlineData("حطت طائرة تملكها عائلة بن لادن في مطار صغير.", "بن لادن")]
    [InlineData("أعلنت أسرة بن لادن أنها لن تعلق على التقرير.", "بن لادن")]
    [InlineData("قدم المعزون التعازي لعائلة بن لادن في جدة.", "بن لادن")]
    public void ASurnameAfterAFamilyNounNamesTheFamilyNotAPerson(string text, string surname)
    {
        var doc = Analyze(text);
        Assert.DoesNotContain(doc.Layer<Entity>(), e => e.KbId == "per:osama-bin-laden");
        Assert.DoesNotContain(doc.Layer<Mention>(), m => m.KbId is not null && doc.Text.Substring(m.Span.Start, m.Span.Length) == surname);
    }

    [Fact]
    public void AFullNameAfterAFamilyNounIsStillThePerson()
    {
        var doc = Analyze("تحدثت عائلة أسامة بن لادن إلى الصحافيين عن طفولته.");
        Assert.Contains(doc.Layer<Entity>(), e => e.KbId == "per:osama-bin-laden");
    }

    [Fact]
    public void AFamilyAliasAloneLinksToNoOne()
    {
        var doc = Analyze("قال مصدر إن شركة بن لادن للمقاولات فازت بالعقد الجديد.");
        Assert.DoesNotContain(doc.Layer<Entity>(), e => e.KbId == "per:osama-bin-laden");
    }

    [Fact]
    public void AFamilyAliasAfterTheFullNameIsThatPerson()
    {
        var doc = Analyze("ظهر أسامة بن لادن في تسجيل جديد. وقال بن لادن في التسجيل إن الحرب مستمرة.");
        var osama = doc.Layer<Entity>().Single(e => e.KbId == "per:osama-bin-laden");
        Assert.Equal(2, osama.Mentions.Count);
    }
}
