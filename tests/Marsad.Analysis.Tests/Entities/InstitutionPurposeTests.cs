using Marsad.Analysis.Pipeline;

namespace Marsad.Analysis.Tests.Entities;

public class InstitutionPurposeTests
{
    private static string[] Names(string text)
    {
        var doc = MarsadPipeline.Default.Analyze(text, new ArticleMetadata());
        return doc.Layer<Mention>().Select(m => doc.Text.Substring(m.Span.Start, m.Span.Length)).ToArray();
    }

    [Theory]
    [InlineData("دعت وزارة الخارجية للقاء السفراء في مقرها صباح اليوم.", "وزارة الخارجية")]
    [InlineData("اجتمع مجلس التعاون للتصدي للتهريب عبر الحدود.", "مجلس التعاون")]
    public void AnInstitutionsNameEndsBeforeAPurposePhrase(string text, string name)
    {
        var names = Names(text);
        Assert.Contains(name, names);
        Assert.DoesNotContain(names, n => n.StartsWith(name + " ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("افتتحت المؤسسة العامة للتدريب التقني فرعا جديدا في المدينة.", "المؤسسة العامة للتدريب التقني")]
    [InlineData("وزع مركز الملك سلمان للإغاثة والأعمال الإنسانية سلالا غذائية.", "مركز الملك سلمان للإغاثة والأعمال الإنسانية")]
    public void AComplementOfTheNameStaysInIt(string text, string name)
    {
        Assert.Contains(name, Names(text));
    }
}
