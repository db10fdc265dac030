using Marsad.Analysis.Quotes;
using Marsad.Text;
using static Marsad.Analysis.Tests.Quotes.QuoteStepTests;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>Statements and letters given whole after «ما يلي:»، «نصه:», and quotations a speech verb governs across its adjuncts.</summary>
public class WholeTextQuoteTests
{
    [Fact]
    public void Numbered_items_of_an_announced_statement_are_its_issuers_quotes()
    {
        var doc = Analyze("وأوضحت مديرية الصحة أن التحقيق في الحادثة انتهى. وتود مديرية الصحة بيان ما يلي:\n"
            + "أولاً: أن المريض وصل إلى قسم الطوارئ في حالة حرجة وتلقى العلاج فوراً.\n"
            + "- مدير المستشفى\n"
            + "ثانياً: تم تشكيل لجنة للتحقيق في أسباب الوفاة ومحاسبة المقصرين.\n"
            + "وقال شاهد عيان إن المستشفى كان مزدحماً.",
            ("مديرية الصحة", EntityType.ORG));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Contains(("أن المريض وصل إلى قسم الطوارئ في حالة حرجة وتلقى العلاج فوراً", QuoteKind.Direct, "مديرية الصحة", "named"), quotes);
        Assert.Contains(("تم تشكيل لجنة للتحقيق في أسباب الوفاة ومحاسبة المقصرين", QuoteKind.Direct, "مديرية الصحة", "named"), quotes);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("مدير المستشفى", StringComparison.Ordinal));
        Assert.Equal("anonymous", quotes[^1].SpeakerKind);
    }

    [Fact]
    public void Decisions_announced_with_ma_yali_are_no_ones_words()
    {
        var doc = Analyze("وعقد مجلس الوزراء جلسته أمس، وقرر مجلس الوزراء ما يلي:\n1 - تعيين خالد بن سعد عضواً في مجلس إدارة الهيئة لمدة ثلاث سنوات.\n",
            ("مجلس الوزراء", EntityType.ORG));
        Assert.Empty(doc.Layer<Quote>());
    }

    [Fact]
    public void A_letter_given_whole_is_a_quote_after_its_head_lines_and_not_the_previous_speakers()
    {
        var doc = Analyze("وقال المتحدث باسم الديوان إن الزيارة ناجحة. ووجه الرئيس رسالة إلى نظيره الآتي نصها:\n"
            + "الأخ العزيز رئيس الجمهورية\n"
            + "السلام عليكم ورحمة الله وبركاته:\n"
            + "أكتب إليكم لأعبر عن شكري العميق على حسن الاستقبال وكرم الضيافة.\n",
            ("الديوان", EntityType.ORG));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.Equal(("أكتب إليكم لأعبر عن شكري العميق على حسن الاستقبال وكرم الضيافة", QuoteKind.Direct, null, null), quotes[1]);
    }

    [Fact]
    public void A_report_inside_a_statement_item_is_not_the_issuers()
    {
        var doc = Analyze("وأعلنت مديرية الصحة نتائج التحقيق. وتود مديرية الصحة بيان ما يلي:\n"
            + "أولاً: أن الطفل وصل متأخراً إلى المستشفى، وقد أفادت والدته بأن الطفل كان مريضاً منذ أيام.\n",
            ("مديرية الصحة", EntityType.ORG));
        var quotes = QuoteStepTests.Quotes(doc);
        Assert.Equal("مديرية الصحة", quotes.Single(q => q.Text.StartsWith("أن الطفل", StringComparison.Ordinal)).Speaker);
        Assert.Null(quotes.Single(q => q.Text.StartsWith("الطفل كان", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void A_quotation_ending_the_sentence_is_governed_by_the_verb_across_its_adjuncts()
    {
        var doc = Analyze("وقال كريم في تصريحات نقلتها الصحف المحلية \"لا نعرف حتى الآن سبب الحادث\".\nثم غادر.", ("كريم", EntityType.PER));
        Assert.Equal([("لا نعرف حتى الآن سبب الحادث", QuoteKind.Direct, "كريم", "named")], QuoteStepTests.Quotes(doc));
        // a name in marks after the noun it names is no speech
        var title = Analyze("وقال كريم في حفل الافتتاح ضمن برنامج \"ليالي المدينة الساحلية الجميلة\".\nثم غادر.", ("كريم", EntityType.PER));
        Assert.Empty(title.Layer<Quote>());
    }

    [Fact]
    public void Bayyana_reports_with_six_words_before_its_complementizer()
    {
        var doc = Analyze("وبين المتحدث الرسمي لصحة الشرقية، فهد العلي، أن الحريق بسيط ولم يصب أحد.", ("فهد العلي", EntityType.PER));
        Assert.Equal([("الحريق بسيط ولم يصب أحد", QuoteKind.Indirect, "فهد العلي", "named")], QuoteStepTests.Quotes(doc));
    }
}
