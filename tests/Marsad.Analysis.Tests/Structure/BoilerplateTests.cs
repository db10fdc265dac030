using Marsad.Analysis;

namespace Marsad.Analysis.Tests.Structure;

/// <summary>Outlet furniture is recognised by the structure step and never analysed by later steps.</summary>
public class BoilerplateTests
{
    private static Document Analyze(string text)
    {
        PublicationDate.TryParse("2015-07-21", out var date);
        return MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = date });
    }

    private const string Body = "أعلن المتحدث باسم وزارة الصحة أن المستشفى استقبل عشرين مصابا في الحادث الذي وقع صباح اليوم.";

    private static string[] Furniture(Document doc) => [.. doc.Layer<Boilerplate>().Select(b => b.Span.Slice(doc.Text))];

    [Fact]
    public void News_link_footer_yields_no_khobar_and_no_entity_the_news()
    {
        var doc = Analyze(Body + " رابط الخبر بصحيفة الوئام: المستشفى يستقبل مصابي الحادث");
        Assert.Contains("رابط الخبر بصحيفة الوئام:", Furniture(doc));
        Assert.DoesNotContain(doc.Layer<Mention>(), m => m.Span.Slice(doc.Text).Contains("الخبر", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Layer<Entity>(), e => e.Name == "Khobar");
    }

    [Fact]
    public void The_outlet_a_footer_names_is_still_a_mention()
    {
        var doc = Analyze(Body + "\nرابط الخبر بصحيفة الوئام: المستشفى يستقبل مصابي الحادث");
        Assert.Contains(doc.Layer<Entity>(), e => e.KbId == "outlet:alweeam");
    }

    [Fact]
    public void Author_contact_footer_is_no_paragraph_and_has_no_figures()
    {
        var doc = Analyze(Body + "\nللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (100) ثم مسافة ثم نص الرسالة إلى 88591");
        Assert.Single(doc.Layer<Paragraph>());
        Assert.DoesNotContain(doc.Layer<Quantity>(), q => q.Span.Slice(doc.Text).Contains("88591", StringComparison.Ordinal));
    }

    [Fact]
    public void Share_buttons_and_read_also_lists_are_furniture()
    {
        var doc = Analyze(Body + "\nشارك | طباعة | تعليقات\nاقرأ أيضاً\nوزير الخارجية يصل إلى باريس\n" + Body);
        var furniture = Furniture(doc);
        Assert.Contains("شارك | طباعة | تعليقات", furniture);
        Assert.Contains("اقرأ أيضاً", furniture);
        Assert.Contains("وزير الخارجية يصل إلى باريس", furniture);
        Assert.DoesNotContain(doc.Layer<Mention>(), m => m.Span.Slice(doc.Text) == "باريس");
        Assert.Equal(2, doc.Layer<Paragraph>().Count);
    }

    [Fact]
    public void Prose_with_furniture_words_is_prose()
    {
        var doc = Analyze("شارك الوزير في المؤتمر الذي عقد في الرياض، وطالب بالمزيد من التعاون.\nشارك في الحوار عدد من الخبراء.");
        Assert.Empty(doc.Layer<Boilerplate>());
        Assert.Equal(2, doc.Layer<Paragraph>().Count);
    }
}
