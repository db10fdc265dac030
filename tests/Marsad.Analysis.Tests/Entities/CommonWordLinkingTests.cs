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

    [Fact]
    public void A_whole_word_is_not_a_proclitic_and_a_minor_town()
    {
        var doc = Analyze("ينطلق اليوم في المدينة أكبر مهرجان للتمور ويعتبر ظاهرة اقتصادية فريدة من نوعها في المنطقة.");
        Assert.DoesNotContain(doc.Layer<Entity>(), e => e.Name == "Rhede");
        Assert.DoesNotContain(doc.Layer<Mention>(), m => m.Span.Slice(doc.Text) == "ريدة");
    }

    [Theory]
    [InlineData("وصل الوفد أمس وبالرياض عقد اجتماعا مع المسؤولين.", "الرياض")]
    [InlineData("قدم الملك دعمه للسعودية والكويت في المؤتمر.", "لسعودية")] // the ل of لل stands for the article
    [InlineData("عاد الرئيس إلى بيروت، فلبنان يحتاج إلى حكومة جديدة.", "لبنان")]
    [InlineData("أكد الرئيس أن فلسطين ستبقى القضية الأولى للعرب.", "فلسطين")]
    public void A_proclitic_and_a_name_still_links_and_a_name_that_looks_like_one_stays_whole(string text, string name)
    {
        var doc = Analyze(text);
        Assert.Contains(doc.Layer<Mention>(), m => m.Span.Slice(doc.Text) == name && m.KbId is not null);
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
