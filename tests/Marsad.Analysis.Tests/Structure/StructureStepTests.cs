using Marsad.Analysis;

namespace Marsad.Analysis.Tests.Structure;

public class StructureStepTests
{
    private static Document Analyze(string text, ArticleMetadata? meta = null) => MarsadPipeline.Default.Analyze(text, meta);

    private const string Body = "قال وزير الخارجية إن المحادثات مع الجانب الآخر ستستأنف الأسبوع المقبل في العاصمة.\n"
                              + "وأضاف أن الوفدين سيبحثان ملف الحدود والمياه والتجارة خلال جولة جديدة من المفاوضات.";

    [Theory]
    [InlineData("سيرياهوم نيوز3 – الميادين", "Syria Home News", "Al Mayadeen")]
    [InlineData("الوئام - رويترز", "Al Weeam", "Reuters")]
    [InlineData("المصدر: وكالة الأناضول", null, "Anadolu Agency")]
    [InlineData("نقلاً عن الجزيرة نت", null, "Al Jazeera")]
    [InlineData("(رويترز)", null, "Reuters")]
    [InlineData("المصدر : أ.ف.ب", null, "Agence France-Presse")]
    public void Closing_credit_line_names_publisher_and_origin(string credit, string? publisher, string origin)
    {
        var doc = Analyze(Body + "\n" + credit);
        Assert.Equal(publisher, doc.Source?.Publisher?.Name);
        Assert.Equal(origin, doc.Source?.Origin?.Name);
        var line = Assert.Single(doc.Layer<CreditLine>());
        Assert.Equal(credit, line.Span.Slice(doc.Text));
    }

    [Theory]
    [InlineData("واشنطن - د ب أ - ", "Deutsche Presse-Agentur")]
    [InlineData("الرياض - واس\n", "Saudi Press Agency")]
    [InlineData("القاهرة - أ ش أ: ", "Middle East News Agency")]
    public void Opening_dateline_names_the_origin(string dateline, string origin)
    {
        var doc = Analyze(dateline + Body);
        Assert.Equal(origin, doc.Source?.Origin?.Name);
    }

    [Theory]
    [InlineData("عبدالكريم الحمد - الرياض\n", null)]
    [InlineData("سبق- الرياض: ", null)]
    [InlineData("تسلمت مصر اليوم (الاثنين) أول ثلاث طائرات. ", null)]
    [InlineData("رويترز- بنغازي (ليبيا): ", "Reuters")]
    [InlineData("- هل وسطنا الرياضي لا يقدم الاحترام للمنتسبين إليه. ", null)]
    public void Bylines_cities_and_prose_are_not_mistaken_for_agencies(string opening, string? origin)
    {
        var doc = Analyze(opening + Body, new ArticleMetadata { Publisher = "sabq" });
        Assert.Equal(origin, doc.Source?.Origin?.Name);
    }

    [Fact]
    public void Digit_glued_to_an_outlet_belongs_to_the_credit()
    {
        var doc = Analyze(Body + "\nسيرياهوم نيوز3 – الميادين");
        Assert.Equal("سيرياهوم نيوز3", doc.Source!.Publisher!.Span!.Value.Slice(doc.Text));
    }

    [Fact]
    public void Record_publisher_wins_and_origin_comes_from_the_text()
    {
        var doc = Analyze(Body + "\n(رويترز)", new ArticleMetadata { Publisher = "okaz" });
        Assert.Equal("Okaz", doc.Source!.Publisher!.Name);
        Assert.Equal("Reuters", doc.Source.Origin!.Name);
    }

    [Fact]
    public void An_agency_as_the_records_author_is_the_origin()
    {
        var doc = Analyze(Body, new ArticleMetadata { Publisher = "aleqtisadiya", Author = "رويترز" });
        Assert.Equal("Al Eqtisadiah", doc.Source!.Publisher!.Name);
        Assert.Equal("Reuters", doc.Source.Origin!.Name);
        Assert.Null(doc.Source.Origin.Span);
    }

    [Fact]
    public void A_publisher_crediting_itself_has_no_separate_origin()
    {
        var doc = Analyze(Body + "\nالمصدر: سبق", new ArticleMetadata { Publisher = "sabq" });
        Assert.Equal("Sabq", doc.Source!.Publisher!.Name);
        Assert.Null(doc.Source.Origin);
    }

    [Fact]
    public void Subheadings_are_short_unpunctuated_lines_before_a_paragraph()
    {
        var text = Body + "\nمساعدات إنسانية عاجلة\n" + Body + "\nتفاصيل الاتفاق: ثلاث مراحل\n" + Body;
        var doc = Analyze(text);
        Assert.Equal(["مساعدات إنسانية عاجلة", "تفاصيل الاتفاق: ثلاث مراحل"], doc.Layer<Section>().Select(s => s.Span.Slice(text)));
        Assert.Equal(6, doc.Layer<Paragraph>().Count);
    }

    [Fact]
    public void List_items_short_final_lines_and_punctuated_lines_are_not_subheadings()
    {
        var text = Body + "\n1. البند الأول\nقال الوزير إن الوفد وصل.\n" + Body + "\n- بند آخر\n" + Body + "\nانتهى";
        Assert.Empty(Analyze(text).Layer<Section>());
    }

    [Fact]
    public void Text_without_credit_has_no_source()
    {
        var doc = Analyze(Body);
        Assert.Null(doc.Source);
        Assert.Empty(doc.Layer<CreditLine>());
    }
}
