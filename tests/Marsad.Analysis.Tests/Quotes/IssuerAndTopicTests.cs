using Marsad.Analysis.Quotes;
using Marsad.Text;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>Who speaks for a document named in construct, and a topic fronted by a preposition that is no subject.</summary>
public class IssuerAndTopicTests
{
    [Fact]
    public void A_statement_in_construct_with_a_body_speaks_for_that_body_not_the_outlet_before()
    {
        var doc = QuoteStepTests.Analyze("وقالت وكالة رويترز إن الأمطار غزيرة. ونقلت الوكالة عن بيان البيت الأبيض أن الرئيس أعلن الولاية منطقة منكوبة. وأكد البيان أن الولاية ستحصل على دعم مالي.",
            ("رويترز", EntityType.ORG), ("البيت الأبيض", EntityType.ORG));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Equal(3, quotes.Length);
        Assert.Equal("البيت الأبيض", quotes[1].Speaker);
        Assert.Equal("البيت الأبيض", quotes[2].Speaker);
    }

    [Fact]
    public void A_name_after_a_fronted_preposition_is_the_topic_not_the_speaker()
    {
        var doc = QuoteStepTests.Analyze("وأوضح سامر الخطيب أن المشروع استغرق ثلاث سنوات. وعن اختيار الأردن لإطلاق هذه المناسبة، قال: «الأردن بلد الفن والإبداع منذ زمن بعيد».",
            ("سامر الخطيب", EntityType.PER), ("الأردن", EntityType.GPE));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("سامر الخطيب", quotes[1].Speaker);
    }

    [Fact]
    public void Statistics_a_person_cites_in_his_sentence_are_his_words()
    {
        var doc = QuoteStepTests.Analyze("وكشف المتحدث الرسمي للصندوق سالم العتيبي، في تصريح له اليوم عن نتائج الربع الثاني، حيث أظهرت الإحصائيات أن الصندوق موّل مئة مشروع.",
            ("سالم العتيبي", EntityType.PER));
        Assert.Equal("سالم العتيبي", Assert.Single(doc.Layer<Quote>()).SpeakerId);
    }

    [Fact]
    public void Unnamed_reports_are_not_cited_by_the_person_named_before_them()
    {
        var doc = QuoteStepTests.Analyze("وقال المدرب هانز فولر إن اللاعب سامي لم يصل، والذي أشارت تقارير أنه أبلغ زملاءه بانتقاله إلى ناد آخر.",
            ("هانز فولر", EntityType.PER), ("سامي", EntityType.PER));
        Assert.Null(QuoteStepTests.Quotes(doc).Single(q => q.Text.StartsWith("أبلغ", StringComparison.Ordinal) || q.Text.StartsWith("أنه", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_person_named_inside_a_report_is_not_who_speaks_after_a_bare_cue()
    {
        var doc = QuoteStepTests.Analyze("وصل المعتقل نايف الحربي إلى الرياض. وأكد الحربي أنه دخل بكل يسر، داعياً الله أن يحفظ الملك سلمان، وقال: نحمد الله على نعمة الأمن في بلادنا.",
            ("نايف الحربي", EntityType.PER), ("الملك سلمان", EntityType.PER));
        var last = QuoteStepTests.Quotes(doc).Single(q => q.Text.StartsWith("نحمد", StringComparison.Ordinal));
        Assert.Equal("نايف الحربي", last.Speaker);
    }

    [Fact]
    public void A_statement_issued_from_an_office_of_a_body_speaks_for_the_body_and_goes_on_speaking()
    {
        var doc = QuoteStepTests.Analyze("وبينت الإفادة الصادرة من مكتب مدير وزارة المالية في جدة أن الموقع يعود لأملاك الدولة. وأضافت الإفادة أن الموقع مخصص للجهات الحكومية.",
            ("وزارة المالية", EntityType.ORG), ("جدة", EntityType.GPE));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("وزارة المالية", q.Speaker));
    }

    [Fact]
    public void An_unnamed_spokesman_after_a_body_spoke_speaks_for_the_body()
    {
        var doc = QuoteStepTests.Analyze("في بيان وزارة الداخلية الأخير، أعلنت الوزارة أن الجهات الأمنية أطاحت بتنظيم إرهابي. وذكر المتحدث الأمني أن عدد المقبوض عليهم 431 شخصا.",
            ("وزارة الداخلية|الوزارة", EntityType.ORG));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("وزارة الداخلية", q.Speaker));
    }
}
