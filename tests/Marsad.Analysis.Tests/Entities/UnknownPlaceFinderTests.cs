namespace Marsad.Analysis.Tests.Entities;

/// <summary>Places no gazetteer knows, found where the article itself says a word is a place: its dateline, and the
/// name after a settlement noun in construct.</summary>
public class UnknownPlaceFinderTests
{
    private static Document Analyze(string text) => MarsadPipeline.Default.Analyze(text, new ArticleMetadata());

    private static string[] Places(Document doc) =>
        [.. doc.Layer<Mention>().Where(m => m.Type == EntityType.GPE).Select(m => doc.Text.Substring(m.Span.Start, m.Span.Length))];

    [Fact]
    public void ADatelinePlaceAfterTheCreditLineIsAPlaceWhereverTheArticleNamesIt()
    {
        var doc = Analyze("عويد التومي- سبق- طريفاء: ضبط فرع مكتب العمل بطريفاء ظهر اليوم عشرة وافدين يعملون تحت أشعة الشمس.");
        var places = Places(doc);
        Assert.Equal(2, places.Count(p => p == "طريفاء"));
    }

    [Fact]
    public void TheNameAfterASettlementNounInConstructIsAPlace()
    {
        var doc = Analyze("أسفرت حملة تفتيشية قام بها فرع مكتب العمل بمحافظة خيبور عن ضبط مخالفات، وقال مدير شرطة خيبور إن الحملة مستمرة.");
        Assert.Equal(2, Places(doc).Count(p => p == "خيبور"));
    }

    [Fact]
    public void AnAdjectiveAfterASettlementNounIsNoPlace()
    {
        var doc = Analyze("ضربت السيول قرية نائية ثم مدينة ساحلية في الجنوب، وأعلنت السلطات المدينة المنكوبة، وتضررت مدينة ملاهٍ فيها.");
        Assert.DoesNotContain(Places(doc), p => p is "نائية" or "ساحلية" or "المنكوبة" or "ملاهٍ");
    }

    [Fact]
    public void AWordBehindAPrepositionIsNoSecondTermOfAConstruct()
    {
        // «محافظة» is also the verbal noun "keeping": «محافظة للأطباء» names no place.
        var doc = Analyze("عرفت تعز بأنها محافظة للأطباء وأساتذة الجامعات منذ عقود.");
        Assert.DoesNotContain(Places(doc), p => p.Contains("أطباء", StringComparison.Ordinal));
    }

    [Fact]
    public void ACommonWordInTheDatelineIsNoPlace()
    {
        var doc = Analyze("عبدالله الشهري- سبق- متابعات: أعلنت الوزارة اليوم عن برنامج جديد للتوظيف.");
        Assert.DoesNotContain("متابعات", Places(doc));
    }
}
