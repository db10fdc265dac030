using Marsad.Analysis;
using Marsad.Analysis.Entities;

namespace Marsad.Analysis.Tests.Entities;

/// <summary>A written form that is mostly a common word needs the tagger's or the context's support to be a name.</summary>
public class CommonWordLinkingTests
{
    private static Document Analyze(string text)
    {
        PublicationDate.TryParse("2015-07-21", out var date);
        return MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = date });
    }

    private static string?[] KbIds(Document doc) => [.. doc.Layer<Entity>().Select(e => e.KbId)];

    [Fact]
    public void A_university_is_not_djamaa()
    {
        var doc = Analyze("أعلنت جامعة الملك سعود عن قبول ألف طالب جديد في برامج البكالوريوس هذا العام.");
        Assert.DoesNotContain(doc.Layer<Entity>(), e => e.Name == "Djamaa");
        Assert.Contains(doc.Layer<Entity>(), e => e.Type == EntityType.ORG && e.NameAr == "جامعة الملك سعود");
    }

    [Fact]
    public void Kabiran_is_never_beira_and_euro_never_yoro()
    {
        var doc = Analyze("حقق المشروع نجاحا كبيرا بعد أن بلغت تكلفته مليون يورو، وشهد إقبالا كبيرا من الزوار.");
        Assert.DoesNotContain(doc.Layer<Entity>(), e => e.Name is "Beira" or "Yōrō");
    }

    [Theory]
    [InlineData("تحدث المذيع عن جمال المدينة وسحر شواطئها في فصل الصيف.", "جمال")]
    [InlineData("أكد الأمير على الحزم في مواجهة المخالفين للأنظمة والتعليمات.", "الحزم")]
    [InlineData("وأشار إلى أن سائر المناطق ستشهد ارتفاعا في درجات الحرارة.", "سائر")]
    public void Common_words_are_not_gazetteer_towns(string text, string word)
    {
        var doc = Analyze(text);
        Assert.DoesNotContain(doc.Layer<Mention>(), m => m.Span.Slice(doc.Text) == word && m.KbId is not null);
    }

    [Fact]
    public void In_riyadh_is_still_the_city_and_a_place_word_makes_khobar()
    {
        var doc = Analyze("وصل الوفد إلى الرياض ثم زار محافظة الخبر في المنطقة الشرقية.");
        Assert.Contains("city:108410", KbIds(doc));
        Assert.Contains(doc.Layer<Entity>(), e => e.Name == "Khobar");
    }

    [Fact]
    public void Statistic_reads_common_words_and_names()
    {
        var table = CommonWordTable.Default;
        Assert.True(table.IsMostlyCommon("جامعه"));
        Assert.True(table.IsMostlyCommon("الخبر"));
        Assert.False(table.IsMostlyCommon("جده"));
        Assert.False(table.IsMostlyCommon("باريس"));
        Assert.False(table.IsMostlyCommon("مصر"));
    }
}
