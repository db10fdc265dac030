using Marsad.Analysis.Quotes;
using Marsad.Text;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// Who the words after a cue name: a name that folds like a preposition, a subject after «له», a spokesman and the
/// body he speaks for, a person a body speaks through, a group of named people.
/// </summary>
public class SubjectAfterCueTests
{
    [Fact]
    public void A_name_that_folds_like_the_preposition_ala_is_the_subject()
    {
        var doc = QuoteStepTests.Analyze("صرح علي رضا ناطقي مسؤول تأسيس الغرف التجارية بأنه تم فتح غرفة التجارة في أميركا.",
            ("علي رضا ناطقي", EntityType.PER));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Single(quotes);
        Assert.Equal("علي رضا ناطقي", quotes[0].Speaker);
    }

    [Fact]
    public void A_subject_after_a_preposition_with_a_pronoun_speaks_not_the_one_before()
    {
        var doc = QuoteStepTests.Analyze("قال سامي الفرج إن الوضع هادئ. وقال له الوزير خالد العتيبي إن الاجتماع انتهى.",
            ("سامي الفرج", EntityType.PER), ("خالد العتيبي", EntityType.PER));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("خالد العتيبي", quotes[1].Speaker);
    }

    [Fact]
    public void A_verb_that_describes_a_speech_noun_is_said_by_the_subject_of_the_sentence()
    {
        var doc = QuoteStepTests.Analyze("وكذلك ألقى مالك شركة روتانا الأمير الوليد بن طلال كلمة لهذا الحفل قال فيها: «لقد تابعت بنفسي مشروع ترميم التراث السينمائي المصري».",
            ("روتانا", EntityType.ORG), ("الوليد بن طلال", EntityType.PER));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Single(quotes);
        Assert.Equal("الوليد بن طلال", quotes[0].Speaker);
    }

    [Fact]
    public void A_body_speaking_through_the_mouth_of_a_named_person_is_that_person()
    {
        var doc = QuoteStepTests.Analyze("وأكدت الإمارة على لسان متحدثها الرسمي علي بن موسى زعلة أن التعليمات واضحة. وأضاف المتحدث الرسمي أن المخالفين سيعاقبون.",
            ("الإمارة", EntityType.ORG), ("علي بن موسى زعلة", EntityType.PER));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("علي بن موسى زعلة", q.Speaker));
    }

    [Fact]
    public void An_unnamed_spokesman_of_a_body_speaks_for_the_body()
    {
        var doc = QuoteStepTests.Analyze("وقال الناطق الإعلامي بشرطة المنطقة الشرقية، إن دورية باشرت البلاغ صباح أمس. وأضاف: «تم القبض على الجناة في الموقع».",
            ("شرطة المنطقة الشرقية", EntityType.ORG));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("شرطة المنطقة الشرقية", q.Speaker));
    }

    [Fact]
    public void A_spokesman_named_before_stays_the_speaker_when_his_office_is_written_alone()
    {
        var doc = QuoteStepTests.Analyze("أوضح زياد الرقيطي أن البلاغ وصل صباحاً. وأكد الناطق الإعلامي بشرطة المنطقة أن التحقيق مستمر.",
            ("زياد الرقيطي", EntityType.PER), ("شرطة المنطقة", EntityType.ORG));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("زياد الرقيطي", q.Speaker));
    }

    [Fact]
    public void Each_of_several_named_people_is_said_by_the_first_named()
    {
        var doc = QuoteStepTests.Analyze("وأوضح كل من أحمد الجابري وفهد الشيخي، أن أسعار الطماطم ارتفعت خلال اليومين الماضيين.",
            ("أحمد الجابري", EntityType.PER), ("فهد الشيخي", EntityType.PER));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Single(quotes);
        Assert.Equal("أحمد الجابري", quotes[0].Speaker);
    }

    [Fact]
    public void A_participle_going_on_with_a_report_keeps_its_speaker_whatever_its_ending()
    {
        var doc = QuoteStepTests.Analyze("وأوضحت رئيسة البرنامج الدكتورة منى الوهيبي أن الهدف تنمية قدرات الطالبات، لافتا أن البرنامج يهدف إلى تهيئة بيئة تعليمية.",
            ("منى الوهيبي", EntityType.PER));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("منى الوهيبي", q.Speaker));
    }

    [Fact]
    public void A_verb_with_an_object_in_the_sentence_of_a_report_does_not_change_who_speaks()
    {
        var doc = QuoteStepTests.Analyze("وقال عبدالمجيد العمري إن المملكة تدعم الحوار، وبينت عاقبة السوء التي كانت لهم بالمرصاد. وقال إن إدانة جميع الأعمال واجبة.",
            ("عبدالمجيد العمري", EntityType.PER));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("عبدالمجيد العمري", q.Speaker));
    }

    [Fact]
    public void An_indefinite_noun_after_a_preposition_with_a_pronoun_is_the_object_not_the_speaker()
    {
        var doc = QuoteStepTests.Analyze("عبر الوزراء عن قلقهم من التصريحات الصادرة عن كبار المسؤولين هناك يؤكدون فيها عزم إيران على الاستمرار في تدخلاتها، مبددين آمال المتفائلين بأن الاتفاق سيسهم في تحقيق بعض الاعتدال.",
            ("إيران", EntityType.GPE));
        Assert.DoesNotContain(QuoteStepTests.Quotes(doc), q => q.Speaker == "إيران");
    }

    [Fact]
    public void An_attribution_after_a_quotation_that_ends_its_sentence_speaks_for_the_next_sentence()
    {
        var doc = QuoteStepTests.Analyze("وقال بيجن زنغنه \"سنعود إلى مستوى الإنتاج السابق في غضون أشهر.\"\n\"لن نطلب إذنا من أحد لاستعادة حقوقنا.\"وبحسب مسح أجرته رويترز أنتجت إيران 2.85 مليون برميل يوميا.",
            ("بيجن زنغنه", EntityType.PER), ("رويترز", EntityType.ORG));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Contains(quotes, q => q.Text.StartsWith("لن نطلب", StringComparison.Ordinal) && q.Speaker == "بيجن زنغنه");
    }
}
