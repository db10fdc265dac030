using Marsad.Analysis.Quotes;
using static Marsad.Analysis.Tests.Quotes.QuoteStepTests;

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
        var doc = Analyze(text);
        Assert.Empty(Quotes(doc));
    }

    [Fact]
    public void A_report_after_its_subject_still_reports()
    {
        var doc = Analyze("وأكد خادم الحرمين الشريفين حفظه الله أن المملكة ماضية في طريقها.");
        Assert.Equal("المملكة ماضية في طريقها", Assert.Single(Quotes(doc)).Text);
    }
}
