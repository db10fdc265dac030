using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>Where reported speech starts and ends: which أنّ a speech verb governs, and which words end its clause.</summary>
public class QuoteBoundaryTests
{
    [Theory]
    [InlineData("وأصدرت الوزارة مذكرة توضح فيها للمواطنين قواعد التصوير دون أن يعرضوا حياتهم للخطر.")]
    [InlineData("وقالت الوزارة في بيانها الصادر أمس كلاماً كثيراً عن الاتفاق، ما يعني أن أمر التفتيش ما زال بيد الإيرانيين.")]
    [InlineData("وأكد الوزير في كلمة ألقاها أمام المشاركين في الحفل الختامي وأسأل الله أن يكتبه من الشهداء.")]
    [InlineData("وأعلن المدير افتتاح الطريق نهاية هذا العام إن شاء الله.")]
    [InlineData("وذكرت الهيئة حجم الدفعة المقبلة، ويفترض أن تدفع مطلع الشهر المقبل.")]
    public void A_complementizer_governed_by_the_word_before_it_reports_nothing(string text)
    {
        var doc = QuoteStepTests.Analyze(text);
        Assert.Empty(QuoteStepTests.Quotes(doc));
    }

    [Fact]
    public void A_report_after_its_subject_still_reports()
    {
        var doc = QuoteStepTests.Analyze("وأكد خادم الحرمين الشريفين حفظه الله أن المملكة ماضية في طريقها.");
        Assert.Equal("المملكة ماضية في طريقها", Assert.Single(QuoteStepTests.Quotes(doc)).Text);
    }

    [Fact]
    public void A_reporting_participle_before_its_preposition_ends_the_report()
    {
        var doc = QuoteStepTests.Analyze("وقال صالحي في تصريح صحافي اليوم إن ايران ستشهد انشطة واسعة لبناء المحطات النووية الاربع مشيرا الى امتناع الروس عن التعاون.",
            ("صالحي", EntityType.PER));
        var quote = Assert.Single(QuoteStepTests.Quotes(doc));
        Assert.Equal("ايران ستشهد انشطة واسعة لبناء المحطات النووية الاربع", quote.Text);
    }

    [Theory]
    [InlineData("وقال مندوب خليجي إن الأسعار لن تبقى منخفضة للأبد، واتفق مندوب رابع على أنه لا حاجة لتحرك من جانب أوبك حاليا.",
        "الأسعار لن تبقى منخفضة للأبد", "أنه لا حاجة لتحرك من جانب أوبك حاليا")]
    [InlineData("وقال عدد من المستهلكين إنهم تفاجئوا بارتفاع أسعار البيع، مبينين أن عدداً من التجار يستغلون قرب شهر رمضان.",
        "إنهم تفاجئوا بارتفاع أسعار البيع", "عدداً من التجار يستغلون قرب شهر رمضان")]
    public void A_second_report_starts_at_its_own_cue(string text, string first, string second)
    {
        // «اتفق على أنّ» states a stance; «مبينين» reports without its accusative ending when its أنّ follows
        Assert.Equal(new[] { first, second }, QuoteStepTests.Quotes(QuoteStepTests.Analyze(text)).Select(q => q.Text));
    }

    [Fact]
    public void Agreeing_on_a_thing_is_no_report()
    {
        var doc = QuoteStepTests.Analyze("واتفق الطرفان على تشكيل لجنة مشتركة لمتابعة تنفيذ الاتفاق خلال الأشهر المقبلة.");
        Assert.Empty(QuoteStepTests.Quotes(doc));
    }

    [Theory]
    [InlineData("وقال السفير في لقاء مع الصحفيين إن ايران تسعى للسيطرة على المنطقة. وقال لن نسمح لإيران بالعبث بعروبتنا.", "لن نسمح لإيران بالعبث بعروبتنا")]
    [InlineData("وشكا المستهلكون من ارتفاع الأسعار، مستطردين بالقول كنا نقوم في السابق بشراء الكيلو بأربعة ريالات.", "كنا نقوم في السابق بشراء الكيلو بأربعة ريالات")]
    [InlineData("وذكر الأهالي أن المعاناة كانت كبيرة، قائلين ها هي اليوم القوات السعودية تحفظ للطفولة براءتها.", "ها هي اليوم القوات السعودية تحفظ للطفولة براءتها")]
    public void Speech_without_marks_or_colon_is_direct(string text, string speech)
    {
        var quote = Assert.Single(QuoteStepTests.Quotes(QuoteStepTests.Analyze(text)), q => q.Kind == QuoteKind.Direct);
        Assert.Equal(speech, quote.Text);
    }

    [Fact]
    public void A_speech_verb_before_its_subject_is_no_unmarked_speech()
    {
        var doc = QuoteStepTests.Analyze("وقال الوزير أمس في مؤتمر صحفي عقده بالرياض كلاماً عن المشروع الجديد.");
        Assert.DoesNotContain(QuoteStepTests.Quotes(doc), q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void A_participle_without_its_accusative_ending_and_no_complementizer_is_a_noun()
    {
        var doc = QuoteStepTests.Analyze("وقال المدير إن الحملة لافتة للنظر في حجمها وتنظيمها.");
        Assert.Equal("الحملة لافتة للنظر في حجمها وتنظيمها", Assert.Single(QuoteStepTests.Quotes(doc)).Text);
    }

    [Fact]
    public void What_a_newspaper_learned_is_reported()
    {
        var doc = QuoteStepTests.Analyze("وعلمت \"الوطن\" من مصدر قضائي أن المحكمة العامة في جدة تلقت خطابا من وزارة المالية. ورفع العلم أن شاء المنظمون.");
        Assert.Equal("المحكمة العامة في جدة تلقت خطابا من وزارة المالية", Assert.Single(QuoteStepTests.Quotes(doc)).Text);
    }
}
